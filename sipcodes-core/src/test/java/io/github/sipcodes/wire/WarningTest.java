package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.WarningCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WarningTest {

  @ParameterizedTest
  @EnumSource(ParseMode.class)
  void rfc3261Examples(ParseMode mode) {
    Warning w307 = Warning.parseAll("307 isi.edu \"Session parameter 'foo' not understood\"", mode).orElseThrow().get(0);
    assertEquals(new Warning(307, "isi.edu", "Session parameter 'foo' not understood"), w307);
    assertEquals(Optional.of(WarningCode.SESSION_DESCRIPTION_PARAMETER_NOT_UNDERSTOOD), w307.warningCode());
    Warning w301 = Warning.parseAll("301 isi.edu \"Incompatible network address type 'E.164'\"", mode)
        .orElseThrow().get(0);
    assertEquals(301, w301.code());
    assertEquals(Optional.of("isi.edu"), w301.agent());
    assertEquals("Incompatible network address type 'E.164'", w301.text());
    assertEquals(Optional.of(WarningCode.INCOMPATIBLE_NETWORK_ADDRESS_FORMATS), w301.warningCode());
    assertEquals("301 isi.edu \"Incompatible network address type 'E.164'\"", w301.toString());
  }

  @Test
  void parseAll_readsSeveralValues_withCommasInsideQuotes() {
    List<Warning> warnings = Warning.parseAll(
        " 370 [2001:db8::1]:5060 \"Insufficient, bandwidth\" ,399 proxy-7 \"say \\\"hi\\\"\"\t").orElseThrow();
    assertEquals(List.of(new Warning(370, "[2001:db8::1]:5060", "Insufficient, bandwidth"),
        new Warning(399, "proxy-7", "say \"hi\"")), warnings);
    assertEquals("370 [2001:db8::1]:5060 \"Insufficient, bandwidth\", 399 proxy-7 \"say \\\"hi\\\"\"",
        Warning.format(warnings));
    assertEquals(warnings, Warning.parseAll(Warning.format(warnings), ParseMode.STRICT).orElseThrow());
  }

  @Test
  void unregisteredCodes_areKept_andFormattedWithThreeDigits() {
    Warning w = Warning.parseAll("007 host \"\"").orElseThrow().get(0);
    assertEquals(7, w.code());
    assertEquals("", w.text());
    assertEquals(Optional.empty(), w.warningCode());
    assertEquals("007 host \"\"", w.toString());
    assertEquals("042 host \"x\"", new Warning(42, "host", "x").toString());
    assertEquals("999 host \"x\"", new Warning(999, "host", "x").toString());
  }

  // ---- what devices send

  /**
   * A call-center platform's {@code Warning: 399 "No agent logged in"}, as in this project's example trace: no
   * warn-agent. Written back the same way, which the tolerant mode reads and the strict one refuses.
   */
  @Test
  void noWarnAgent_isEmpty_andWrittenWithout() {
    Warning w = Warning.parseAll("399 \"No agent logged in\"").orElseThrow().get(0);
    assertEquals(new Warning(399, Optional.empty(), "No agent logged in"), w);
    assertEquals("399 \"No agent logged in\"", w.toString());
    assertEquals(List.of(w), Warning.parseAll(w.toString()).orElseThrow());
    assertRejected(w.toString(), ParseMode.STRICT, 4, "expected a warn-agent (a host or a pseudonym)");
  }

  /**
   * Unquoted texts: the first word is the agent only when it looks like a host. A 403 quoted with its host and an
   * unquoted text in a public SIP parser's sample; servers use 399 for free text (irontec/sngrep issue #148).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "399 No agent logged in||No agent logged in",
    "399 busy||busy",
    "399 10.2.0.22 Originating Endpoint is not configured|10.2.0.22|Originating Endpoint is not configured",
    "399 [2001:db8::1]:5060 Trunk down|[2001:db8::1]:5060|Trunk down",
    "399 sbc.example.net Trunk group full, retry later|sbc.example.net|Trunk group full, retry later",
    "Warning: 399   cucm01   Unable to route  |  |cucm01   Unable to route"
  })
  void unquotedText_isKept(String value, String agent, String text) {
    Warning w = Warning.parseAll(value).orElseThrow().get(0);
    assertEquals(Optional.ofNullable(agent).map(String::strip).filter(a -> !a.isEmpty()), w.agent());
    assertEquals(text, w.text());
    assertEquals(List.of(w), Warning.parseAll(w.toString()).orElseThrow());
  }

  @Test
  void unquotedText_endsAtACommaThatStartsAnotherValue() {
    List<Warning> warnings = Warning.parseAll("399 pbx.example.com Trunk down, 370 sbc \"Bandwidth\"").values();
    assertEquals(List.of(new Warning(399, "pbx.example.com", "Trunk down"), new Warning(370, "sbc", "Bandwidth")),
        warnings);
    assertEquals(List.of(new Warning(399, Optional.empty(), "busy"), new Warning(307, "isi.edu", "x")),
        Warning.parseAll("399 busy, 307 isi.edu \"x\"").values());
  }

  /** Cisco Unified CM's form: {@code 399 <host> "<text>"}, read identically by both modes. */
  @ParameterizedTest
  @EnumSource(ParseMode.class)
  void cucmForm_hostAndQuotedText(ParseMode mode) {
    Warning w = Warning.parseAll("399 cucm01 \"Unable to find a device handler for the request received on port"
        + " 5060 from 10.0.0.10\"", mode).orElseThrow().get(0);
    assertEquals(Optional.of("cucm01"), w.agent());
    assertTrue(w.text().startsWith("Unable to find a device handler"));
  }

  /** An empty Warning header once crashed sngrep (irontec/sngrep issue #541): no values, nothing to report. */
  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "Warning:", "Warning: \r\n", ",,"})
  void emptyHeader_givesNoValuesAndNoProblem(String value) {
    HeaderValues<Warning> warnings = Warning.parseAll(value);
    assertEquals(List.of(), warnings.values());
    assertTrue(warnings.isComplete());
  }

  @Test
  void badParts_areReportedNextToTheGoodOnes() {
    HeaderValues<Warning> warnings = Warning.parseAll("399 pbx \"ok\", 3x9 bad, 370 h \"also ok\"");
    assertEquals(List.of(new Warning(399, "pbx", "ok"), new Warning(370, "h", "also ok")), warnings.values());
    assertEquals(List.of(new UnparsedValue("3x9 bad", 14, 14, "expected a three-digit warn-code (RFC 3261 §20.43)")),
        warnings.unparsed());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Warning: 307 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)|307 isi.edu \"x\"",
    "'307 isi.edu x'|12|expected a quoted warn-text|307 isi.edu \"x\"",
    "399 \"x\"|4|expected a warn-agent (a host or a pseudonym)|399 \"x\"",
    "'307 '|4|expected a warn-agent (a host or a pseudonym)|",
    "307 isi.edu|11|expected a space after the warn-agent|307 \"isi.edu\""
  })
  void strict_refusesWhatTolerantAccepts(String value, int offset, String expected, String tolerated) {
    assertRejected(value, ParseMode.STRICT, offset, expected);
    assertEquals(tolerated == null ? List.of() : List.of(tolerated),
        Warning.parseAll(value).values().stream().map(Warning::toString).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "30 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "3070 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "-307 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "307isi.edu \"x\"|3|expected a space after the warn-code",
    "307 isi.edu \"x|14|expected '\"' to close the quoted-string",
    "307 isi.edu \"x\" y|16|expected ',' or the end of the value",
    "307 is\"i \"x\"|6|expected a space after the warn-agent"
  })
  void parseAll_reportsMalformedParts_inBothModes_withTheOffset(String value, int offset, String expected) {
    for (ParseMode mode : ParseMode.values()) {
      assertRejected(value, mode, offset, expected);
      // One part, not parsed: it is not also among the values.
      assertEquals(List.of(), Warning.parseAll(value, mode).values());
    }
  }

  @Test
  void strict_reportsEmptyParts() {
    assertRejected("", ParseMode.STRICT, 0, "expected a three-digit warn-code (RFC 3261 §20.43)");
    assertRejected("307 isi.edu \"x\",", ParseMode.STRICT, 16, "expected a three-digit warn-code (RFC 3261 §20.43)");
  }

  private static void assertRejected(String value, ParseMode mode, int offset, String expected) {
    ParseErrors.assertRejected("Warning value", offset, expected, () -> Warning.parseAll(value, mode).orElseThrow());
  }

  @Test
  void constructor_validates() {
    assertEquals("Invalid warn-code: 1000 (expected three digits, 000-999)",
        assertThrows(IllegalArgumentException.class, () -> new Warning(1000, "h", "t")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Warning(-1, "h", "t"));
    assertEquals("Invalid warn-agent: \"a b\" (expected a host or a token)",
        assertThrows(IllegalArgumentException.class, () -> new Warning(300, "a b", "t")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Warning(300, "", "t"));
    assertThrows(IllegalArgumentException.class, () -> new Warning(300, "h", "t\r\n"));
  }

  @Test
  void of_usesTheRegisteredCode() {
    assertEquals("305 gw.example \"no common codec\"",
        Warning.of(WarningCode.INCOMPATIBLE_MEDIA_FORMAT, "gw.example", "no common codec").toString());
  }

  @Test
  void format_rejectsAnEmptyList() {
    assertThrows(IllegalArgumentException.class, () -> Warning.format(List.of()));
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("value", assertThrows(NullPointerException.class, () -> Warning.parseAll(null)).getMessage());
    assertEquals("agent",
        assertThrows(NullPointerException.class, () -> new Warning(300, (String) null, "t")).getMessage());
    assertEquals("agent",
        assertThrows(NullPointerException.class, () -> new Warning(300, (Optional<String>) null, "t")).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> new Warning(300, "h", null)).getMessage());
    assertEquals("code", assertThrows(NullPointerException.class, () -> Warning.of(null, "h", "t")).getMessage());
    assertEquals("warnings contains null", assertThrows(NullPointerException.class,
        () -> Warning.format(java.util.Arrays.asList(new Warning(300, "h", "t"), null))).getMessage());
  }
}
