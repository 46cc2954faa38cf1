package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Diagnosis;
import io.github.sipcodes.Explanation;
import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.SipStatus;
import io.github.sipcodes.WarningCode;
import io.github.sipcodes.wire.ParseMode;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.Warning;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What sipcodes must make of each response a real SIP stack received: shared by the JAIN-SIP and the SIPp tests, so
 * that both peers are held to the same answers. One block per case: an assertion on a header sipcodes will parse
 * later (Reason, Warning, an explanation) goes in that case's block.
 */
final class WireExpectations {

  private WireExpectations() {}

  /** Checks 180 Ringing, sent before every final response to an INVITE. */
  static void assertRinging(ReceivedResponse ringing) {
    assertAll(
        () -> assertEquals(180, ringing.code()),
        () -> assertSame(SipStatus.RINGING, ringing.status()),
        () -> assertTrue(ringing.status().isProvisional()),
        () -> assertFalse(ringing.status().isFinal()),
        () -> assertFalse(ringing.status().isRetryable()),
        () -> assertSame(RetryAdvice.DoNotRetry.INSTANCE, ringing.advice()));
  }

  /** Checks the final response of a case, as received. */
  static void assertFinal(WireCase sent, ReceivedResponse received) {
    assertEquals(sent.code(), received.code(), "status code on the wire");
    assertEquals(sent.reasonPhrase(), received.reasonPhrase(), "reason phrase on the wire");
    assertTrue(received.status().isFinal());
    switch (sent) {
      case UNAUTHORIZED -> assertAll(
          () -> assertSame(SipStatus.UNAUTHORIZED, received.status()),
          () -> assertTrue(received.status().isAuthChallenge()),
          () -> assertTrue(received.status().isAuthRelated()),
          () -> assertFalse(received.status().isRetryable()),
          () -> assertEquals(
              new RetryAdvice.RetryWithCredentials("WWW-Authenticate", "Authorization"), received.advice()),
          () -> assertNotNull(received.wwwAuthenticate(), "the challenge the advice points to"),
          () -> assertTrue(
              Objects.requireNonNullElse(received.wwwAuthenticate(), "").startsWith("Digest "),
              received.wwwAuthenticate()),
          () -> assertNull(received.retryAfter()),
          () -> assertEquals(CallOutcome.AUTHENTICATION_FAILED, received.status().callOutcome()),
          // RFC 3261 §22.2: on REGISTER a 401 is the first step of registration, not an error.
          () -> assertEquals(
              "Credentials requested", received.status().explain(Locale.ENGLISH, Situation.REGISTRATION).summary()));
      case BUSY_HERE -> assertAll(
          () -> assertSame(SipStatus.BUSY_HERE, received.status()),
          () -> assertTrue(received.status().isRetryable()),
          () -> assertFalse(received.status().isAuthChallenge()),
          // RFC 3261 §20.33: the delay is the number before the comment and parameters.
          () -> assertEquals(600, received.retryAfterSeconds()),
          () -> assertEquals(3600, received.retryAfterDuration()),
          // RFC 3261 §20.33: the earliest time the callee expects to be available, not an automatic redial.
          () -> assertEquals(
              new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofMinutes(10))), received.advice()),
          () -> assertEquals(RetryAdvice.CalleeReachableLater.UNSPECIFIED, received.status().retryAdvice()),
          () -> assertFalse(received.advice().allowsAutomaticRetry()),
          () -> assertEquals(
              new RetryAfter(
                  Duration.ofMinutes(10), Optional.of(Duration.ofHours(1)), Optional.of("in a meeting"), List.of()),
              RetryAfter.parse(Objects.requireNonNull(received.retryAfter()))),
          () -> assertEquals(
              received.advice(),
              received.status().retryAdvice(RetryAfter.parse(Objects.requireNonNull(received.retryAfter())).delay())),
          () -> assertEquals(CallOutcome.BUSY, received.status().callOutcome()),
          () -> assertEquals("Busy", received.status().explain(Locale.ENGLISH).summary()),
          () -> assertEquals("Besetzt", received.status().explain(Locale.GERMAN).summary()),
          () -> assertEquals(Optional.of(Q850Cause.USER_BUSY), Q850Cause.fromSipResponse(received.status())));
      case SERVICE_UNAVAILABLE -> assertAll(
          () -> assertSame(SipStatus.SERVICE_UNAVAILABLE, received.status()),
          () -> assertTrue(received.status().isRetryable()),
          () -> assertEquals("120", received.retryAfter()),
          () -> assertEquals(120, received.retryAfterSeconds()),
          // JAIN-SIP pitfall: no duration parameter reads as -1, not as 0 or as the delay.
          () -> assertEquals(-1, received.retryAfterDuration()),
          // RFC 3261 §21.5.4: avoid this server for the Retry-After time, try another one now.
          () -> assertEquals(
              new RetryAdvice.TryAlternateServer(Optional.of(Duration.ofMinutes(2))), received.advice()),
          () -> assertEquals(Duration.ofMinutes(2), RetryAfter.parse("120").delay()),
          () -> assertEquals(
              RetryAfter.parse(Objects.requireNonNull(received.retryAfter())).duration(), Optional.empty()),
          () -> assertEquals(CallOutcome.NETWORK_FAILURE, received.status().callOutcome()));
      case DECLINE -> assertAll(
          () -> assertSame(SipStatus.DECLINE, received.status()),
          () -> assertTrue(received.status().isGlobalFailure()),
          () -> assertFalse(received.status().isRetryable()),
          () -> assertSame(RetryAdvice.DoNotRetry.INSTANCE, received.advice()),
          () -> assertEquals(List.of("Q.850;cause=21;text=\"Call rejected\""), received.reasons()),
          () -> {
            List<Reason> reasons = Reason.parseAll(received.reasons().get(0), ParseMode.STRICT).orElseThrow();
            assertEquals(1, reasons.size());
            assertEquals("Q.850", reasons.get(0).protocol());
            assertEquals(OptionalInt.of(21), reasons.get(0).cause());
            assertEquals(Optional.of("Call rejected"), reasons.get(0).text());
            assertEquals(Optional.of(Q850Cause.CALL_REJECTED), reasons.get(0).q850Cause());
          },
          () -> assertEquals(CallOutcome.DECLINED, received.status().callOutcome()),
          () -> assertEquals("Declined", received.status().explain(Locale.ENGLISH).summary()));
      case NOT_ACCEPTABLE_HERE -> assertAll(
          () -> assertSame(SipStatus.NOT_ACCEPTABLE_HERE, received.status()),
          () -> assertFalse(received.status().isRetryable()),
          () -> assertEquals(new RetryAdvice.RetryWithChanges("Warning"), received.advice()),
          () -> assertEquals(List.of("305 127.0.0.1 \"Incompatible media format\""), received.warnings()),
          () -> {
            Warning warning = Warning.parseAll(received.warnings().get(0), ParseMode.STRICT).orElseThrow().get(0);
            assertEquals(new Warning(305, "127.0.0.1", "Incompatible media format"), warning);
            assertEquals(Optional.of(WarningCode.INCOMPATIBLE_MEDIA_FORMAT), warning.warningCode());
            // RFC 3398 §8.2.6.1: a 488 about the media format maps to cause 65, bearer capability.
            assertEquals(
                Optional.of(Q850Cause.BEARER_CAPABILITY_NOT_IMPLEMENTED),
                Q850Cause.fromSipResponse(received.status(), warning.code()));
          },
          () -> assertEquals(CallOutcome.MEDIA_MISMATCH, received.status().callOutcome()),
          () -> assertFalse(received.status().explain(Locale.ENGLISH).hints().isEmpty()));
      case NOT_FOUND -> assertAll(
          () -> assertSame(SipStatus.NOT_FOUND, received.status()),
          () -> assertTrue(received.status().isClientFailure()),
          () -> assertFalse(received.status().isRetryable()),
          () -> assertSame(RetryAdvice.DoNotRetry.INSTANCE, received.advice()),
          () -> assertNull(received.retryAfter()),
          () -> assertEquals(List.of(), received.reasons()),
          () -> assertEquals(List.of(), received.warnings()),
          () -> assertEquals(CallOutcome.NOT_FOUND, received.status().callOutcome()),
          () -> assertEquals(
              "Number not in service",
              received.status().explain(Locale.ENGLISH, Situation.OUTGOING_CALL).summary()),
          () -> assertEquals(Optional.of(Q850Cause.UNALLOCATED_NUMBER), Q850Cause.fromSipResponse(received.status())));
      case NO_ANSWER -> assertAll(
          () -> assertSame(SipStatus.TEMPORARILY_UNAVAILABLE, received.status()),
          () -> assertEquals(300, received.retryAfterSeconds()),
          // RFC 3261 §20.33: with 480 the delay says when the callee is expected back; a person decides.
          () -> assertEquals(
              new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofMinutes(5))), received.advice()),
          // Every header arrives, in order: getHeaders, not getHeader (which gives the first only).
          () -> assertEquals(
              List.of("Q.850;cause=19;text=\"NO_ANSWER\"", "SIP;cause=480;text=\"Temporarily Unavailable\""),
              received.reasons()),
          () -> assertEquals(
              List.of("399 gw1.example.com \"Subscriber not answering\"",
                  "370 gw2.example.com \"Insufficient bandwidth\""),
              received.warnings()),
          // By the code alone the callee was unavailable; the cause (see assertDiagnosis) says it rang unanswered.
          () -> assertEquals(CallOutcome.UNAVAILABLE, received.status().callOutcome()));
    }
  }

  /**
   * Checks the {@link Diagnosis} the README's example makes of a final response of a case: everything that came with
   * the response, read through {@code ResponseHead.ofHeaders}, and what it means.
   *
   * @param sent the case
   * @param situation the situation of the request the UAC sent ({@code INVITE}: an outgoing call; {@code REGISTER})
   * @param received what the README's example made of the response
   */
  static void assertDiagnosis(WireCase sent, Situation situation, Diagnosis received) {
    Diagnosis alone = Diagnosis.of(SipResponse.of(sent.code()), situation);
    Diagnosis expected = switch (sent) {
      case UNAUTHORIZED, NOT_FOUND -> alone;
      case BUSY_HERE -> alone.withRetryAfter(Duration.ofMinutes(10));
      case SERVICE_UNAVAILABLE -> alone.withRetryAfter(Duration.ofMinutes(2));
      case DECLINE -> alone.withQ850Cause(Q850Cause.CALL_REJECTED);
      case NOT_ACCEPTABLE_HERE -> alone.withWarnCodes(List.of(305));
      case NO_ANSWER -> alone.withRetryAfter(Duration.ofMinutes(5))
          .withQ850Cause(Q850Cause.NO_ANSWER_FROM_USER)
          .withSipCause(SipStatus.TEMPORARILY_UNAVAILABLE)
          .withWarnCodes(List.of(399, 370));
    };
    assertEquals(expected, received);
    Explanation explained = received.explain(Locale.ENGLISH);
    switch (sent) {
      case UNAUTHORIZED -> {
        if (situation == Situation.REGISTRATION) {
          assertEquals("Credentials requested", explained.summary());
        }
      }
      case DECLINE -> assertAll(
          () -> assertEquals(CallOutcome.DECLINED, received.callOutcome()),
          () -> assertEquals("Call rejected", explained.summary()));
      case NOT_ACCEPTABLE_HERE -> assertAll(
          () -> assertEquals(CallOutcome.MEDIA_MISMATCH, received.callOutcome()),
          () -> assertEquals("No common codec", explained.summary()));
      case NO_ANSWER -> assertAll(
          () -> assertEquals(CallOutcome.NO_ANSWER, received.callOutcome()),
          () -> assertEquals(
              new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofMinutes(5))), received.retryAdvice()),
          () -> assertEquals("No answer", explained.summary()),
          () -> assertEquals(Q850Cause.NO_ANSWER_FROM_USER.explain(Locale.ENGLISH).hints(),
              explained.hints().subList(0, Q850Cause.NO_ANSWER_FROM_USER.explain(Locale.ENGLISH).hints().size())),
          () -> assertTrue(explained.hints().containsAll(
              SipStatus.TEMPORARILY_UNAVAILABLE.explain(Locale.ENGLISH, situation).hints()), "the code's hints"));
      default -> assertEquals(received.response().explain(Locale.ENGLISH, situation), explained);
    }
  }
}
