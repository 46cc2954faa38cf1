package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.SipResponse;
import io.github.sipcodes.SipStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusLineTest {

  @Test
  void parse_keepsThePhraseAsReceived() {
    StatusLine line = StatusLine.parse("SIP/2.0 403 Insufficient funds");
    assertEquals("SIP/2.0", line.version());
    assertSame(SipStatus.FORBIDDEN, line.response());
    assertEquals("Insufficient funds", line.reasonPhrase());
    assertEquals("SIP/2.0 403 Insufficient funds", line.toString());
  }

  @Test
  void parse_acceptsATrailingCrlf() {
    assertEquals(StatusLine.parse("SIP/2.0 180 Ringing"), StatusLine.parse("SIP/2.0 180 Ringing\r\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIP/2.0 200 ", "SIP/2.0 200", "SIP/2.0 200 \r\n", "SIP/2.0 200\r\n"})
  void parse_acceptsAnEmptyPhrase(String text) {
    StatusLine line = StatusLine.parse(text);
    assertEquals("", line.reasonPhrase());
    assertEquals("SIP/2.0 200 ", line.toString());
  }

  @Test
  void parse_versionIsCaseInsensitive_andKeptUpperCase() {
    assertEquals("SIP/2.0 486 Busy Here", StatusLine.parse("sip/2.0 486 Busy Here").toString());
  }

  @Test
  void parse_keepsSpacesTabsAndNonAsciiInThePhrase() {
    assertEquals(" Busy\there  ", StatusLine.parse("SIP/2.0 486  Busy\there  ").reasonPhrase());
    assertEquals("Occupé #1 \"x\"", StatusLine.parse("SIP/2.0 486 Occupé #1 \"x\"").reasonPhrase());
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.SipResponseTest#allCodes")
  void parse_acceptsEveryCode_andRoundTrips(int code) {
    StatusLine line = StatusLine.of(SipResponse.of(code));
    assertEquals("SIP/2.0 " + code + " " + SipResponse.of(code).reasonPhrase(), line.toString());
    assertEquals(line, StatusLine.parse(line.toString()));
    assertSame(SipResponse.of(code), StatusLine.parse(line + "\r\n").response());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'SIP/2.0 099 Low', 8, 'expected a status code from 100 to 699, found 099'",
    "'SIP/2.0 700 High', 8, 'expected a status code from 100 to 699, found 700'",
    "'SIP/2.0 000 Zero', 8, 'expected a status code from 100 to 699, found 000'",
    "'SIP/2.0 20 OK', 8, expected a three-digit status code (RFC 3261 §7.2)",
    "'SIP/2.0 2000 OK', 8, expected a three-digit status code (RFC 3261 §7.2)",
    "'SIP/2.0 2x0 OK', 8, expected a three-digit status code (RFC 3261 §7.2)",
    "'SIP/2.0 200OK', 11, expected a space after the status code",
    "'SIP/2.0  200 OK', 8, expected a three-digit status code (RFC 3261 §7.2)",
    "'SIP/2.0', 7, expected a space after SIP/2.0",
    "'SIP/2.0\t200 OK', 7, expected a space after SIP/2.0",
    "'SIP/1.0 200 OK', 0, expected SIP version 2.0 (RFC 3261 §7.1)",
    "'SIP/3.0 200 OK', 0, expected SIP version 2.0 (RFC 3261 §7.1)",
    "'HTTP/1.1 200 OK', 0, expected \"SIP/2.0\" (RFC 3261 §7.2)",
    "'', 0, expected \"SIP/2.0\" (RFC 3261 §7.2)",
    "' SIP/2.0 200 OK', 0, expected \"SIP/2.0\" (RFC 3261 §7.2)",
    "'INVITE sip:bob@example.com SIP/2.0', 0, 'expected a status line (SIP/2.0 code phrase), found a request line'",
    "'OPTIONS * sip/2.0', 0, 'expected a status line (SIP/2.0 code phrase), found a request line'"
  })
  void parse_rejectsMalformedLines_withTheOffset(String text, int offset, String expected) {
    SipParseException e = assertThrows(SipParseException.class, () -> StatusLine.parse(text));
    assertEquals(offset, e.offset());
    assertTrue(String.valueOf(e.getMessage()).endsWith(" at offset " + offset + ": " + expected), e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e);
  }

  @Test
  void parse_rejectsLineBreaksOtherThanOneTrailingCrlf() {
    assertEquals(14, assertThrows(SipParseException.class, () -> StatusLine.parse("SIP/2.0 200 OK\r\n\r\n")).offset());
    assertEquals(13, assertThrows(SipParseException.class, () -> StatusLine.parse("SIP/2.0 200 O\nK")).offset());
    assertEquals(14, assertThrows(SipParseException.class, () -> StatusLine.parse("SIP/2.0 200 OK\n")).offset());
    assertEquals(14, assertThrows(SipParseException.class, () -> StatusLine.parse("SIP/2.0 200 OK\r")).offset());
    assertEquals(0, assertThrows(SipParseException.class, () -> StatusLine.parse("\r\n")).offset());
  }

  @Test
  void parse_rejectsControlCharactersInThePhrase() {
    SipParseException e = assertThrows(SipParseException.class, () -> StatusLine.parse("SIP/2.0 200 O\u0000K"));
    assertEquals(13, e.offset());
    assertTrue(String.valueOf(e.getMessage()).contains("\"SIP/2.0 200 O\\x00K\""), e.getMessage());
  }

  @Test
  void parse_rejectsInputLongerThanTheMaximum() {
    String longLine = "SIP/2.0 200 " + "x".repeat(StatusLine.MAX_LENGTH);
    SipParseException e = assertThrows(SipParseException.class, () -> StatusLine.parse(longLine));
    assertEquals(StatusLine.MAX_LENGTH, e.offset());
    assertTrue(String.valueOf(e.getMessage()).contains("...\" at offset 8192: expected at most 8192 characters"), e.getMessage());
    String longest = "SIP/2.0 200 " + "x".repeat(StatusLine.MAX_LENGTH - 12);
    assertEquals(longest, StatusLine.parse(longest).toString());
  }

  @Test
  void constructor_validates() {
    assertThrows(IllegalArgumentException.class, () -> new StatusLine("SIP/3.0", SipStatus.OK, "OK"));
    assertThrows(IllegalArgumentException.class, () -> new StatusLine("sip/2.0", SipStatus.OK, "OK"));
    assertEquals("Invalid reason phrase: control character at index 1 (expected text without control characters)",
        assertThrows(IllegalArgumentException.class, () -> new StatusLine("SIP/2.0", SipStatus.OK, "O\rK"))
            .getMessage());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("line", assertThrows(NullPointerException.class, () -> StatusLine.parse(null)).getMessage());
    assertEquals("response", assertThrows(NullPointerException.class, () -> StatusLine.of(null)).getMessage());
    assertEquals("version",
        assertThrows(NullPointerException.class, () -> new StatusLine(null, SipStatus.OK, "")).getMessage());
    assertEquals("response",
        assertThrows(NullPointerException.class, () -> new StatusLine("SIP/2.0", null, "")).getMessage());
    assertEquals("reasonPhrase",
        assertThrows(NullPointerException.class, () -> new StatusLine("SIP/2.0", SipStatus.OK, null)).getMessage());
  }
}
