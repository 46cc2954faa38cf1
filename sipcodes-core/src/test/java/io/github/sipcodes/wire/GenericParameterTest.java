package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericParameterTest {

  @ParameterizedTest
  @ValueSource(strings = {"LN", "\"quoted, with \\\" escape\"", "[2001:db8::1]:5060", "host.example.com"})
  void acceptsTokensHostsAndQuotedStrings(String value) {
    assertEquals("p=" + value, new GenericParameter("p", Optional.of(value)).toString());
  }

  @Test
  void withoutValue_isJustTheName() {
    assertEquals("lr", new GenericParameter("lr", Optional.empty()).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a;b", "\"open", "\"x\"y", "a=b"})
  void rejectsValuesThatAreNotATokenHostOrQuotedString(String value) {
    assertThrows(IllegalArgumentException.class, () -> new GenericParameter("p", Optional.of(value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "a=", "a:b", "é"})
  void rejectsNamesThatAreNotTokens(String name) {
    assertThrows(IllegalArgumentException.class, () -> new GenericParameter(name, Optional.empty()));
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> new GenericParameter(null, Optional.empty())).getMessage());
    assertEquals("value", assertThrows(NullPointerException.class,
        () -> new GenericParameter("p", null)).getMessage());
  }
}
