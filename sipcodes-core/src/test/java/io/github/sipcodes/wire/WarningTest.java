package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarningTest {

  @Test
  void rfc3261Examples() {
    Warning w307 = Warning.parseAll("307 isi.edu \"Session parameter 'foo' not understood\"").get(0);
    assertEquals(new Warning(307, "isi.edu", "Session parameter 'foo' not understood"), w307);
    assertEquals(Optional.of(WarningCode.SESSION_DESCRIPTION_PARAMETER_NOT_UNDERSTOOD), w307.warningCode());
    Warning w301 = Warning.parseAll("301 isi.edu \"Incompatible network address type 'E.164'\"").get(0);
    assertEquals(301, w301.code());
    assertEquals("isi.edu", w301.agent());
    assertEquals("Incompatible network address type 'E.164'", w301.text());
    assertEquals(Optional.of(WarningCode.INCOMPATIBLE_NETWORK_ADDRESS_FORMATS), w301.warningCode());
    assertEquals("301 isi.edu \"Incompatible network address type 'E.164'\"", w301.toString());
  }

  @Test
  void parseAll_readsSeveralValues_withCommasInsideQuotes() {
    List<Warning> warnings = Warning.parseAll(
        " 370 [2001:db8::1]:5060 \"Insufficient, bandwidth\" ,399 proxy-7 \"say \\\"hi\\\"\"\t");
    assertEquals(List.of(new Warning(370, "[2001:db8::1]:5060", "Insufficient, bandwidth"),
        new Warning(399, "proxy-7", "say \"hi\"")), warnings);
    assertEquals("370 [2001:db8::1]:5060 \"Insufficient, bandwidth\", 399 proxy-7 \"say \\\"hi\\\"\"",
        Warning.format(warnings));
    assertEquals(warnings, Warning.parseAll(Warning.format(warnings)));
  }

  @Test
  void unregisteredCodes_areKept_andFormattedWithThreeDigits() {
    Warning w = Warning.parseAll("007 host \"\"").get(0);
    assertEquals(7, w.code());
    assertEquals("", w.text());
    assertEquals(Optional.empty(), w.warningCode());
    assertEquals("007 host \"\"", w.toString());
    assertEquals("042 host \"x\"", new Warning(42, "host", "x").toString());
    assertEquals("999 host \"x\"", new Warning(999, "host", "x").toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "30 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "3070 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "-307 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "Warning: 307 isi.edu \"x\"|0|expected a three-digit warn-code (RFC 3261 §20.43)",
    "307isi.edu \"x\"|3|expected a space after the warn-code",
    "'307 '|4|expected a warn-agent (a host or a pseudonym)",
    "307 isi.edu|11|expected a space after the warn-agent",
    "307 isi.edu x|12|expected a quoted warn-text",
    "307 isi.edu \"x|14|expected '\"' to close the quoted-string",
    "307 isi.edu \"x\" y|16|expected ',' or the end of the value",
    "307 isi.edu \"x\",|16|expected a three-digit warn-code (RFC 3261 §20.43)",
    "307 is\"i \"x\"|6|expected a space after the warn-agent"
  })
  void parseAll_rejectsMalformedValues_withTheOffset(String value, int offset, String expected) {
    String input = value == null ? "" : value;
    SipParseException e = assertThrows(SipParseException.class, () -> Warning.parseAll(input));
    assertTrue(String.valueOf(e.getMessage()).startsWith("Invalid Warning value \""), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).endsWith(" at offset " + offset + ": " + expected), e.getMessage());
    assertEquals(offset, e.offset());
  }

  @Test
  void constructor_validates() {
    assertEquals("Invalid warn-code: 1000 (expected three digits, 000-999)",
        assertThrows(IllegalArgumentException.class, () -> new Warning(1000, "h", "t")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Warning(-1, "h", "t"));
    assertThrows(IllegalArgumentException.class, () -> new Warning(300, "a b", "t"));
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
    assertEquals("agent", assertThrows(NullPointerException.class, () -> new Warning(300, null, "t")).getMessage());
    assertEquals("text", assertThrows(NullPointerException.class, () -> new Warning(300, "h", null)).getMessage());
    assertEquals("code", assertThrows(NullPointerException.class, () -> Warning.of(null, "h", "t")).getMessage());
    assertEquals("warnings contains null", assertThrows(NullPointerException.class,
        () -> Warning.format(java.util.Arrays.asList(new Warning(300, "h", "t"), null))).getMessage());
  }
}
