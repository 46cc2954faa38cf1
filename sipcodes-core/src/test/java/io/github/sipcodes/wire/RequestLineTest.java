package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestLineTest {

  @Test
  void parse_readsMethodAndRequestUri() {
    RequestLine line = RequestLine.parse("INVITE sip:bob@biloxi.com SIP/2.0\r\n", ParseMode.STRICT);
    assertEquals("INVITE", line.method());
    assertEquals("sip:bob@biloxi.com", line.requestUri());
    assertEquals("INVITE sip:bob@biloxi.com SIP/2.0", line.toString());
  }

  /**
   * RFC 4475 §3.1.1.2 (intmeth): a method made of every non-alphanumeric token character and an unusual but valid
   * Request-URI; RFC 4475 §3.1.1.3 (esc01): escapes in the Request-URI, not decoded.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "!interesting-Method0123456789_*+`.%indeed'~ sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,"
        + "weird!*pas$wo~d_too.(doesn't-it)@example.com SIP/2.0",
    "INVITE sip:sips%3Auser%40example.com@example.net SIP/2.0"
  })
  void rfc4475_validRequestLines_inBothModes(String text) {
    for (ParseMode mode : ParseMode.values()) {
      RequestLine line = RequestLine.parse(text, mode);
      assertEquals(text, line.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"OPTIONS  sip:x  SIP/2.0", " OPTIONS sip:x SIP/2.0 ", "OPTIONS\tsip:x\tsip/2.0\n",
      "OPTIONS sip:x SIP/2.0\r"})
  void parse_tolerates_runsOfWhiteSpace_andLineEnds(String text) {
    assertEquals(new RequestLine("OPTIONS", "sip:x"), RequestLine.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "OPTIONS  sip:x SIP/2.0|8|expected a Request-URI (RFC 3261 §7.1)",
    "' OPTIONS sip:x SIP/2.0'|0|expected a method such as INVITE (RFC 3261 §7.1)",
    "'OPTIONS sip:x SIP/2.0 '|21|expected the end of the line after SIP/2.0"
  })
  void strict_refusesWhatTolerantAccepts(String text, int offset, String expected) {
    assertRejected(text, ParseMode.STRICT, offset, expected);
    assertEquals(new RequestLine("OPTIONS", "sip:x"), RequestLine.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "SIP/2.0 200 OK|0|expected a request line (METHOD Request-URI SIP/2.0), found a status line",
    // RFC 4475 §3.1.2.16 (badvers): an unknown protocol version.
    "OPTIONS sip:t.watson@example.org SIP/7.0|33|expected SIP version 2.0 (RFC 3261 §7.1)",
    "OPTIONS sip:x HTTP/1.1|14|expected \"SIP/2.0\" (RFC 3261 §7.1)",
    "|0|expected a method such as INVITE (RFC 3261 §7.1)",
    "<INVITE> sip:x SIP/2.0|0|expected a method such as INVITE (RFC 3261 §7.1)",
    "INVITE|6|expected a space after the method",
    "INVITE sip:x|12|expected a space after the Request-URI",
    "INVITE sip:x SIP/2.0 extra|20|expected the end of the line after SIP/2.0",
    "INVITE sip:x\u0000y SIP/2.0|12|expected a space after the Request-URI"
  })
  void parse_rejectsMalformedLines_inBothModes(String text, int offset, String expected) {
    for (ParseMode mode : ParseMode.values()) {
      assertRejected(text == null ? "" : text, mode, offset, expected);
    }
  }

  @Test
  void parse_rejectsInputLongerThanTheMaximum() {
    String text = "INVITE sip:" + "x".repeat(RequestLine.MAX_LENGTH) + " SIP/2.0";
    assertRejected(text, ParseMode.TOLERANT, RequestLine.MAX_LENGTH, "expected at most 8192 characters");
  }

  private static void assertRejected(String text, ParseMode mode, int offset, String expected) {
    ParseErrors.assertRejected("SIP request line", offset, expected, () -> RequestLine.parse(text, mode));
  }

  @Test
  void constructor_validates() {
    assertEquals("Invalid method: \"IN VITE\" (expected a token)",
        assertThrows(IllegalArgumentException.class, () -> new RequestLine("IN VITE", "sip:x")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RequestLine("INVITE", ""));
    assertThrows(IllegalArgumentException.class, () -> new RequestLine("INVITE", "sip:a b"));
    assertThrows(IllegalArgumentException.class, () -> new RequestLine("INVITE", "sip:a\nb"));
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("line", assertThrows(NullPointerException.class, () -> RequestLine.parse(null)).getMessage());
    assertEquals("mode", assertThrows(NullPointerException.class, () -> RequestLine.parse("x", null)).getMessage());
    assertEquals("method", assertThrows(NullPointerException.class, () -> new RequestLine(null, "x")).getMessage());
    assertEquals("requestUri",
        assertThrows(NullPointerException.class, () -> new RequestLine("X", null)).getMessage());
  }
}
