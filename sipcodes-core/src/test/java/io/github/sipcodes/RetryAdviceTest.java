package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every retry decision against the hand-kept table {@code response-semantics.csv}, and the advice types' rules. */
class RetryAdviceTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.sipcodes.ResponseSemantics#all")
  void advice_isWhatTheTableSays(ResponseSemantics.Row row) {
    SipResponse response = SipResponse.of(row.code());
    assertEquals(row.advice(), response.retryAdvice(), row::toString);
    assertEquals(row.retryable(), response.isRetryable(), row::toString);
    assertEquals(row.automatic(), response.retryAdvice().allowsAutomaticRetry(), row::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.sipcodes.ResponseSemantics#all")
  void retryAfter_changesTheAdviceAsTheTableSays(ResponseSemantics.Row row) {
    assertEquals(
        row.withRetryAfter(), SipResponse.of(row.code()).retryAdvice(ResponseSemantics.RETRY_AFTER), row::toString);
  }

  @Test
  void table_hasARowForEveryConstant() {
    Set<SipStatus> missing = EnumSet.allOf(SipStatus.class);
    ResponseSemantics.all().forEach(row -> SipStatus.find(row.code()).ifPresent(missing::remove));
    assertEquals(Set.of(), missing);
  }

  /** RFC 3261 §8.1.3.2: every code without a constant answers as the row of the code it is treated as. */
  @Test
  void unregisteredCodes_adviseAsTheTableRowOfTheirTreatment() {
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      if (SipStatus.find(code).isPresent()) {
        continue;
      }
      ResponseSemantics.Row treated = ResponseSemantics.row(code < 200 ? 183 : code / 100 * 100);
      SipResponse response = SipResponse.of(code);
      assertEquals(treated.advice(), response.retryAdvice(), "code " + code);
      assertEquals(treated.retryable(), response.isRetryable(), "code " + code);
      assertEquals(treated.withRetryAfter(), response.retryAdvice(ResponseSemantics.RETRY_AFTER), "code " + code);
    }
  }

  /** The first defect: a busy callee is not something to redial automatically. */
  @ParameterizedTest
  @ValueSource(ints = {480, 486, 600, 699})
  void calleeMayBeReachableLater_isNotAnAutomaticRetry(int code) {
    RetryAdvice advice = SipResponse.of(code).retryAdvice();
    RetryAdvice.CalleeReachableLater later = assertInstanceOf(RetryAdvice.CalleeReachableLater.class, advice);
    assertEquals(Optional.empty(), later.notBefore());
    assertFalse(advice instanceof RetryAdvice.RetryLater);
    assertFalse(advice.allowsAutomaticRetry());
    assertTrue(advice.allowsUnchangedRetry());
    assertTrue(SipResponse.of(code).isRetryable());
  }

  /** isRetryable() answers for the code alone; a Retry-After may widen it, never narrow it (javadoc). */
  @Test
  void retryAfter_neverTakesAwayAnUnchangedRetry() {
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      SipResponse response = SipResponse.of(code);
      if (response.isRetryable()) {
        assertTrue(response.retryAdvice(Duration.ofSeconds(1)).allowsUnchangedRetry(), "code " + code);
      }
    }
    assertFalse(SipStatus.DECLINE.isRetryable());
    assertTrue(SipStatus.DECLINE.retryAdvice(Duration.ofHours(1)).allowsUnchangedRetry());
  }

  @Test
  void retryAfter_mustBeZeroOrMore() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SipStatus.BUSY_HERE.retryAdvice(Duration.ofSeconds(-1)));
    assertEquals("Invalid retry delay: PT-1S (expected zero or more)", e.getMessage());
    assertEquals(
        new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ZERO)),
        SipStatus.BUSY_HERE.retryAdvice(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> SipResponse.of(599).retryAdvice(Duration.ofSeconds(-5)));
  }

  @ParameterizedTest // the delay is checked even where it does not change the advice
  @ValueSource(ints = {401, 491, 200, 499})
  void negativeRetryAfter_isRejectedForEveryCode(int code) {
    assertThrows(IllegalArgumentException.class, () -> SipResponse.of(code).retryAdvice(Duration.ofSeconds(-1)));
  }

  @Test
  void retryAfter_rejectsNull() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SipResponse.of(599).retryAdvice(nullDuration()));
    assertEquals("retryAfter", e.getMessage());
    assertThrows(NullPointerException.class, () -> SipStatus.BUSY_HERE.retryAdvice(nullDuration()));
  }

  @Test // RFC 3261 §21.3.4: a proxy for this one request, not a new target and nothing to remember
  void useProxy_namesTheProxyInContact_andIsNotARedirect() {
    RetryAdvice advice = SipStatus.USE_PROXY.retryAdvice();
    assertSame(RetryAdvice.UseProxy.INSTANCE, advice);
    assertEquals("Contact", RetryAdvice.UseProxy.INSTANCE.header());
    assertFalse(advice instanceof RetryAdvice.FollowRedirect);
    assertEquals("Contact", RetryAdvice.FollowRedirect.INSTANCE.header());
  }

  @Test // RFC 3261 §14.1: 2.1-4 s for the Call-ID owner, 0-2 s otherwise, in 10 ms units
  void requestPending_backsOffAtRandomInTheRfcWindows() {
    RetryAdvice.RandomBackoff backoff =
        assertInstanceOf(RetryAdvice.RandomBackoff.class, SipStatus.REQUEST_PENDING.retryAdvice());
    assertEquals(Duration.ofMillis(2100), backoff.minDelay(true));
    assertEquals(Duration.ofSeconds(4), backoff.maxDelay(true));
    assertEquals(Duration.ZERO, backoff.minDelay(false));
    assertEquals(Duration.ofSeconds(2), backoff.maxDelay(false));
    SplittableRandom random = new SplittableRandom(3261);
    boolean sawMin = false;
    boolean sawMax = false;
    for (int i = 0; i < 20_000; i++) {
      Duration owner = backoff.chooseDelay(true, random);
      assertTrue(owner.compareTo(Duration.ofMillis(2100)) >= 0 && owner.compareTo(Duration.ofSeconds(4)) <= 0);
      assertEquals(0, owner.toMillis() % 10, "10 ms units");
      Duration other = backoff.chooseDelay(false, random);
      assertTrue(!other.isNegative() && other.compareTo(Duration.ofSeconds(2)) <= 0);
      sawMin |= other.isZero();
      sawMax |= owner.equals(Duration.ofSeconds(4));
    }
    assertTrue(sawMin && sawMax, "both ends of the window are reachable");
  }

  @Test
  void adviceRecords_validateTheirComponents() {
    assertThrows(
        IllegalArgumentException.class, () -> new RetryAdvice.RetryLater(Optional.of(Duration.ofSeconds(-1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofSeconds(-1))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryAdvice.TryAlternateServer(Optional.of(Duration.ofMillis(-1))));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RetryAdvice.RetryWithChanges(" "));
    assertEquals("Invalid header name: \" \" (expected a header field name)", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryAdvice.RetryWithHeaderChange("", RetryAdvice.HeaderChange.ADD));
    assertEquals(
        "change",
        assertThrows(NullPointerException.class, () -> new RetryAdvice.RetryWithHeaderChange("Identity", nullChange()))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RetryAdvice.RetryWithCredentials("", "Authorization"));
    assertThrows(
        IllegalArgumentException.class, () -> new RetryAdvice.RetryWithCredentials("WWW-Authenticate", ""));
  }

  @Test
  void adviceIsBuiltOnce() {
    assertSame(SipStatus.TEMPORARILY_UNAVAILABLE.retryAdvice(), SipStatus.BUSY_HERE.retryAdvice());
    assertSame(SipStatus.REQUEST_TIMEOUT.retryAdvice(), SipStatus.SERVER_INTERNAL_ERROR.retryAdvice());
    assertSame(SipStatus.INTERVAL_TOO_BRIEF.retryAdvice(), SipStatus.INTERVAL_TOO_BRIEF.retryAdvice());
    assertSame(SipStatus.USE_IDENTITY_HEADER.retryAdvice(), SipStatus.INVALID_IDENTITY_HEADER.retryAdvice());
  }

  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  private static Duration nullDuration() {
    return null;
  }

  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  private static RetryAdvice.HeaderChange nullChange() {
    return null;
  }
}
