package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CallOutcomeTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.sipcodes.ResponseSemantics#all")
  void callOutcome_isWhatTheTableSays(ResponseSemantics.Row row) {
    assertSame(row.outcome(), SipResponse.of(row.code()).callOutcome(), row::toString);
  }

  /** Every code without a constant shows as the table row of the code it is treated as (RFC 3261 §8.1.3.2). */
  @Test
  void unregisteredCodes_showAsTheirTreatment() {
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      if (SipStatus.find(code).isEmpty()) {
        CallOutcome expected = ResponseSemantics.row(code < 200 ? 183 : code / 100 * 100).outcome();
        assertSame(expected, SipResponse.of(code).callOutcome(), "code " + code);
      }
    }
  }

  @Test // RFC 3261 §21.3.5: "The call was not successful"
  void alternativeService_isAFailure() {
    assertTrue(SipStatus.ALTERNATIVE_SERVICE.callOutcome().isFailure());
    assertFalse(SipStatus.MOVED_TEMPORARILY.callOutcome().isFailure());
  }

  /** Which Q.850 causes decide the outcome, written from Q.850's cause names; the rest leave the code's outcome. */
  @ParameterizedTest(name = "{0} with cause {1} -> {2}")
  @CsvSource({
    // RFC 3398 §7.2.4.1 maps 21, 55, 57 and 87 to 403: a rejected call, not refused credentials (except 57)
    "403, 21, DECLINED",
    "403, 55, DECLINED",
    "403, 87, DECLINED",
    "403, 57, AUTHENTICATION_FAILED",
    // 480 from 19 (rang, nobody answered) or 18, and from 20 (switched off, absent)
    "480, 19, NO_ANSWER",
    "480, 18, NO_ANSWER",
    "480, 20, UNAVAILABLE",
    "480, 31, UNAVAILABLE",
    "408, 18, NO_ANSWER",
    "502, 27, UNAVAILABLE",
    // 503 from a full trunk is congestion, from a broken network a failure
    "503, 34, CONGESTION",
    "503, 42, CONGESTION",
    "503, 38, NETWORK_FAILURE",
    "503, 41, NETWORK_FAILURE",
    "503, 47, NETWORK_FAILURE",
    "503, 88, MEDIA_MISMATCH",
    "503, 58, MEDIA_MISMATCH",
    "488, 65, MEDIA_MISMATCH",
    "488, 70, MEDIA_MISMATCH",
    "404, 1, NOT_FOUND",
    "404, 2, NOT_FOUND",
    "404, 3, NOT_FOUND",
    "410, 22, NOT_FOUND",
    "404, 26, NOT_FOUND",
    "486, 17, BUSY",
    "484, 28, ADDRESS_INCOMPLETE",
    "603, 24, DECLINED",
    // a cause that came with a different code wins where it is more specific
    "487, 19, NO_ANSWER",
    "487, 16, CANCELLED",
    "500, 17, BUSY",
    "699, 21, DECLINED",
    // causes that say no more than the code
    "486, 16, BUSY",
    "500, 127, NETWORK_FAILURE",
    "401, 111, AUTHENTICATION_FAILED",
    // responses that are not failures keep their outcome
    "200, 16, ANSWERED",
    "200, 17, ANSWERED",
    "183, 17, IN_PROGRESS",
    "302, 21, REDIRECTED",
    "380, 17, BUSY",
  })
  void of_letsTheCauseDecideWhereItIsMoreSpecific(int code, int cause, CallOutcome outcome) {
    assertSame(outcome, CallOutcome.of(SipResponse.of(code), Q850Cause.of(cause)));
  }

  /** Every cause, on a response that is not a failure, leaves the outcome as it is. */
  @Test
  void of_neverChangesAnAnsweredCall() {
    for (Q850Cause cause : Q850Cause.values()) {
      assertSame(CallOutcome.ANSWERED, CallOutcome.of(SipStatus.OK, cause), cause::toString);
    }
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void of_rejectsNull() {
    assertEquals(
        "response",
        assertThrows(NullPointerException.class, () -> CallOutcome.of(null, Q850Cause.USER_BUSY)).getMessage());
    assertEquals(
        "cause", assertThrows(NullPointerException.class, () -> CallOutcome.of(SipStatus.OK, null)).getMessage());
  }

  @Test
  void isFinal_andIsFailure() {
    Set<CallOutcome> notFailures = EnumSet.of(CallOutcome.IN_PROGRESS, CallOutcome.ANSWERED, CallOutcome.REDIRECTED);
    for (CallOutcome outcome : CallOutcome.values()) {
      assertEquals(outcome != CallOutcome.IN_PROGRESS, outcome.isFinal(), outcome::name);
      assertEquals(!notFailures.contains(outcome), outcome.isFailure(), outcome::name);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "IN_PROGRESS, In progress",
    "ANSWERED, Answered",
    "BUSY, Busy",
    "NO_ANSWER, No answer",
    "DECLINED, Declined",
    "NOT_FOUND, Number not found",
    "UNAVAILABLE, Unavailable",
    "CONGESTION, Network congested",
    "CANCELLED, Cancelled",
    "ADDRESS_INCOMPLETE, Incomplete number",
    "MEDIA_MISMATCH, Incompatible media",
    "AUTHENTICATION_FAILED, Not allowed",
    "REDIRECTED, Redirected",
    "NETWORK_FAILURE, Network error",
    "OTHER_FAILURE, Failed"
  })
  void label_inEnglish_isTheHandKeptLabel(CallOutcome outcome, String label) {
    assertEquals(label, outcome.label(Locale.ENGLISH));
    assertSame(outcome.label(Locale.ENGLISH), outcome.label(Locale.UK), "the same text, no copy");
  }

  @ParameterizedTest
  @EnumSource(CallOutcome.class)
  void label_keyIsTheLowerCaseName_andTheResourceBundleHasIt(CallOutcome outcome) {
    String key = "outcome." + outcome.name().toLowerCase(Locale.ROOT) + ".label";
    assertEquals(ExplanationBundleTest.english().get(key), outcome.label(Locale.ENGLISH));
    assertEquals(outcome.label(Locale.GERMAN), Explanation.resourceBundle(Locale.GERMAN).getString(key));
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  void label_rejectsNull() {
    assertThrows(NullPointerException.class, () -> CallOutcome.BUSY.label(null));
  }
}
