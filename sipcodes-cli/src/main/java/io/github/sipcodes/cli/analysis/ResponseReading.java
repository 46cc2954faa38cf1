package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Explanation;
import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.ResponseHead;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.SipParseException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one response means where it was seen: the situation it is explained for, the next step, the call outcome and
 * the Q.850 cause that decided it. The command derives these here and nowhere else.
 *
 * <ul>
 *   <li><b>Situation.</b> A response to REGISTER is about a registration (RFC 3261 §10). A response to INVITE is an
 *       incoming call when the local side ({@code --local}) sent it, an outgoing call when the local side received
 *       it (RFC 3261 §8.2.6, §8.1.3: the side that answers is the one that received the request); when the direction
 *       is not known, the general text. Responses to other methods get the general text.
 *   <li><b>Advice.</b> {@link SipResponse#retryAdvice(Duration)} with the first {@code Retry-After} that parses
 *       (RFC 3261 §20.33), {@link SipResponse#retryAdvice()} without one.
 *   <li><b>Call outcome.</b> {@link CallOutcome#of(SipResponse, Q850Cause)} with the first Q.850 cause of the
 *       response's {@code Reason} values (RFC 6432 §3), {@link SipResponse#callOutcome()} without one.
 *   <li><b>Answered elsewhere.</b> A 487 Request Terminated to an INVITE (RFC 3261 §9.2) whose CANCEL carried
 *       {@code Reason: SIP;cause=200} was answered on another phone of a forked call (RFC 3326 §1, §3): not a missed
 *       call, so it is not a failed call either.
 * </ul>
 *
 * @implSpec This is an immutable and thread-safe record.
 * @param response the status code
 * @param situation the situation the response is explained for, or {@code null} for the general text
 * @param advice the next step
 * @param retryAfter the delay of the first {@code Retry-After} that parses
 * @param q850Cause the first Q.850 cause of the {@code Reason} values
 * @param outcome the call outcome, for a response to INVITE
 * @param answeredElsewhere whether this is a 487 to an INVITE that a CANCEL ended because the call was answered on
 *     another phone
 */
public record ResponseReading(
    SipResponse response,
    @Nullable Situation situation,
    RetryAdvice advice,
    Optional<Duration> retryAfter,
    Optional<Q850Cause> q850Cause,
    CallOutcome outcome,
    boolean answeredElsewhere) {

  /** The method whose responses are about a registration (RFC 3261 §10). */
  static final String REGISTER = "REGISTER";

  /** The method whose responses are about a call (RFC 3261 §13). */
  static final String INVITE = "INVITE";

  /**
   * Reads a response.
   *
   * @param head the response
   * @param method the method of its request, from its {@code CSeq}, or {@code null} if it has none that parses
   * @param direction which way the response went, seen from {@code --local}
   * @param completedElsewhere whether a CANCEL of its call said the call was answered elsewhere
   * @return the reading
   */
  public static ResponseReading of(
      ResponseHead head, @Nullable String method, Direction direction, boolean completedElsewhere) {
    SipResponse response = head.response();
    Situation situation = situation(method, direction);
    Optional<Duration> delay = retryAfter(head);
    RetryAdvice advice = delay.isPresent() ? response.retryAdvice(delay.get()) : response.retryAdvice();
    Optional<Q850Cause> cause = q850Cause(head);
    CallOutcome outcome = cause.isPresent() ? CallOutcome.of(response, cause.get()) : response.callOutcome();
    boolean elsewhere = completedElsewhere && response.code() == 487 && INVITE.equals(method);
    return new ResponseReading(response, situation, advice, delay, cause, outcome, elsewhere);
  }

  private static @Nullable Situation situation(@Nullable String method, Direction direction) {
    if (REGISTER.equals(method)) {
      return Situation.REGISTRATION;
    }
    if (!INVITE.equals(method)) {
      return null;
    }
    return switch (direction) {
      case SENT -> Situation.INCOMING_CALL;
      case RECEIVED -> Situation.OUTGOING_CALL;
      case UNKNOWN -> null;
    };
  }

  private static Optional<Duration> retryAfter(ResponseHead head) {
    for (String value : head.headers("Retry-After")) {
      try {
        return Optional.of(RetryAfter.parse(value).delay());
      } catch (SipParseException e) {
        // the next one, if any; the report shows the value that did not parse
      }
    }
    return Optional.empty();
  }

  private static Optional<Q850Cause> q850Cause(ResponseHead head) {
    for (Reason reason : head.reasons()) {
      Optional<Q850Cause> cause = reason.q850Cause();
      if (cause.isPresent()) {
        return cause;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a CANCEL's {@code Reason} says that the call was answered elsewhere: protocol {@code SIP}, cause 200
   * (RFC 3326 §2, §3).
   *
   * @param reason a value of the CANCEL's {@code Reason} header
   * @return {@code true} for {@code SIP;cause=200}
   */
  static boolean meansAnsweredElsewhere(Reason reason) {
    return reason.sipResponse().map(response -> response.code() == 200).orElse(false);
  }

  /**
   * The explanation of the response for its situation.
   *
   * @param locale the language
   * @return the explanation
   */
  public Explanation explain(Locale locale) {
    return situation == null ? response.explain(locale) : response.explain(locale, situation);
  }

  /**
   * Whether this final response ends a call attempt as a failure: a final response to INVITE whose outcome is a
   * failure, unless the call was answered elsewhere.
   *
   * @return {@code true} for a failed call attempt
   */
  public boolean isFailure() {
    return outcome.isFailure() && !answeredElsewhere;
  }

  /**
   * Whether the Q.850 cause says more than the code: it decides another call outcome than the code alone.
   *
   * @return {@code true} if the cause's text is the better summary
   */
  public boolean causeIsMoreSpecific() {
    return q850Cause.isPresent() && outcome != response.callOutcome();
  }
}
