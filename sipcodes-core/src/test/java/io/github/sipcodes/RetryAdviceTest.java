package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every retry decision, each test naming the RFC section it rests on. */
class RetryAdviceTest {

  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** The codes the issue and RFC 3261 §21 call temporary; every other registered code is not retryable unchanged. */
  @ParameterizedTest
  @EnumSource(SipStatus.class)
  void retryableCodes_areExactlyTheTemporaryOnes(SipStatus status) {
    boolean expected =
        switch (status.code()) {
          case 408, 480, 486, 491, 500, 503, 504, 600 -> true;
          default -> false;
        };
    assertEquals(expected, status.isRetryable(), status::toString);
  }

  @ParameterizedTest // RFC 3261 §21.4.9, §21.4.18, §21.4.24, §21.5.1, §21.5.5, §21.6.1
  @ValueSource(ints = {408, 480, 486, 500, 504, 600})
  void temporaryFailures_retryLaterWithoutAKnownDelay(int code) {
    assertEquals(new RetryAdvice.RetryLater(Optional.empty()), SipResponse.of(code).retryAdvice());
  }

  @Test // RFC 3263 §4.3 and RFC 3261 §21.5.4
  void serviceUnavailable_triesAnAlternateServer() {
    assertEquals(
        new RetryAdvice.TryAlternateServer(Optional.empty()), SipStatus.SERVICE_UNAVAILABLE.retryAdvice());
    assertEquals(
        new RetryAdvice.TryAlternateServer(Optional.of(TEN_MINUTES)),
        SipStatus.SERVICE_UNAVAILABLE.retryAdvice(TEN_MINUTES));
  }

  @Test // RFC 3261 §21.5.4: without Retry-After, act as after a 500 toward this server; both may be retried
  void serviceUnavailableWithoutRetryAfter_isRetryableLike500() {
    assertTrue(SipStatus.SERVICE_UNAVAILABLE.isRetryable());
    assertEquals(SipStatus.SERVER_INTERNAL_ERROR.isRetryable(), SipStatus.SERVICE_UNAVAILABLE.isRetryable());
    assertFalse(
        ((RetryAdvice.TryAlternateServer) SipStatus.SERVICE_UNAVAILABLE.retryAdvice())
            .retryThisServerAfter()
            .isPresent());
  }

  @ParameterizedTest // RFC 3261 §20.33: these codes use Retry-After for when the callee is available again
  @ValueSource(ints = {404, 413, 480, 486, 500, 600, 603})
  void retryAfter_turnsTheCallbackCodesIntoRetryLater(int code) {
    RetryAdvice advice = SipResponse.of(code).retryAdvice(TEN_MINUTES);
    assertEquals(new RetryAdvice.RetryLater(Optional.of(TEN_MINUTES)), advice);
    assertTrue(advice.allowsUnchangedRetry());
  }

  @ParameterizedTest // RFC 3261 §20.33 does not give Retry-After a meaning for these: their advice stands
  @ValueSource(ints = {401, 403, 407, 420, 423, 491, 302, 180, 200, 410, 484, 604, 606, 607, 608})
  void retryAfter_doesNotChangeCodesWhoseRequestMustChangeOrThatAreFinal(int code) {
    SipResponse response = SipResponse.of(code);
    assertSame(response.retryAdvice(), response.retryAdvice(TEN_MINUTES));
  }

  @ParameterizedTest // RFC 3261 §8.1.3.2: unknown 5xx act as 500 and take the delay; unknown 4xx act as 400
  @CsvSource({"599, true", "699, true", "499, false", "150, false"})
  void retryAfter_onUnregisteredCodes_followsTheirTreatment(int code, boolean takesDelay) {
    RetryAdvice advice = SipResponse.of(code).retryAdvice(Duration.ofSeconds(30));
    assertEquals(takesDelay, advice.equals(new RetryAdvice.RetryLater(Optional.of(Duration.ofSeconds(30)))));
  }

  @Test
  void retryAfter_mustBeZeroOrMore() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SipStatus.BUSY_HERE.retryAdvice(Duration.ofSeconds(-1)));
    assertEquals("Invalid retry delay: PT-1S (expected zero or more)", e.getMessage());
    assertEquals(
        new RetryAdvice.RetryLater(Optional.of(Duration.ZERO)), SipStatus.BUSY_HERE.retryAdvice(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> SipResponse.of(599).retryAdvice(Duration.ofSeconds(-5)));
  }

  @ParameterizedTest // the delay is checked even where it does not change the advice
  @ValueSource(ints = {401, 491, 200, 499})
  void negativeRetryAfter_isRejectedForEveryCode(int code) {
    assertThrows(IllegalArgumentException.class, () -> SipResponse.of(code).retryAdvice(Duration.ofSeconds(-1)));
  }

  /** The advice stored in each constant at class initialization is what the rules give for its code now. */
  @ParameterizedTest
  @MethodSource("io.github.sipcodes.SipResponseTest#allCodes")
  void storedAdvice_isWhatTheRulesGive(int code) {
    SipStatus treated = SipResponse.of(code).treatedAs();
    RetryAdvice rule = RetryRules.adviceFor(treated.code());
    assertEquals(rule, treated.retryAdvice());
    assertEquals(rule.allowsUnchangedRetry(), treated.isRetryable());
  }

  @Test
  void retryAfter_rejectsNull() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SipResponse.of(599).retryAdvice(nullDuration()));
    assertEquals("retryAfter", e.getMessage());
  }

  @Test // RFC 3261 §22.2
  void unauthorized_retriesWithAuthorization() {
    RetryAdvice.RetryWithCredentials advice =
        assertInstanceOf(RetryAdvice.RetryWithCredentials.class, SipStatus.UNAUTHORIZED.retryAdvice());
    assertEquals("WWW-Authenticate", advice.challengeHeader());
    assertEquals("Authorization", advice.credentialsHeader());
    assertFalse(SipStatus.UNAUTHORIZED.isRetryable());
  }

  @Test // RFC 3261 §22.3
  void proxyAuthenticationRequired_retriesWithProxyAuthorization() {
    assertEquals(
        new RetryAdvice.RetryWithCredentials("Proxy-Authenticate", "Proxy-Authorization"),
        SipStatus.PROXY_AUTHENTICATION_REQUIRED.retryAdvice());
  }

  @ParameterizedTest // each row: code, the header that says how to change the request, and its RFC section
  @CsvSource({
    "405, Allow, RFC 3261 §21.4.6",
    "412, SIP-If-Match, RFC 3903 §5",
    "415, Accept, RFC 3261 §21.4.13",
    "417, Accept-Resource-Priority, RFC 4412 §4.7.1",
    "420, Unsupported, RFC 3261 §21.4.15",
    "421, Require, RFC 3261 §21.4.16",
    "422, Min-SE, RFC 4028 §7.4",
    "423, Min-Expires, RFC 3261 §10.2.8",
    "424, Geolocation-Error, RFC 6442 §4.3",
    "428, Identity, RFC 8224 §6.2.2",
    "429, Referred-By, RFC 3892 §2.1",
    "438, Identity, RFC 8224 §6.1.1",
    "469, Recv-Info, RFC 6086 §4.2.1",
    "488, Warning, RFC 3261 §21.4.26",
    "489, Allow-Events, RFC 6665 §8.3.2",
    "494, Security-Server, RFC 3329 §2.3.1",
    "606, Warning, RFC 3261 §21.6.4",
  })
  void requestsThatMustChange_nameTheHeaderThatSaysHow(int code, String header, String section) {
    assertEquals(new RetryAdvice.RetryWithChanges(header), SipResponse.of(code).retryAdvice(), section);
    assertFalse(SipResponse.of(code).isRetryable(), section);
  }

  @ParameterizedTest // RFC 3261 §8.1.3.4; unknown 3xx are treated as 300 (§8.1.3.2)
  @ValueSource(ints = {300, 301, 302, 305, 399})
  void redirects_followContact(int code) {
    RetryAdvice advice = SipResponse.of(code).retryAdvice();
    assertSame(RetryAdvice.FollowRedirect.INSTANCE, advice);
    assertEquals("Contact", ((RetryAdvice.FollowRedirect) advice).header());
    assertFalse(advice.allowsUnchangedRetry());
  }

  @Test // RFC 3261 §21.3.5: the alternatives are described in the body, not a Contact to follow
  void alternativeService_isNotARedirectToFollow() {
    assertSame(RetryAdvice.DoNotRetry.INSTANCE, SipStatus.ALTERNATIVE_SERVICE.retryAdvice());
  }

  @ParameterizedTest // RFC 3261 §21.4.4 (403), §21.4.5, §21.4.10, §21.4.22, §21.4.23, §21.6.2-§21.6.3; RFC 8197 §4; RFC 8688 §3
  @ValueSource(ints = {403, 404, 410, 484, 485, 603, 604, 607, 608})
  void finalAnswers_doNotRetry(int code) {
    assertSame(RetryAdvice.DoNotRetry.INSTANCE, SipResponse.of(code).retryAdvice());
  }

  @ParameterizedTest // RFC 5626 §11.5 and RFC 5079 §5: an endpoint handles 430 and 433 as 400
  @ValueSource(ints = {400, 430, 433, 413, 414, 416, 481, 482, 483, 493, 505, 513})
  void requestsThatCannotSucceedAsSent_doNotRetry(int code) {
    assertSame(RetryAdvice.DoNotRetry.INSTANCE, SipResponse.of(code).retryAdvice());
  }

  @Test
  void provisionalAndSuccess_haveNothingToRetry() {
    IntStream.rangeClosed(100, 299)
        .forEach(code -> assertSame(RetryAdvice.DoNotRetry.INSTANCE, SipResponse.of(code).retryAdvice()));
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
        () -> new RetryAdvice.TryAlternateServer(Optional.of(Duration.ofMillis(-1))));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RetryAdvice.RetryWithChanges(" "));
    assertEquals("Invalid header name: \" \" (expected a header field name)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RetryAdvice.RetryWithCredentials("", "Authorization"));
    assertThrows(
        IllegalArgumentException.class, () -> new RetryAdvice.RetryWithCredentials("WWW-Authenticate", ""));
  }

  @Test
  void adviceIsBuiltOnce() {
    assertSame(SipStatus.REQUEST_TIMEOUT.retryAdvice(), SipStatus.BUSY_HERE.retryAdvice());
    assertSame(SipStatus.INTERVAL_TOO_BRIEF.retryAdvice(), SipStatus.INTERVAL_TOO_BRIEF.retryAdvice());
  }

  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  private static Duration nullDuration() {
    return null;
  }
}
