package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Diagnosis;
import io.github.sipcodes.Explanation;
import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.RequestDirection;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.ResponseHead;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one response means where it was seen: the situation it is explained for, the next step, the call outcome and
 * the Q.850 cause that decided it. The command takes these from the library's {@link Diagnosis}, read by
 * {@link ResponseHead#diagnosis}, and adds only what needs the whole call.
 *
 * <ul>
 *   <li><b>Situation.</b> A response to REGISTER is about a registration (RFC 3261 §10). A response to INVITE is an
 *       incoming call when the local side ({@code --local}) sent it, an outgoing call when the local side received
 *       it (RFC 3261 §8.2.6, §8.1.3: the side that answers is the one that received the request); when the direction
 *       is not known, the general text. Responses to other methods get the general text.
 *   <li><b>Advice and call outcome.</b> {@link Diagnosis#retryAdvice()} (Retry-After applied, RFC 3261 §20.33) and
 *       {@link Diagnosis#callOutcome()} (refined by the Q.850 cause of the {@code Reason} values, RFC 6432 §3).
 *   <li><b>Answered elsewhere.</b> A 487 Request Terminated to an INVITE (RFC 3261 §9.2) whose CANCEL carried
 *       {@code Reason: SIP;cause=200} was answered on another phone of a forked call (RFC 3326 §1, §3): not a missed
 *       call, so it is not a failed call either. Only the whole call shows this, so it is added here.
 * </ul>
 *
 * @implSpec This is an immutable and thread-safe record.
 * @param diagnosis what the response and its headers say, in its situation
 * @param answeredElsewhere whether this is a 487 to an INVITE that a CANCEL ended because the call was answered on
 *     another phone
 */
public record ResponseReading(Diagnosis diagnosis, boolean answeredElsewhere) {

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
    // The situation comes from the method given (the CSeq the analysis read) and the direction, as the library
    // derives it (Situation.forRequest); the rest of the diagnosis from the headers.
    Diagnosis read = head.diagnosis(Situation.REGISTRATION);
    Optional<Situation> situation = method == null ? Optional.empty() : switch (direction) {
      // The local side sent the response, so it received the request; and the other way round.
      case SENT -> Situation.forRequest(method, RequestDirection.RECEIVED);
      case RECEIVED -> Situation.forRequest(method, RequestDirection.SENT);
      case UNKNOWN -> REGISTER.equals(method) ? Optional.of(Situation.REGISTRATION) : Optional.empty();
    };
    Diagnosis diagnosis = new Diagnosis(
        read.response(), situation, read.retryAfter(), read.q850Cause(), read.sipCause(), read.warnCodes());
    boolean elsewhere = completedElsewhere && diagnosis.response().code() == 487 && INVITE.equals(method);
    return new ResponseReading(diagnosis, elsewhere);
  }

  /**
   * The status code.
   *
   * @return the response
   */
  public SipResponse response() {
    return diagnosis.response();
  }

  /**
   * The situation the response is explained for.
   *
   * @return the situation, or {@code null} for the general text
   */
  public @Nullable Situation situation() {
    return diagnosis.situation().orElse(null);
  }

  /**
   * The next step.
   *
   * @return the advice, with Retry-After applied
   */
  public RetryAdvice advice() {
    return diagnosis.retryAdvice();
  }

  /**
   * The delay of the {@code Retry-After} header.
   *
   * @return the delay, or empty
   */
  public Optional<Duration> retryAfter() {
    return diagnosis.retryAfter();
  }

  /**
   * The first Q.850 cause of the {@code Reason} values.
   *
   * @return the cause, or empty
   */
  public Optional<Q850Cause> q850Cause() {
    return diagnosis.q850Cause();
  }

  /**
   * The call outcome, refined by the Q.850 cause.
   *
   * @return the outcome
   */
  public CallOutcome outcome() {
    return diagnosis.callOutcome();
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
    Situation situation = situation();
    return situation == null ? response().explain(locale) : response().explain(locale, situation);
  }

  /**
   * Whether this final response ends a call attempt as a failure: a final response to INVITE whose outcome is a
   * failure, unless the call was answered elsewhere.
   *
   * @return {@code true} for a failed call attempt
   */
  public boolean isFailure() {
    return outcome().isFailure() && !answeredElsewhere;
  }

  /**
   * Whether the Q.850 cause says more than the code: it decides another call outcome than the code alone.
   *
   * @return {@code true} if the cause's text is the better summary
   */
  public boolean causeIsMoreSpecific() {
    return q850Cause().isPresent() && outcome() != response().callOutcome();
  }
}
