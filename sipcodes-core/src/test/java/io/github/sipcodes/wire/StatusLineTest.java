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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusLineTest {

  @Test
  void parse_keepsThePhraseAsReceived() {
    StatusLine line = StatusLine.parse("SIP/2.0 403 Insufficient funds");
    assertSame(SipStatus.FORBIDDEN, line.response());
    assertEquals("Insufficient funds", line.reasonPhrase());
    assertEquals("SIP/2.0 403 Insufficient funds", line.toString());
  }

  @ParameterizedTest
  @EnumSource(ParseMode.class)
  void parse_acceptsATrailingCrlf_inBothModes(ParseMode mode) {
    assertEquals(StatusLine.parse("SIP/2.0 180 Ringing"), StatusLine.parse("SIP/2.0 180 Ringing\r\n", mode));
  }

  /** What devices and captures send: LF-only line ends (sngrep issue #294), a lone CR, spaces around the parts. */
  @ParameterizedTest
  @ValueSource(strings = {"SIP/2.0 486 Busy Here\n", "SIP/2.0 486 Busy Here\r", " SIP/2.0 486 Busy Here",
      "SIP/2.0  486   Busy Here", "SIP/2.0\t486\tBusy Here", "\t SIP/2.0 486 Busy Here  \r\n", "sip/2.0 486 Busy Here"})
  void parse_tolerates_lineEndsAndRunsOfWhiteSpace(String text) {
    StatusLine line = StatusLine.parse(text);
    assertEquals("Busy Here", line.reasonPhrase());
    assertEquals("SIP/2.0 486 Busy Here", line.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'SIP/2.0 486 Busy Here\n', 21, 'expected no line break (one status line, with or without its line end)'",
    "'SIP/2.0 486 Busy Here\r', 21, 'expected no line break (one status line, with or without its line end)'",
    "' SIP/2.0 486 Busy Here', 0, expected \"SIP/2.0\" (RFC 3261 §7.2)",
    "'SIP/2.0  486 Busy Here', 8, expected a three-digit status code (RFC 3261 §7.2)",
    "'SIP/2.0\t486 Busy Here', 7, expected a space after SIP/2.0",
    "'SIP/2.0 486\tBusy Here', 11, expected a space after the status code"
  })
  void parseStrict_refusesWhatTheTolerantModeAccepts_withTheOldMessages(String text, int offset, String expected) {
    SipParseException e = assertThrows(SipParseException.class, () -> StatusLine.parse(text, ParseMode.STRICT));
    assertEquals(offset, e.offset());
    assertTrue(String.valueOf(e.getMessage()).endsWith(" at offset " + offset + ": " + expected), e.getMessage());
  }

  @Test
  void parseStrict_keepsTheWhiteSpaceOfThePhrase() {
    assertEquals(" Busy\there  ", StatusLine.parse("SIP/2.0 486  Busy\there  ", ParseMode.STRICT).reasonPhrase());
    assertEquals("Busy\there", StatusLine.parse("SIP/2.0 486  Busy\there  ").reasonPhrase());
  }

  /** RFC 4475 §3.1.1.13 (noreason) and the trackers' empty phrases (heplify-server PR #576, sngrep issue #116). */
  @ParameterizedTest
  @ValueSource(strings = {"SIP/2.0 100 ", "SIP/2.0 200", "SIP/2.0 200 \r\n", "SIP/2.0 480\r\n"})
  void parse_acceptsAnEmptyPhrase(String text) {
    for (ParseMode mode : ParseMode.values()) {
      StatusLine line = StatusLine.parse(text, mode);
      assertEquals("", line.reasonPhrase());
      assertEquals("SIP/2.0 " + line.response().code() + " ", line.toString());
    }
  }

  @Test
  void parse_keepsNonAsciiAndPunctuationInThePhrase() {
    // RFC 4475 §3.1.1.12 (unreason): the phrase of that response, written with its UTF-8 characters.
    String unreason = "= 2**3 * 5**2 \u043d\u043e \u0441\u0442\u043e \u0434\u0435\u0432\u044f\u043d\u043e\u0441\u0442\u043e"
        + " \u0434\u0435\u0432\u044f\u0442\u044c - \u043f\u0440\u043e\u0441\u0442\u043e\u0435";
    assertEquals(unreason, StatusLine.parse("SIP/2.0 200 " + unreason + "\r\n").reasonPhrase());
    assertEquals("Occupé #1 \"x\"", StatusLine.parse("SIP/2.0 486 Occupé #1 \"x\"").reasonPhrase());
    // PortaSIP's phrase that SIP.js failed on (SIP.js issue #996).
    assertEquals("Temporarily Unavailable [call Processing Released]",
        StatusLine.parse("SIP/2.0 480 Temporarily Unavailable [call Processing Released]").reasonPhrase());
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.SipResponseTest#allCodes")
  void parse_acceptsEveryCode_andReturnsTheCachedLineForTheRegisteredPhrase(int code) {
    StatusLine line = StatusLine.of(SipResponse.of(code));
    assertEquals("SIP/2.0 " + code + " " + SipResponse.of(code).reasonPhrase(), line.toString());
    assertSame(line, StatusLine.of(SipResponse.of(code)));
    assertSame(line, StatusLine.parse(line.toString()));
    assertSame(line, StatusLine.parse(line + "\r\n", ParseMode.STRICT));
    assertSame(SipResponse.of(code), StatusLine.parse(line + "\r\n").response());
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.SipResponseTest#allCodes")
  void parse_readsTextsThatNearlyMatchTheRegisteredLine_asTheGrammarSays(int code) {
    SipResponse response = SipResponse.of(code);
    StatusLine registered = StatusLine.of(response);
    String text = registered.toString();
    assertSame(registered, StatusLine.parse(text + "\n"));
    assertThrows(SipParseException.class, () -> StatusLine.parse(text + "\n", ParseMode.STRICT));
    assertSame(registered, StatusLine.parse("sip/2.0" + text.substring(7), ParseMode.STRICT));
    assertSame(registered, StatusLine.parse(" " + text + "\r\n"));
    assertEquals(new StatusLine(response, response.reasonPhrase() + "."), StatusLine.parse(text + "."));
    assertEquals(new StatusLine(response, response.reasonPhrase() + "."), StatusLine.parse(text + ".\r\n"));
    String otherPhrase = SipResponse.of(code == 699 ? 100 : code + 1).reasonPhrase();
    assertEquals(new StatusLine(response, otherPhrase), StatusLine.parse("SIP/2.0 " + code + " " + otherPhrase));
  }

  @Test
  void parse_makesANewLineForAnotherPhrase() {
    StatusLine busy = StatusLine.parse("SIP/2.0 486 Busy");
    assertEquals(new StatusLine(SipStatus.BUSY_HERE, "Busy"), busy);
    assertEquals("Busy", busy.reasonPhrase());
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
    "'SIP/2.0', 7, expected a space after SIP/2.0",
    "'SIP/1.0 200 OK', 0, expected SIP version 2.0 (RFC 3261 §7.1)",
    "'SIP/3.0 200 OK', 0, expected SIP version 2.0 (RFC 3261 §7.1)",
    "'HTTP/1.1 200 OK', 0, expected \"SIP/2.0\" (RFC 3261 §7.2)",
    "'', 0, expected \"SIP/2.0\" (RFC 3261 §7.2)",
    "'INVITE sip:bob@example.com SIP/2.0', 0, 'expected a status line (SIP/2.0 code phrase), found a request line'",
    "'OPTIONS * sip/2.0', 0, 'expected a status line (SIP/2.0 code phrase), found a request line'",
    // RFC 4475 §3.1.2.19 (bigcode): the overlarge code must be refused, with a clear message.
    "'SIP/2.0 4294967301 better not break the receiver', 8, expected a three-digit status code (RFC 3261 §7.2)"
  })
  void parse_rejectsMalformedLines_inBothModes_withTheOffset(String text, int offset, String expected) {
    for (ParseMode mode : ParseMode.values()) {
      SipParseException e = assertThrows(SipParseException.class, () -> StatusLine.parse(text, mode));
      assertEquals(offset, e.offset());
      assertTrue(String.valueOf(e.getMessage()).endsWith(" at offset " + offset + ": " + expected), e.getMessage());
      assertTrue(String.valueOf(e.getMessage()).startsWith("Invalid SIP status line \""), e.getMessage());
      assertInstanceOf(IllegalArgumentException.class, e);
    }
  }

  @Test
  void parse_rejectsLineBreaksOtherThanOneLineEnd() {
    for (ParseMode mode : ParseMode.values()) {
      assertEquals(14, assertThrows(SipParseException.class,
          () -> StatusLine.parse("SIP/2.0 200 OK\r\n\r\n", mode)).offset());
      assertEquals(13, assertThrows(SipParseException.class, () -> StatusLine.parse("SIP/2.0 200 O\nK", mode)).offset());
      assertEquals(0, assertThrows(SipParseException.class, () -> StatusLine.parse("\r\n", mode)).offset());
    }
  }

  @Test
  void parse_rejectsControlCharactersInThePhrase() {
    SipParseException e = assertThrows(SipParseException.class, () -> StatusLine.parse("SIP/2.0 200 O\u0000K"));
    assertEquals(13, e.offset());
    assertTrue(String.valueOf(e.getMessage()).contains("\"SIP/2.0 200 O\\x00K\""), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).endsWith("expected a reason phrase without control characters"));
  }

  @Test
  void parse_rejectsInputLongerThanTheMaximum() {
    String longLine = "SIP/2.0 200 " + "x".repeat(StatusLine.MAX_LENGTH);
    SipParseException e = assertThrows(SipParseException.class, () -> StatusLine.parse(longLine));
    assertEquals(StatusLine.MAX_LENGTH, e.offset());
    assertTrue(String.valueOf(e.getMessage()).contains("...\" at offset 8192: expected at most 8192 characters"),
        e.getMessage());
    String longest = "SIP/2.0 200 " + "x".repeat(StatusLine.MAX_LENGTH - 12);
    assertEquals(longest, StatusLine.parse(longest).toString());
  }

  @Test
  void constructor_validates() {
    assertEquals("Invalid reason phrase: control character at index 1 (expected text without control characters)",
        assertThrows(IllegalArgumentException.class, () -> new StatusLine(SipStatus.OK, "O\rK")).getMessage());
    assertEquals("SIP/2.0 200 \tOK ", new StatusLine(SipStatus.OK, "\tOK ").toString());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("line", assertThrows(NullPointerException.class, () -> StatusLine.parse(null)).getMessage());
    assertEquals("mode",
        assertThrows(NullPointerException.class, () -> StatusLine.parse("SIP/2.0 200 OK", null)).getMessage());
    assertEquals("response", assertThrows(NullPointerException.class, () -> StatusLine.of(null)).getMessage());
    assertEquals("response",
        assertThrows(NullPointerException.class, () -> new StatusLine(null, "")).getMessage());
    assertEquals("reasonPhrase",
        assertThrows(NullPointerException.class, () -> new StatusLine(SipStatus.OK, null)).getMessage());
  }
}
