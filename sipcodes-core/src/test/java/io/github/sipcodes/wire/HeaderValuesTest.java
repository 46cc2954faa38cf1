package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {

  @Test
  void equality_isOnValuesAndUnparsedParts() {
    HeaderValues<Reason> a = Reason.parseAll("SIP;cause=200, x;=");
    HeaderValues<Reason> b = Reason.parseAll("SIP;cause=200, x;=");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Reason.parseAll("SIP;cause=200"));
    assertNotEquals(a, Reason.parseAll("SIP;cause=201, x;="));
    assertNotEquals(a, (Object) "SIP;cause=200");
    assertEquals(Reason.parseAll(""), Warning.parseAll(""));
  }

  @Test
  void accessors() {
    HeaderValues<Warning> warnings = Warning.parseAll("399 h \"a\", 12 bad");
    assertEquals(List.of(new Warning(399, "h", "a")), warnings.values());
    assertEquals(Optional.of(new Warning(399, "h", "a")), warnings.first());
    assertEquals(1, warnings.unparsed().size());
    assertEquals("HeaderValues[values=[399 h \"a\"], unparsed=[\"12 bad\" at offset 11: expected a three-digit"
        + " warn-code (RFC 3261 §20.43)]]", warnings.toString());
    assertThrows(UnsupportedOperationException.class, () -> warnings.values().clear());
    assertThrows(UnsupportedOperationException.class, () -> warnings.iterator().remove());
    assertEquals(Optional.empty(), Warning.parseAll("").first());
    assertEquals(List.of(), Warning.parseAll("").orElseThrow());
  }

  @Test
  void unparsedValue_validatesItsOffsets() {
    assertEquals("\"a\\\"b\" at offset 3: expected x", new UnparsedValue("a\"b", 1, 3, "expected x").toString());
    assertThrows(IllegalArgumentException.class, () -> new UnparsedValue("", -1, 0, "x"));
    assertThrows(IllegalArgumentException.class, () -> new UnparsedValue("", 2, 1, "x"));
    assertTrue(new UnparsedValue("", 0, 0, "x").text().isEmpty());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void unparsedValue_nullArguments_areRejectedAtTheDoor() {
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> new UnparsedValue(null, 0, 0, "x")).getMessage());
    assertEquals("problem", assertThrows(NullPointerException.class,
        () -> new UnparsedValue("", 0, 0, null)).getMessage());
  }
}
