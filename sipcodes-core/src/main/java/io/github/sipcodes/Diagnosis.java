package io.github.sipcodes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A SIP response together with what came with it, and what it all means: the code alone often does not say. A 480
 * with {@code Reason: Q.850;cause=19} is a call that rang unanswered, with cause 20 a phone that is switched off; a
 * 503 with cause 34 is a full trunk; a 401 to a {@code REGISTER} is the normal first step of registering, while a 401
 * to an incoming {@code INVITE} is a fault.
 *
 * <pre>{@code
 * Diagnosis d = Diagnosis.of(SipResponse.of(480), "INVITE", RequestDirection.SENT)
 *     .withQ850Cause(Q850Cause.NO_ANSWER_FROM_USER)
 *     .withRetryAfter(Duration.ofSeconds(120));
 * d.situation();                                // Optional[OUTGOING_CALL]
 * d.callOutcome();                              // NO_ANSWER, where 480 alone is UNAVAILABLE
 * d.retryAdvice();                              // CalleeReachableLater, not before 120 s
 * d.explain(Locale.ENGLISH).summary();          // "No answer": the cause leads
 * d.explain(Locale.ENGLISH).hints();            // the cause's hints, then those of 480 on an outgoing call
 *
 * // From a whole response on the wire: io.github.sipcodes.wire.ResponseHead reads all of it.
 * Diagnosis d = ResponseHead.parse(datagram).diagnosis(RequestDirection.SENT);
 * }</pre>
 *
 * <p><b>What it holds.</b> The {@linkplain #response() response}; its {@linkplain #situation() situation}, given, or
 * found from the method of the request it answers and whether this side sent or received that request
 * ({@link Situation#forRequest(String, RequestDirection)}); the delay of its {@code Retry-After} header (RFC 3261
 * §20.33); the Q.850 cause and the SIP cause of its {@code Reason} header (RFC 3326 §2, in responses RFC 6432); and the
 * warn-codes of its {@code Warning} headers (RFC 3261 §20.43), in order. RFC 3326 allows one Reason value per
 * protocol, and RFC 9366 more only for protocols that say what several mean, which neither SIP nor Q.850 does: so
 * one cause of each. This is a model type: it knows no header syntax, and {@code ResponseHead.diagnosis} in
 * {@code io.github.sipcodes.wire} builds it from a response as received.
 *
 * <p><b>What it answers.</b>
 *
 * <ul>
 *   <li>{@link #retryAdvice()}: {@link SipResponse#retryAdvice(Duration)} with the {@code Retry-After} delay, or
 *       {@link SipResponse#retryAdvice()} without one.
 *   <li>{@link #callOutcome()}: {@link CallOutcome#of(SipResponse, Q850Cause)} with the Q.850 cause, or
 *       {@link SipResponse#callOutcome()} without one. The cause refines the code where it is more specific: a 480
 *       is {@link CallOutcome#NO_ANSWER} with cause 18 or 19 and {@link CallOutcome#UNAVAILABLE} with 20; a 503 with
 *       34 is {@link CallOutcome#CONGESTION}; a 403 with 21 is {@link CallOutcome#DECLINED}, while with 57 (the
 *       caller is not allowed this kind of call) it stays {@link CallOutcome#AUTHENTICATION_FAILED}. The SIP cause
 *       and the warn-codes do not change the outcome.
 *   <li>{@link #explain(Locale)}: one {@link Explanation} that leads with the most specific evidence and keeps the
 *       code's hints (see there).
 * </ul>
 *
 * <p>Immutable and thread-safe; equal when all components are equal.
 *
 * @param response the response
 * @param situation where it was met, or empty where the meaning does not depend on it or is unknown
 * @param retryAfter the delay of its {@code Retry-After} header, zero or more, or empty
 * @param q850Cause the cause of its {@code Reason: Q.850;cause=N} value, or empty
 * @param sipCause the cause of its {@code Reason: SIP;cause=NNN} value, or empty
 * @param warnCodes the warn-codes of its {@code Warning} values, in order, 0 to 999 each; unmodifiable
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.33">RFC 3261 §20.33 Retry-After</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.43">RFC 3261 §20.43 Warning</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3326#section-2">RFC 3326 §2 Reason</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6432">RFC 6432 Q.850 causes in responses</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9366">RFC 9366 Multiple Reason values</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-7.2.4.1">RFC 3398 §7.2.4.1</a>
 * @since 0.1.0
 */
public record Diagnosis(
    SipResponse response,
    Optional<Situation> situation,
    Optional<Duration> retryAfter,
    Optional<Q850Cause> q850Cause,
    Optional<SipResponse> sipCause,
    List<Integer> warnCodes) {

  /**
   * Checks the components and makes {@code warnCodes} an unmodifiable copy.
   *
   * @param response the response
   * @param situation where it was met, or empty
   * @param retryAfter the {@code Retry-After} delay, or empty
   * @param q850Cause the Q.850 cause, or empty
   * @param sipCause the SIP cause, or empty
   * @param warnCodes the warn-codes, in order; copied
   * @throws IllegalArgumentException if {@code retryAfter} is negative, or a warn-code is not between 0 and 999
   * @throws NullPointerException if any argument or warn-code is {@code null}
   */
  public Diagnosis {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(retryAfter, "retryAfter").ifPresent(Diagnosis::checkDelay);
    Objects.requireNonNull(q850Cause, "q850Cause");
    Objects.requireNonNull(sipCause, "sipCause");
    warnCodes = List.copyOf(Objects.requireNonNull(warnCodes, "warnCodes"));
    warnCodes.forEach(WarningCode::checkCode);
  }

  /**
   * Makes the diagnosis of a response with nothing else known: no situation, no {@code Retry-After}, no causes, no
   * warnings. Add what is known with the {@code with} methods.
   *
   * @param response the response
   * @return the diagnosis
   * @throws NullPointerException if {@code response} is {@code null}
   */
  public static Diagnosis of(SipResponse response) {
    return new Diagnosis(response, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * Makes the diagnosis of a response met in a known situation.
   *
   * <pre>{@code
   * Diagnosis.of(SipResponse.of(401), Situation.REGISTRATION).explain(Locale.ENGLISH).summary();
   * // "Credentials requested": the normal first step of registering
   * }</pre>
   *
   * @param response the response
   * @param situation where it was met
   * @return the diagnosis
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Diagnosis of(SipResponse response, Situation situation) {
    return of(response).withSituation(situation);
  }

  /**
   * Makes the diagnosis of a response to a request with a method, which this side sent or received: the situation
   * is {@link Situation#forRequest(String, RequestDirection)} ({@code REGISTER}: registration; {@code INVITE}: an
   * outgoing or an incoming call; any other method: none).
   *
   * <pre>{@code
   * Diagnosis.of(SipResponse.of(401), "INVITE", RequestDirection.RECEIVED).situation();   // Optional[INCOMING_CALL]
   * Diagnosis.of(SipResponse.of(401), "REGISTER", RequestDirection.SENT).situation();     // Optional[REGISTRATION]
   * }</pre>
   *
   * @param response the response
   * @param method the method of the request it answers, as in its {@code CSeq} (RFC 3261 §20.16)
   * @param direction whether this side sent or received that request
   * @return the diagnosis
   * @throws NullPointerException if an argument is {@code null}
   */
  public static Diagnosis of(SipResponse response, String method, RequestDirection direction) {
    return new Diagnosis(response, Situation.forRequest(method, direction), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of());
  }

  /**
   * Returns a copy with a situation.
   *
   * @param situation where the response was met
   * @return the copy
   * @throws NullPointerException if {@code situation} is {@code null}
   */
  public Diagnosis withSituation(Situation situation) {
    return new Diagnosis(response, Optional.of(Objects.requireNonNull(situation, "situation")), retryAfter, q850Cause,
        sipCause, warnCodes);
  }

  /**
   * Returns a copy with the delay of the response's {@code Retry-After} header.
   *
   * @param delay the delay, zero or more
   * @return the copy
   * @throws IllegalArgumentException if {@code delay} is negative
   * @throws NullPointerException if {@code delay} is {@code null}
   */
  public Diagnosis withRetryAfter(Duration delay) {
    return new Diagnosis(response, situation, Optional.of(checkDelay(Objects.requireNonNull(delay, "delay"))),
        q850Cause, sipCause, warnCodes);
  }

  /**
   * Returns a copy with the Q.850 cause of the response's {@code Reason} header.
   *
   * @param cause the cause, as in {@code Reason: Q.850;cause=N}
   * @return the copy
   * @throws NullPointerException if {@code cause} is {@code null}
   */
  public Diagnosis withQ850Cause(Q850Cause cause) {
    return new Diagnosis(response, situation, retryAfter, Optional.of(Objects.requireNonNull(cause, "cause")),
        sipCause, warnCodes);
  }

  /**
   * Returns a copy with the SIP cause of the response's {@code Reason} header.
   *
   * @param cause the cause, as in {@code Reason: SIP;cause=NNN}
   * @return the copy
   * @throws NullPointerException if {@code cause} is {@code null}
   */
  public Diagnosis withSipCause(SipResponse cause) {
    return new Diagnosis(response, situation, retryAfter, q850Cause,
        Optional.of(Objects.requireNonNull(cause, "cause")), warnCodes);
  }

  /**
   * Returns a copy with the warn-codes of the response's {@code Warning} headers, replacing any it had.
   *
   * @param codes the warn-codes, in the order of the header values
   * @return the copy
   * @throws IllegalArgumentException if a warn-code is not between 0 and 999
   * @throws NullPointerException if {@code codes} or a code is {@code null}
   */
  public Diagnosis withWarnCodes(List<Integer> codes) {
    return new Diagnosis(response, situation, retryAfter, q850Cause, sipCause, codes);
  }

  /**
   * Returns what a client should do next: {@link SipResponse#retryAdvice(Duration)} with the {@code Retry-After}
   * delay, or {@link SipResponse#retryAdvice()} without one (RFC 3261 §20.33).
   *
   * @return the advice, never {@code null}
   */
  public RetryAdvice retryAdvice() {
    return retryAfter.isPresent() ? response.retryAdvice(retryAfter.get()) : response.retryAdvice();
  }

  /**
   * Returns how the call attempt shows in a call log: {@link CallOutcome#of(SipResponse, Q850Cause)} with the Q.850
   * cause, else {@link SipResponse#callOutcome()}. Meant for the final response to an {@code INVITE}; for other
   * requests it is what the code would mean for a call.
   *
   * @return the outcome, never {@code null}
   */
  public CallOutcome callOutcome() {
    return q850Cause.isPresent() ? CallOutcome.of(response, q850Cause.get()) : response.callOutcome();
  }

  /**
   * Explains the response and what came with it to people, in one {@link Explanation} that leads with the most
   * specific evidence.
   *
   * <p>For a failure (4xx, 5xx, 6xx) the evidence, most specific first, is:
   *
   * <ol>
   *   <li>the Q.850 cause ({@link Q850Cause#explain(Locale)}), unless it is 16 (normal call clearing), 31 (normal,
   *       unspecified) or 127 (interworking, unspecified), which say nothing the code does not;
   *   <li>each registered warn-code but 399, once, in order ({@link WarningCode#explain(Locale)}): a
   *       {@code 305 Incompatible media format} says why a 488 happened;
   *   <li>the SIP cause, when it is a failure other than the response's own code (its explanation in the situation).
   * </ol>
   *
   * <p>The first of them gives the summary and the description; the hints are those of every piece of evidence in
   * that order, then the code's own hints for the situation ({@link SipResponse#explain(Locale, Situation)}), then
   * those of warn-code 399 and of unregistered warn-codes (read the warning's text), each hint once. Without
   * evidence, and for a response that is not a failure, it is the code's explanation for the situation, the same
   * instance as {@link SipResponse#explain(Locale, Situation)} (or {@link SipResponse#explain(Locale)} without a
   * situation).
   *
   * <pre>{@code
   * Diagnosis.of(SipResponse.of(503), Situation.OUTGOING_CALL)
   *     .withQ850Cause(Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE)
   *     .explain(Locale.ENGLISH).summary();   // "No free line", not "Service unavailable"
   * }</pre>
   *
   * <p>The parts are cached explanations; combining them makes a new {@code Explanation} on each call.
   *
   * @param locale the language wanted, matched as for {@link SipResponse#explain(Locale)}
   * @return the explanation, never {@code null}
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public Explanation explain(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Explanation code = situation.isPresent() ? response.explain(locale, situation.get()) : response.explain(locale);
    if (response.code() < 400) {
      return code;
    }
    List<Explanation> evidence = new ArrayList<>();
    List<Explanation> notes = new ArrayList<>();
    q850Cause.filter(Diagnosis::isSpecific).ifPresent(cause -> evidence.add(cause.explain(locale)));
    Set<Integer> seen = new HashSet<>();
    for (int warnCode : warnCodes) {
      if (seen.add(warnCode)) {
        Optional<WarningCode> registered = WarningCode.find(warnCode);
        boolean specific = registered.isPresent() && registered.get() != WarningCode.MISCELLANEOUS_WARNING;
        (specific ? evidence : notes).add(Explanation.ofWarning(warnCode, locale));
      }
    }
    sipCause.filter(cause -> cause.code() >= 400 && cause.code() != response.code())
        .ifPresent(cause -> evidence.add(
            situation.isPresent() ? cause.explain(locale, situation.get()) : cause.explain(locale)));
    if (evidence.isEmpty()) {
      return notes.isEmpty() ? code : new Explanation(code.locale(), code.summary(), code.description(),
          hints(List.of(code), notes));
    }
    Explanation lead = evidence.get(0);
    evidence.add(code);
    return new Explanation(lead.locale(), lead.summary(), lead.description(), hints(evidence, notes));
  }

  /** The hints of each explanation in order, each once. */
  private static List<String> hints(List<Explanation> first, List<Explanation> then) {
    Set<String> hints = new LinkedHashSet<>();
    first.forEach(explanation -> hints.addAll(explanation.hints()));
    then.forEach(explanation -> hints.addAll(explanation.hints()));
    return List.copyOf(hints);
  }

  /** Causes 16, 31 and 127 say nothing that the status code does not. */
  private static boolean isSpecific(Q850Cause cause) {
    return cause != Q850Cause.NORMAL_CALL_CLEARING
        && cause != Q850Cause.NORMAL_UNSPECIFIED
        && cause != Q850Cause.INTERWORKING_UNSPECIFIED;
  }

  private static Duration checkDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("Invalid Retry-After delay: " + delay + " (expected zero or more)");
    }
    return delay;
  }
}
