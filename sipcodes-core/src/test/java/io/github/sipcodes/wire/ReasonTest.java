package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.SipStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonTest {

  /** The examples of RFC 3326 §2, written with the spaces the RFC puts before ';'. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "SIP ;cause=200 ;text=\"Call completed elsewhere\"|SIP|200|Call completed elsewhere",
    "Q.850 ;cause=16 ;text=\"Terminated\"|Q.850|16|Terminated",
    "SIP ;cause=600 ;text=\"Busy Everywhere\"|SIP|600|Busy Everywhere",
    "SIP ;cause=580 ;text=\"Precondition Failure\"|SIP|580|Precondition Failure"
  })
  void rfc3326Examples_inBothModes(String value, String protocol, int cause, String text) {
    for (ParseMode mode : ParseMode.values()) {
      List<Reason> reasons = Reason.parseAll(value, mode).orElseThrow();
      assertEquals(1, reasons.size());
      Reason reason = reasons.get(0);
      assertEquals(protocol, reason.protocol());
      assertEquals(OptionalInt.of(cause), reason.cause());
      assertEquals(Optional.of(text), reason.text());
      assertEquals(List.of(), reason.parameters());
      assertEquals(reasons, Reason.parseAll(reason.toString(), mode).orElseThrow());
    }
  }

  @Test
  void helpers_giveTheCauseAsSipResponseOrQ850Cause() {
    Reason sip = first("SIP;cause=200");
    assertEquals(Optional.of(SipStatus.OK), sip.sipResponse());
    assertEquals(Optional.empty(), sip.q850Cause());
    Reason q850 = first("Q.850;cause=17");
    assertEquals(Optional.of(Q850Cause.USER_BUSY), q850.q850Cause());
    assertEquals(Optional.empty(), q850.sipResponse());
    assertEquals(Optional.of(SipStatus.BUSY_HERE), first("sip;cause=486").sipResponse());
    assertEquals(Optional.of(Q850Cause.NORMAL_CALL_CLEARING), first("q.850;cause=16").q850Cause());
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIP;cause=99", "SIP;cause=700", "SIP;cause=0", "Q.850;cause=0", "Q.850;cause=128",
      "X-Vendor;cause=16", "Q.850;cause=2147483647", "SIP", "Q.850;text=\"no cause\""})
  void helpers_areEmptyForOtherProtocols_outOfRangeCauses_andNoCause(String value) {
    Reason reason = first(value);
    assertTrue(reason.sipResponse().isEmpty());
    assertTrue(reason.q850Cause().isEmpty());
  }

  @Test
  void q850Cause_coversTheWholeRange1To127() {
    assertEquals(Optional.of(Q850Cause.UNALLOCATED_NUMBER), first("Q.850;cause=1").q850Cause());
    assertEquals(Optional.of(Q850Cause.of(127)), first("Q.850;cause=127").q850Cause());
    assertEquals(Optional.of(SipStatus.TRYING), first("SIP;cause=100").sipResponse());
    assertEquals(OptionalInt.of(0), first("SIP;cause=0").cause());
  }

  /** After a bad part, reading resumes at the next comma outside quotes, escaped quotes included. */
  @Test
  void partialResults_resumeAfterQuotedCommasAndEscapedQuotes() {
    HeaderValues<Reason> reasons = Reason.parseAll("X;text=\"a\\\"b, c\";=, Q.850;cause=16, Y;p=\"q,r\" z");
    assertEquals(List.of(new Reason("Q.850", 16, Optional.empty(), List.of())), reasons.values());
    assertEquals(List.of("X;text=\"a\\\"b, c\";=", "Y;p=\"q,r\" z"),
        reasons.unparsed().stream().map(UnparsedValue::text).toList());
    assertEquals(List.of(0, 36), reasons.unparsed().stream().map(UnparsedValue::offset).toList());
  }

  @Test
  void aValueOfExactlyTheMaximumLength_isRead() {
    String value = "SIP;cause=200;text=\"" + "x".repeat(Reason.MAX_LENGTH - 21) + "\"";
    assertEquals(Reason.MAX_LENGTH, value.length());
    assertTrue(Reason.parseAll(value, ParseMode.STRICT).isComplete());
  }

  @Test
  void q850Cause_unassignedValueGivesTheUnspecifiedCauseOfItsClass() {
    Reason reason = first("Q.850;cause=45");
    assertEquals(OptionalInt.of(45), reason.cause());
    assertEquals(Optional.of(Q850Cause.RESOURCE_UNAVAILABLE_UNSPECIFIED), reason.q850Cause());
  }

  /** RFC 3326 §2: every reason-param is optional, so a value without cause is valid in both modes. */
  @ParameterizedTest
  @EnumSource(ParseMode.class)
  void parseAll_acceptsAValueWithoutCause(ParseMode mode) {
    List<Reason> reasons = Reason.parseAll("SIP;text=\"x\", Q.850;cause=16, STIR", mode).orElseThrow();
    assertEquals(List.of(new Reason("SIP", OptionalInt.empty(), Optional.of("x"), List.of()),
        new Reason("Q.850", 16, Optional.empty(), List.of()),
        new Reason("STIR", OptionalInt.empty(), Optional.empty(), List.of())), reasons);
    assertEquals("SIP;text=\"x\", Q.850;cause=16, STIR", Reason.format(reasons));
  }

  /** RFC 9366 lets a protocol have several values in one message; sipcodes keeps them all, in order. */
  @Test
  void parseAll_keepsSeveralValuesOfOneProtocol() {
    List<Reason> reasons = Reason.parseAll(
        "STIR;cause=436;text=\"Bad Identity Info\", STIR;cause=438;text=\"Invalid Identity Header\"").values();
    assertEquals(2, reasons.size());
    assertEquals(OptionalInt.of(436), reasons.get(0).cause());
    assertEquals(OptionalInt.of(438), reasons.get(1).cause());
  }

  @Test
  void parseAll_splitsOnCommas_butNotInsideQuotes() {
    List<Reason> reasons = Reason.parseAll(
        "SIP;cause=200;text=\"Call completed, elsewhere\" , Q.850;cause=16;text=\"a \\\"b\\\" \\\\ c\"").orElseThrow();
    assertEquals(2, reasons.size());
    assertEquals(Optional.of("Call completed, elsewhere"), reasons.get(0).text());
    assertEquals(Optional.of("a \"b\" \\ c"), reasons.get(1).text());
    assertEquals("SIP;cause=200;text=\"Call completed, elsewhere\", Q.850;cause=16;text=\"a \\\"b\\\" \\\\ c\"",
        Reason.format(reasons));
    assertEquals(reasons, Reason.parseAll(Reason.format(reasons)).orElseThrow());
  }

  @Test
  void parseAll_keepsOtherParameters_likeTheRfc8606Location() {
    Reason reason = first("Q.850;cause=16;location=LN;x;y=\"q\"");
    assertEquals(List.of(new GenericParameter("location", Optional.of("LN")),
        new GenericParameter("x", Optional.empty()), new GenericParameter("y", Optional.of("\"q\""))),
        reason.parameters());
    assertEquals("Q.850;cause=16;location=LN;x;y=\"q\"", reason.toString());
  }

  @Test
  void parseAll_parameterNamesAreCaseInsensitive_andTextMayComeFirst() {
    Reason reason = first("  SIP ; TEXT = \"t\" ; CAUSE = 0200  ");
    assertEquals(OptionalInt.of(200), reason.cause());
    assertEquals(Optional.of("t"), reason.text());
    assertEquals("SIP;cause=200;text=\"t\"", reason.toString());
  }

  // ---- values seen in the wild

  /**
   * FreeSWITCH's BYE carries {@code Reason: Q.850;cause=16;text="NORMAL_CLEARING"} (signalwire/freeswitch issue
   * #1268; Kazoo's trunk provider quotes the same value, kazoo-classic/kazoo issue #7); gateways also send the text
   * as a token, and a stack's {@code Header.toString()} gives the header name and CRLF with the value.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "Q.850;cause=16;text=\"NORMAL_CLEARING\"",
    "Q.850;cause=16;text=NORMAL_CLEARING",
    "Reason: Q.850;cause=16;text=\"NORMAL_CLEARING\"\r\n",
    "reason:Q.850;cause=16;text=NORMAL_CLEARING\n",
    "REASON :  Q.850 ; cause = 16 ; text = NORMAL_CLEARING  "
  })
  void freeSwitchNormalClearing_inEveryFormDevicesSendIt(String value) {
    HeaderValues<Reason> reasons = Reason.parseAll(value);
    assertTrue(reasons.isComplete(), reasons::toString);
    assertEquals(List.of(new Reason(Reason.Q850, 16, Optional.of("NORMAL_CLEARING"), List.of())), reasons.values());
    assertEquals(Optional.of(Q850Cause.NORMAL_CALL_CLEARING), reasons.values().get(0).q850Cause());
    assertEquals("Q.850;cause=16;text=\"NORMAL_CLEARING\"", reasons.values().get(0).toString());
  }

  /** FreeSWITCH dial plan value with a comma inside the quoted text (signalwire/freeswitch issue #732). */
  @Test
  void freeSwitchCause47_keepsTheCommaInItsText() {
    Reason reason = first("Q.850;cause=47;text=\"RESOURCE UNAVAILABLE, UNSPECIFIED\"");
    assertEquals(Optional.of("RESOURCE UNAVAILABLE, UNSPECIFIED"), reason.text());
    assertEquals(Optional.of(Q850Cause.RESOURCE_UNAVAILABLE_UNSPECIFIED), reason.q850Cause());
  }

  /** Asterisk adds {@code Reason: STIR; cause=433; text="Anonymity Disallowed"} (asterisk/asterisk PR #1113). */
  @Test
  void asteriskStirReason_withASpaceAfterEachSemicolon() {
    Reason reason = first("STIR; cause=433; text=\"Anonymity Disallowed\"");
    assertEquals("STIR", reason.protocol());
    assertEquals(OptionalInt.of(433), reason.cause());
    assertEquals(Optional.of("Anonymity Disallowed"), reason.text());
    assertEquals(Optional.empty(), reason.sipResponse());
  }

  /** A semicolon inside the text is text (OpenLiberty/open-liberty PR #25647). */
  @Test
  void semicolonInsideTheText_isText() {
    assertEquals(Optional.of("Busy; try later"), first("SIP;cause=486;text=\"Busy; try later\"").text());
  }

  // ---- partial results

  @Test
  void parseAll_keepsTheGoodValues_andReportsEachBadPart() {
    HeaderValues<Reason> reasons = Reason.parseAll("SIP;cause=abc, Q.850;cause=16, X;text=\"open, SIP;cause=200");
    assertEquals(List.of(new Reason("Q.850", 16, Optional.empty(), List.of())), reasons.values());
    assertEquals(List.of(new UnparsedValue("SIP;cause=abc", 0, 10, "expected a cause number"),
        new UnparsedValue("X;text=\"open, SIP;cause=200", 31, 58, "expected '\"' to close the quoted-string")),
        reasons.unparsed());
    assertFalse(reasons.isComplete());
    assertEquals(Optional.of(reasons.values().get(0)), reasons.first());
    SipParseException e = assertThrows(SipParseException.class, reasons::orElseThrow);
    assertEquals(10, e.offset());
    assertTrue(String.valueOf(e.getMessage()).endsWith(" at offset 10: expected a cause number"), e.getMessage());
  }

  @Test
  void parseAll_tolerantSkipsEmptyParts_strictReportsThem() {
    String value = ",SIP;cause=200,, Q.850;cause=16,";
    assertEquals(2, Reason.parseAll(value).values().size());
    assertTrue(Reason.parseAll(value).isComplete());
    HeaderValues<Reason> strict = Reason.parseAll(value, ParseMode.STRICT);
    assertEquals(2, strict.values().size());
    assertEquals(List.of(0, 15, 32), strict.unparsed().stream().map(UnparsedValue::errorOffset).toList());
    assertEquals(List.of(), Reason.parseAll("  ").values());
    assertTrue(Reason.parseAll("Reason:").isComplete());
  }

  @Test
  void iteration_goesOverTheValues() {
    StringBuilder protocols = new StringBuilder();
    for (Reason reason : Reason.parseAll("SIP;cause=200, bad;=, Q.850;cause=16")) {
      protocols.append(reason.protocol()).append(' ');
    }
    assertEquals("SIP Q.850 ", protocols.toString());
  }

  /** The strict mode refuses, with the messages and offsets sipcodes always gave, what the tolerant mode accepts. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Reason: SIP;cause=200|6|expected ';', ',' or the end of the value|SIP;cause=200",
    "SIP;cause=200;text=plain|19|expected a quoted-string after text=|SIP;cause=200;text=\"plain\"",
    "SIP;;cause=200|4|expected a parameter name|SIP;cause=200",
    "SIP;cause=200;|14|expected a parameter name|SIP;cause=200"
  })
  void strict_refusesWhatTolerantAccepts(String value, int offset, String expected, String tolerated) {
    assertRejected(value, ParseMode.STRICT, offset, expected);
    assertEquals(List.of(tolerated), Reason.parseAll(value).values().stream().map(Reason::toString).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "SIP;cause|9|expected '=' and a number after cause",
    "SIP;cause=|10|expected a cause number",
    "SIP;cause=-1|10|expected a cause number",
    "SIP;cause=abc|10|expected a cause number",
    "SIP;cause=2147483648|10|expected a cause of at most 2147483647",
    "SIP;cause=200;cause=486|14|expected one cause parameter, found a second",
    "SIP;cause=200;text=\"a\";text=\"b\"|23|expected one text parameter, found a second",
    "SIP;cause=200;text|18|expected '=' and a quoted-string after text",
    "SIP;cause=200;text=\"open|24|expected '\"' to close the quoted-string",
    "SIP;cause=200 Q.850;cause=16|14|expected ';', ',' or the end of the value",
    "SIP;=1|4|expected a parameter name",
    ";cause=200|0|expected a protocol such as SIP or Q.850 (RFC 3326 §2)"
  })
  void parseAll_reportsMalformedParts_inBothModes_withTheOffset(String value, int offset, String expected) {
    for (ParseMode mode : ParseMode.values()) {
      assertRejected(value, mode, offset, expected);
      // One part, not parsed: it is not also among the values.
      assertEquals(List.of(), Reason.parseAll(value, mode).values());
    }
  }

  @Test
  void strict_reportsEmptyParts_withTheOldMessages() {
    assertRejected("", ParseMode.STRICT, 0, "expected a protocol such as SIP or Q.850 (RFC 3326 §2)");
    assertRejected("SIP;cause=200,", ParseMode.STRICT, 14, "expected a protocol such as SIP or Q.850 (RFC 3326 §2)");
    assertRejected("SIP;cause=200,,Q.850;cause=16", ParseMode.STRICT, 14,
        "expected a protocol such as SIP or Q.850 (RFC 3326 §2)");
  }

  @Test
  void parseAll_reportsInputLongerThanTheMaximum_asOneUnparsedPart() {
    String value = "SIP;cause=200;text=\"" + "x".repeat(Reason.MAX_LENGTH) + "\"";
    HeaderValues<Reason> reasons = Reason.parseAll(value);
    assertEquals(List.of(), reasons.values());
    assertEquals(Reason.MAX_LENGTH, reasons.unparsed().get(0).errorOffset());
    assertRejected(value, ParseMode.TOLERANT, Reason.MAX_LENGTH, "expected at most 8192 characters");
  }

  private static void assertRejected(String value, ParseMode mode, int offset, String expected) {
    ParseErrors.assertRejected("Reason value", offset, expected, () -> Reason.parseAll(value, mode).orElseThrow());
  }

  private static Reason first(String value) {
    List<Reason> reasons = Reason.parseAll(value).orElseThrow();
    assertEquals(1, reasons.size(), value);
    return reasons.get(0);
  }

  @Test
  void toString_escapesControlCharacters_soTheyParseBack() {
    Reason reason = new Reason("SIP", 200, Optional.of("a\u0001b\tc\u007f"), List.of());
    assertEquals("SIP;cause=200;text=\"a\\\u0001b\tc\\\u007f\"", reason.toString());
    assertEquals(List.of(reason), Reason.parseAll(reason.toString(), ParseMode.STRICT).orElseThrow());
  }

  @Test
  void factories() {
    assertEquals("SIP;cause=200;text=\"Call completed elsewhere\"",
        Reason.of(SipResponse.of(200), "Call completed elsewhere").toString());
    assertEquals("Q.850;cause=16;text=\"Normal call clearing\"", Reason.of(Q850Cause.NORMAL_CALL_CLEARING).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cause", "TEXT"})
  void constructor_rejectsKnownParametersAmongTheOthers(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Reason("SIP", 200, Optional.empty(), List.of(new GenericParameter(name, Optional.of("1")))));
    assertTrue(String.valueOf(e.getMessage()).startsWith("Invalid Reason parameter: " + name), e.getMessage());
  }

  @Test
  void constructor_validates() {
    assertEquals("Invalid Reason protocol: \"S P\" (expected a token)", assertThrows(IllegalArgumentException.class,
        () -> new Reason("S P", 200, Optional.empty(), List.of())).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Reason("", 200, Optional.empty(), List.of()));
    assertEquals("Invalid Reason cause: -1 (expected 0 or more)", assertThrows(IllegalArgumentException.class,
        () -> new Reason("SIP", -1, Optional.empty(), List.of())).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Reason("SIP", 1, Optional.of("a\nb"), List.of()));
  }

  @Test
  void format_rejectsAnEmptyList() {
    assertThrows(IllegalArgumentException.class, () -> Reason.format(List.of()));
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("value", assertThrows(NullPointerException.class, () -> Reason.parseAll(null)).getMessage());
    assertEquals("mode", assertThrows(NullPointerException.class, () -> Reason.parseAll("SIP", null)).getMessage());
    assertEquals("protocol", assertThrows(NullPointerException.class,
        () -> new Reason(null, 1, Optional.empty(), List.of())).getMessage());
    assertEquals("cause", assertThrows(NullPointerException.class,
        () -> new Reason("SIP", (OptionalInt) null, Optional.empty(), List.of())).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> new Reason("SIP", 1, null, List.of())).getMessage());
    assertEquals("response", assertThrows(NullPointerException.class, () -> Reason.of(null, "x")).getMessage());
    assertEquals("cause", assertThrows(NullPointerException.class, () -> Reason.of((Q850Cause) null)).getMessage());
  }
}
