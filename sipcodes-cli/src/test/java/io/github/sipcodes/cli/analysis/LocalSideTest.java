package io.github.sipcodes.cli.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.cli.message.Endpoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalSideTest {

  static Endpoint at(String text) {
    return Endpoint.parse(text).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "192.0.2.10           | 192.0.2.10:5060      | 198.51.100.1:5060 | SENT",
        "192.0.2.10           | 198.51.100.1:5060    | 192.0.2.10:5080   | RECEIVED",
        "192.0.2.10:5060      | 192.0.2.10:5080      | 198.51.100.1:5060 | UNKNOWN",
        "192.0.2.10:5060      | 192.0.2.10:5060      | 192.0.2.10:5080   | SENT",
        "192.0.2.10           | 192.0.2.10:5060      | 192.0.2.10:5080   | UNKNOWN",
        "2001:DB8::1          | [2001:db8::1]:5060   | 192.0.2.1:5060    | SENT",
        "[2001:db8:0::1]:5062 | 192.0.2.1:5060       | [2001:db8::1]:5062 | RECEIVED",
        "192.0.2.99           | 192.0.2.10:5060      | 198.51.100.1:5060 | UNKNOWN",
      })
  void direction(String local, String source, String destination, Direction expected) {
    assertEquals(expected, LocalSide.of(List.of(local)).direction(at(source), at(destination)));
  }

  @Test
  void withoutAddresses_everyDirectionIsUnknown() {
    assertFalse(LocalSide.NONE.isKnown());
    assertEquals(Direction.UNKNOWN, LocalSide.NONE.direction(at("192.0.2.10:5060"), at("192.0.2.11:5060")));
    assertEquals(LocalSide.NONE, LocalSide.of(List.of()));
    LocalSide side = LocalSide.of(List.of("192.0.2.10"));
    assertTrue(side.isKnown());
    assertEquals(Direction.UNKNOWN, side.direction(null, null));
    assertEquals(Direction.SENT, side.direction(at("192.0.2.10:1"), null));
    assertEquals(Direction.RECEIVED, side.direction(null, at("192.0.2.10:1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pbx.example.com", "192.0.2.300", "192.0.2.1:70000", "[2001:db8::1]", "", ":5060"})
  void notAnAddress_isRefusedByName(String text) {
    assertEquals(text, assertThrows(IllegalArgumentException.class, () -> LocalSide.of(List.of(text))).getMessage());
  }

  @Test
  void toString_writesTheCanonicalForms() {
    assertEquals("192.0.2.1, 192.0.2.2:5060, 2001:db8::1, [2001:db8::2]:5061",
        LocalSide.of(List.of("192.0.2.1", "192.0.2.2:5060", "2001:DB8:0::1", "[2001:db8::2]:5061")).toString());
  }
}
