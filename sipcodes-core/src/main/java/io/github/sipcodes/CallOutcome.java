package io.github.sipcodes;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a call attempt ended, as a call log or a call detail record (CDR) shows it: the final response to an INVITE
 * reduced to what a person or a billing system cares about.
 *
 * <pre>{@code
 * SipResponse.of(486).callOutcome();   // BUSY
 * SipResponse.of(487).callOutcome();   // CANCELLED
 * SipResponse.of(200).callOutcome();   // ANSWERED
 * CallOutcome.of(SipResponse.of(480), Q850Cause.NO_ANSWER_FROM_USER);   // NO_ANSWER
 * }</pre>
 *
 * <p>{@link SipResponse#callOutcome()} maps every code 100 to 699 with this table. A code no RFC defines has the
 * outcome of the status it is {@linkplain SipResponse#treatedAs() treated as} (RFC 3261 §8.1.3.2), so that the call
 * log agrees with the retry decision: 499 shows as 400, 599 as 500, 699 as 600.
 *
 * <table class="striped">
 *   <caption>Status codes and call outcomes</caption>
 *   <thead><tr><th scope="col">Outcome</th><th scope="col">Codes</th></tr></thead>
 *   <tbody>
 *     <tr><th scope="row">{@link #IN_PROGRESS}</th><td>every 1xx</td></tr>
 *     <tr><th scope="row">{@link #ANSWERED}</th><td>every 2xx</td></tr>
 *     <tr><th scope="row">{@link #REDIRECTED}</th><td>300, 301, 302, 305</td></tr>
 *     <tr><th scope="row">{@link #BUSY}</th><td>486, 600</td></tr>
 *     <tr><th scope="row">{@link #NO_ANSWER}</th><td>408</td></tr>
 *     <tr><th scope="row">{@link #DECLINED}</th><td>433, 603, 607, 608</td></tr>
 *     <tr><th scope="row">{@link #NOT_FOUND}</th><td>404, 410, 485, 604</td></tr>
 *     <tr><th scope="row">{@link #UNAVAILABLE}</th><td>480</td></tr>
 *     <tr><th scope="row">{@link #CONGESTION}</th><td>none by code alone; a Q.850 cause (below)</td></tr>
 *     <tr><th scope="row">{@link #CANCELLED}</th><td>487</td></tr>
 *     <tr><th scope="row">{@link #ADDRESS_INCOMPLETE}</th><td>484</td></tr>
 *     <tr><th scope="row">{@link #MEDIA_MISMATCH}</th><td>488, 580, 606</td></tr>
 *     <tr><th scope="row">{@link #AUTHENTICATION_FAILED}</th><td>the codes for which
 *       {@link SipResponse#isAuthRelated()} is true</td></tr>
 *     <tr><th scope="row">{@link #NETWORK_FAILURE}</th><td>430, 482, 483 and every 5xx</td></tr>
 *     <tr><th scope="row">{@link #OTHER_FAILURE}</th><td>380 and every other 4xx and 6xx</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Why these choices: 408 to an INVITE is what a proxy sends when nobody answered before its timer ran out
 * (RFC 3261 §16.8), and RFC 3398 §7.2.4.1 maps Q.850 cause 18 (no user responding) to it. 480 means the callee was
 * not reachable: not logged in, do-not-disturb (§21.4.18). 433 (RFC 5079) is the callee refusing anonymous calls.
 * 380 is a failure: the call was not successful, only alternatives are offered (§21.3.5). 403 is what providers send
 * for rejected credentials, blocked addresses and unpaid balances, so it is grouped with the authentication codes;
 * an ISUP gateway also sends it for a rejected call, which the Q.850 cause reveals. 430 (RFC 5626), 482 and 483 are
 * routing failures inside the network, not an answer from the callee. 580 (RFC 3312) means the media preconditions
 * could not be met.
 *
 * <p><b>With a Q.850 cause.</b> When a response carries a Q.850 cause ({@code Reason: Q.850;cause=N}, RFC 6432), the
 * cause says what happened on the ISDN or ISUP side and is often more specific than the code: a 480 with 19 is a
 * call that rang unanswered, with 20 a phone that is switched off. {@link #of(SipResponse, Q850Cause)} lets the
 * cause decide where this table gives it an outcome; for other causes, and for responses that are not failures, the
 * code decides.
 *
 * <table class="striped">
 *   <caption>Q.850 causes that decide the outcome</caption>
 *   <thead><tr><th scope="col">Outcome</th><th scope="col">Q.850 causes</th></tr></thead>
 *   <tbody>
 *     <tr><th scope="row">{@link #NOT_FOUND}</th><td>1 unallocated number, 2 and 3 no route, 22 number
 *       changed</td></tr>
 *     <tr><th scope="row">{@link #BUSY}</th><td>17 user busy</td></tr>
 *     <tr><th scope="row">{@link #NO_ANSWER}</th><td>18 no user responding, 19 no answer from user</td></tr>
 *     <tr><th scope="row">{@link #UNAVAILABLE}</th><td>20 subscriber absent, 27 destination out of order</td></tr>
 *     <tr><th scope="row">{@link #DECLINED}</th><td>21 call rejected, 24 rejected due to a feature at the
 *       destination, 55 incoming calls barred within a closed user group, 87 user not member of the group</td></tr>
 *     <tr><th scope="row">{@link #ADDRESS_INCOMPLETE}</th><td>28 invalid number format</td></tr>
 *     <tr><th scope="row">{@link #CONGESTION}</th><td>34 no circuit or channel available, 42 switching equipment
 *       congestion</td></tr>
 *     <tr><th scope="row">{@link #NETWORK_FAILURE}</th><td>38 network out of order, 41 temporary failure</td></tr>
 *     <tr><th scope="row">{@link #MEDIA_MISMATCH}</th><td>58 bearer capability not available, 65 not
 *       implemented, 70 only restricted digital bearer, 88 incompatible destination</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>So a 403 with cause 21 is {@link #DECLINED}, while a 403 with cause 57 (bearer capability not authorized: the
 * caller's subscription does not allow the service) stays {@link #AUTHENTICATION_FAILED}. Cause 16 (normal
 * clearing), 31 (normal, unspecified) and the rest say nothing more than the code.
 *
 * <p><b>For people.</b> {@link #label(Locale)} gives a short label for a call log in any supported language
 * ({@code "No answer"}), from the same bundles as the explanations (key {@code outcome.O.label}, O being the constant's
 * name in lower case, see {@link Explanation}).
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-7.2.4.1">RFC 3398 §7.2.4.1</a>
 * @since 0.1.0
 */
public enum CallOutcome {
  /** No outcome yet: a provisional (1xx) response; the call has not ended. */
  IN_PROGRESS,
  /** The call was answered (2xx). */
  ANSWERED,
  /** The callee was busy (486 Busy Here, 600 Busy Everywhere; Q.850 cause 17). */
  BUSY,
  /**
   * The callee's phone was reached but nobody answered in time (408; Q.850 causes 18 and 19).
   *
   * @since 0.1.0
   */
  NO_ANSWER,
  /** The callee or a service refused the call (433, 603 Decline, 607 Unwanted, 608 Rejected; Q.850 cause 21). */
  DECLINED,
  /** The number or address does not exist (404, 410, 485, 604; Q.850 cause 1). */
  NOT_FOUND,
  /** The callee could not be reached: not logged in, switched off, do-not-disturb (480; Q.850 causes 20, 27). */
  UNAVAILABLE,
  /**
   * The network had no capacity for the call: no free circuit or channel, or congested switching equipment (Q.850
   * causes 34 and 42, which RFC 3398 maps to 503). No status code alone gives this outcome.
   *
   * @since 0.1.0
   */
  CONGESTION,
  /** The caller hung up before the call was answered (487 Request Terminated). */
  CANCELLED,
  /** The dialled number was incomplete (484 Address Incomplete; Q.850 cause 28). */
  ADDRESS_INCOMPLETE,
  /** The two sides found no common media or codec (488, 580, 606). */
  MEDIA_MISMATCH,
  /**
   * The caller's credentials, authorization or identity were refused: the codes for which
   * {@link SipResponse#isAuthRelated()} is true.
   */
  AUTHENTICATION_FAILED,
  /** The call was redirected (300, 301, 302, 305); the client may follow the new address. */
  REDIRECTED,
  /** A server or network element failed (5xx, and the routing failures 430, 482, 483). */
  NETWORK_FAILURE,
  /** Any other failure (380 and every other 4xx and 6xx). */
  OTHER_FAILURE;

  /** The key of this outcome's label in the bundles, made once: a constant for an allocation-free lookup. */
  private final String labelKey = "outcome." + name().toLowerCase(Locale.ROOT) + ".label";

  /**
   * Returns a short label for this outcome in a language, as a call log or a call detail record shows it:
   * {@code "Busy"}, {@code "No answer"}, {@code "Declined"}.
   *
   * <pre>{@code
   * CallOutcome.NO_ANSWER.label(Locale.ENGLISH);                    // "No answer"
   * SipResponse.of(486).callOutcome().label(Locale.GERMAN);         // the German label for BUSY
   * }</pre>
   *
   * <p>The text is the bundle key {@code outcome.O.label}, O being {@code name().toLowerCase(Locale.ROOT)}
   * ({@code outcome.no_answer.label}); applications can add or replace it with an
   * {@link io.github.sipcodes.spi.ExplanationTextProvider}, and {@link Explanation#resourceBundle(Locale)} includes
   * it. The locale is matched by language and falls back to English, never to the JVM's default locale; a label no
   * bundle has becomes the constant's name. Allocates nothing.
   *
   * @param locale the language wanted
   * @return the label, never {@code null}
   * @throws NullPointerException if {@code locale} is {@code null}
   * @throws java.util.ServiceConfigurationError if a provider of texts fails
   * @since 0.1.0
   */
  public String label(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Explanations.label(labelKey, name(), locale);
  }

  /**
   * Returns the outcome of a call attempt that ended with a response carrying a Q.850 cause: the cause decides where
   * the class javadoc gives it an outcome, the response decides otherwise.
   *
   * <p>A response that is not a failure ({@link #IN_PROGRESS}, {@link #ANSWERED}, {@link #REDIRECTED}) keeps its
   * outcome whatever the cause: a call that was answered was answered.
   *
   * <pre>{@code
   * CallOutcome.of(SipResponse.of(403), Q850Cause.CALL_REJECTED);         // DECLINED, not AUTHENTICATION_FAILED
   * CallOutcome.of(SipResponse.of(480), Q850Cause.SUBSCRIBER_ABSENT);     // UNAVAILABLE
   * CallOutcome.of(SipResponse.of(480), Q850Cause.NO_ANSWER_FROM_USER);   // NO_ANSWER
   * CallOutcome.of(SipResponse.of(503), Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE);   // CONGESTION
   * CallOutcome.of(SipResponse.of(200), Q850Cause.NORMAL_CALL_CLEARING);  // ANSWERED
   * }</pre>
   *
   * <p>Constant time; allocates nothing.
   *
   * @param response the final response to the INVITE
   * @param cause the Q.850 cause that came with it, as in {@code Reason: Q.850;cause=N} (RFC 6432)
   * @return the outcome, never {@code null}
   * @throws NullPointerException if {@code response} or {@code cause} is {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6432">RFC 6432</a>
   * @since 0.1.0
   */
  public static CallOutcome of(SipResponse response, Q850Cause cause) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(cause, "cause");
    CallOutcome byCode = response.callOutcome();
    CallOutcome byCause = byCode.isFailure() ? forCause(cause) : null;
    return byCause != null ? byCause : byCode;
  }

  /** The outcome a Q.850 cause decides, or {@code null} where it says no more than the status code. */
  private static @Nullable CallOutcome forCause(Q850Cause cause) {
    return switch (cause.value()) {
      case 1, 2, 3, 22 -> NOT_FOUND;
      case 17 -> BUSY;
      case 18, 19 -> NO_ANSWER;
      case 20, 27 -> UNAVAILABLE;
      case 21, 24, 55, 87 -> DECLINED;
      case 28 -> ADDRESS_INCOMPLETE;
      case 34, 42 -> CONGESTION;
      case 38, 41 -> NETWORK_FAILURE;
      case 58, 65, 70, 88 -> MEDIA_MISMATCH;
      default -> null;
    };
  }

  /**
   * Returns the outcome of a code a client acts on (a registered code, or the one it is treated as), for
   * {@link SipStatus}'s constructor: by code, so that it needs no constant while the constants are being built.
   */
  static CallOutcome forCode(int code, boolean authRelated) {
    return switch (code) {
      case 300, 301, 302, 305 -> REDIRECTED;
      case 486, 600 -> BUSY;
      case 408 -> NO_ANSWER;
      case 433, 603, 607, 608 -> DECLINED;
      case 404, 410, 485, 604 -> NOT_FOUND;
      case 480 -> UNAVAILABLE;
      case 487 -> CANCELLED;
      case 484 -> ADDRESS_INCOMPLETE;
      case 488, 580, 606 -> MEDIA_MISMATCH;
      case 430, 482, 483 -> NETWORK_FAILURE;
      default -> authRelated ? AUTHENTICATION_FAILED : byClass(code);
    };
  }

  private static CallOutcome byClass(int code) {
    return switch (code / 100) {
      case 1 -> IN_PROGRESS;
      case 2 -> ANSWERED;
      case 5 -> NETWORK_FAILURE;
      default -> OTHER_FAILURE;
    };
  }

  /**
   * Tells whether the call has ended: every outcome but {@link #IN_PROGRESS}.
   *
   * @return {@code true} for a final outcome
   */
  public boolean isFinal() {
    return this != IN_PROGRESS;
  }

  /**
   * Tells whether the call failed: every outcome but {@link #IN_PROGRESS}, {@link #ANSWERED} and
   * {@link #REDIRECTED}.
   *
   * @return {@code true} for a failed call
   */
  public boolean isFailure() {
    return this != IN_PROGRESS && this != ANSWERED && this != REDIRECTED;
  }
}
