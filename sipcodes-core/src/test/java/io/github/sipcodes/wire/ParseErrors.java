package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** The one check of a parse error the wire tests make: the exception, what it names, the offset and the message. */
final class ParseErrors {

  private ParseErrors() {}

  /**
   * Asserts that {@code parse} throws a {@link SipParseException} for {@code what} ("Reason value"), at
   * {@code offset}, whose message ends with {@code expected}.
   */
  static SipParseException assertRejected(String what, int offset, String expected, Executable parse) {
    SipParseException e = assertThrows(SipParseException.class, parse);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.startsWith("Invalid " + what + " \""), message);
    assertTrue(message.endsWith(" at offset " + offset + ": " + expected), message);
    assertEquals(offset, e.offset());
    return e;
  }
}
