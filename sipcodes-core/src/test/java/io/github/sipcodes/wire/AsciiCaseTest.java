package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in SIP are ASCII and compared without regard to case (RFC 3261 §7.3.1): the letters that
 * {@link String#equalsIgnoreCase} also folds (Turkish dotless ı and dotted İ, the Kelvin sign K, the long s ſ) are
 * other characters, not the ASCII letters they resemble.
 */
class AsciiCaseTest {

  @ParameterizedTest
  @CsvSource({
    "duration, DURATION, true",
    "Call-ID, call-id, true",
    "SIP/, sip/, true",
    "duratıon, duration, false",
    "Call-İD, Call-ID, false",
    "\u212Aey, key, false",
    "cauſe, cause, false",
    "cause, causes, false",
    "@, `, false",
    "[, {, false"
  })
  void equals_foldsOnlyAsciiLetters(String a, String b, boolean same) {
    assertEquals(same, AsciiCase.equals(a, b));
    assertEquals(same, AsciiCase.equals(b, a));
  }

  @Test
  void regionMatches_isFalse_outsideTheText() {
    assertTrue(AsciiCase.regionMatches("x SIP/2.0", 2, "sip/"));
    assertFalse(AsciiCase.regionMatches("x SIP", 2, "sip/"));
    assertFalse(AsciiCase.regionMatches("SIP/", -1, "SIP/"));
    assertTrue(AsciiCase.regionMatches("SIP/", 4, ""));
  }

  @Test
  void aParameterNameWithATurkishI_isNotADuration_butBadInput() {
    assertThrows(SipParseException.class, () -> RetryAfter.parse("120;duratıon=60"));
  }

  @Test
  void aReasonParameterWithALongS_isNotACause_butAnUnparsedPart() {
    HeaderValues<Reason> reasons = Reason.parseAll("Q.850;cauſe=16");
    assertEquals(List.of(), reasons.values());
    assertEquals(1, reasons.unparsed().size());
  }

  @Test
  void aHeaderNameWithADottedI_isAnotherHeader() {
    ResponseHead head = ResponseHead.parse("SIP/2.0 200 OK\r\nCall-İD: x\r\n\r\n");
    assertEquals(Optional.empty(), head.callId());
    assertEquals(Optional.of("x"), head.header("Call-İD"));
  }
}
