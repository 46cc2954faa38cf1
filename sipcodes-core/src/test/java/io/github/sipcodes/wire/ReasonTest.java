package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.SipStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
  void rfc3326Examples(String value, String protocol, int cause, String text) {
    List<Reason> reasons = Reason.parseAll(value);
    assertEquals(1, reasons.size());
    Reason reason = reasons.get(0);
    assertEquals(protocol, reason.protocol());
    assertEquals(cause, reason.cause());
    assertEquals(Optional.of(text), reason.text());
    assertEquals(List.of(), reason.parameters());
    assertEquals(reasons, Reason.parseAll(reason.toString()));
  }

  @Test
  void helpers_giveTheCauseAsSipResponseOrQ850Cause() {
    Reason sip = Reason.parseAll("SIP;cause=200").get(0);
    assertEquals(Optional.of(SipStatus.OK), sip.sipResponse());
    assertEquals(Optional.empty(), sip.q850Cause());
    Reason q850 = Reason.parseAll("Q.850;cause=17").get(0);
    assertEquals(Optional.of(Q850Cause.USER_BUSY), q850.q850Cause());
    assertEquals(Optional.empty(), q850.sipResponse());
    assertEquals(Optional.of(SipStatus.BUSY_HERE), Reason.parseAll("sip;cause=486").get(0).sipResponse());
    assertEquals(Optional.of(Q850Cause.NORMAL_CALL_CLEARING), Reason.parseAll("q.850;cause=16").get(0).q850Cause());
  }

  @ParameterizedTest
  @CsvSource({"SIP;cause=99", "SIP;cause=700", "SIP;cause=0", "Q.850;cause=0", "Q.850;cause=128",
      "X-Vendor;cause=16", "Q.850;cause=2147483647"})
  void helpers_areEmptyForOtherProtocolsAndOutOfRangeCauses(String value) {
    Reason reason = Reason.parseAll(value).get(0);
    assertTrue(reason.sipResponse().isEmpty());
    assertTrue(reason.q850Cause().isEmpty());
  }

  @Test
  void q850Cause_unassignedValueGivesTheUnspecifiedCauseOfItsClass() {
    Reason reason = Reason.parseAll("Q.850;cause=45").get(0);
    assertEquals(45, reason.cause());
    assertEquals(Optional.of(Q850Cause.RESOURCE_UNAVAILABLE_UNSPECIFIED), reason.q850Cause());
  }

  @Test
  void parseAll_splitsOnCommas_butNotInsideQuotes() {
    List<Reason> reasons = Reason.parseAll(
        "SIP;cause=200;text=\"Call completed, elsewhere\" , Q.850;cause=16;text=\"a \\\"b\\\" \\\\ c\"");
    assertEquals(2, reasons.size());
    assertEquals(Optional.of("Call completed, elsewhere"), reasons.get(0).text());
    assertEquals(Optional.of("a \"b\" \\ c"), reasons.get(1).text());
    assertEquals("SIP;cause=200;text=\"Call completed, elsewhere\", Q.850;cause=16;text=\"a \\\"b\\\" \\\\ c\"",
        Reason.format(reasons));
    assertEquals(reasons, Reason.parseAll(Reason.format(reasons)));
  }

  @Test
  void parseAll_keepsOtherParameters_likeTheRfc8606Location() {
    Reason reason = Reason.parseAll("Q.850;cause=16;location=LN;x;y=\"q\"").get(0);
    assertEquals(List.of(new GenericParameter("location", Optional.of("LN")),
        new GenericParameter("x", Optional.empty()), new GenericParameter("y", Optional.of("\"q\""))),
        reason.parameters());
    assertEquals("Q.850;cause=16;location=LN;x;y=\"q\"", reason.toString());
  }

  @Test
  void parseAll_parameterNamesAreCaseInsensitive_andTextMayComeFirst() {
    Reason reason = Reason.parseAll("  SIP ; TEXT = \"t\" ; CAUSE = 0200  ").get(0);
    assertEquals(200, reason.cause());
    assertEquals(Optional.of("t"), reason.text());
    assertEquals("SIP;cause=200;text=\"t\"", reason.toString());
  }

  @Test
  void toString_escapesControlCharacters_soTheyParseBack() {
    Reason reason = new Reason("SIP", 200, Optional.of("a\u0001b\tc\u007f"), List.of());
    assertEquals("SIP;cause=200;text=\"a\\\u0001b\tc\\\u007f\"", reason.toString());
    assertEquals(List.of(reason), Reason.parseAll(reason.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "|0|expected a protocol such as SIP or Q.850 (RFC 3326 §2)",
    "SIP|3|expected a cause parameter (RFC 3326 §2)",
    "SIP;text=\"x\"|12|expected a cause parameter (RFC 3326 §2)",
    "SIP;cause|9|expected '=' and a number after cause",
    "SIP;cause=|10|expected a cause number",
    "SIP;cause=-1|10|expected a cause number",
    "SIP;cause=abc|10|expected a cause number",
    "SIP;cause=2147483648|10|expected a cause of at most 2147483647",
    "SIP;cause=200;cause=486|14|expected one cause parameter, found a second",
    "SIP;cause=200;text=\"a\";text=\"b\"|23|expected one text parameter, found a second",
    "SIP;cause=200;text|18|expected '=' and a quoted-string after text",
    "SIP;cause=200;text=plain|19|expected a quoted-string after text=",
    "SIP;cause=200;text=\"open|24|expected '\"' to close the quoted-string",
    "SIP;cause=200,|14|expected a protocol such as SIP or Q.850 (RFC 3326 §2)",
    "SIP;cause=200 Q.850;cause=16|14|expected ';', ',' or the end of the value",
    "SIP;cause=200,,Q.850;cause=16|14|expected a protocol such as SIP or Q.850 (RFC 3326 §2)",
    "Reason: SIP;cause=200|6|expected a cause parameter (RFC 3326 §2)",
    "SIP;=1|4|expected a parameter name"
  })
  void parseAll_rejectsMalformedValues_withTheOffset(String value, int offset, String expected) {
    String input = value == null ? "" : value;
    SipParseException e = assertThrows(SipParseException.class, () -> Reason.parseAll(input));
    assertTrue(String.valueOf(e.getMessage()).startsWith("Invalid Reason value \""), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).endsWith(" at offset " + offset + ": " + expected), e.getMessage());
    assertEquals(offset, e.offset());
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
    assertThrows(IllegalArgumentException.class, () -> new Reason("S P", 200, Optional.empty(), List.of()));
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
    assertEquals("protocol", assertThrows(NullPointerException.class,
        () -> new Reason(null, 1, Optional.empty(), List.of())).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> new Reason("SIP", 1, null, List.of())).getMessage());
    assertEquals("response", assertThrows(NullPointerException.class, () -> Reason.of(null, "x")).getMessage());
    assertEquals("cause", assertThrows(NullPointerException.class, () -> Reason.of((Q850Cause) null)).getMessage());
  }
}
