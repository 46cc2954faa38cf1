package io.github.sipcodes;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIP response status code (100 to 699) and what it means: its class, reason phrase, defining RFC, and what a
 * client should do next.
 *
 * <pre>{@code
 * SipResponse busy = SipResponse.of(486);
 * busy.reasonPhrase();          // "Busy Here"
 * busy.isClientFailure();       // true
 * SipResponse.of(503).isRetryable();     // true
 * SipResponse.of(499).treatedAs();       // 400 Bad Request (RFC 3261 §8.1.3.2)
 * }</pre>
 *
 * <p>{@link #of(int)} returns one cached instance per valid code: the {@link SipStatus} constant when the code has
 * one (every registered code, and the historic 409 and 411), otherwise an {@link UnregisteredStatus}. The two never
 * stand for the same code. Equality, not {@code ==}, is the contract: it is equality of {@link #code()} across both
 * types ({@code UnregisteredStatus} has a public constructor, so other equal instances can exist). On Java 21 and
 * later a pattern {@code switch} over the two is exhaustive:
 *
 * <pre>{@code
 * String label = switch (response) {
 *   case SipStatus status -> status.name();
 *   case UnregisteredStatus unknown -> "unregistered " + unknown.code();
 * };
 * }</pre>
 *
 * <p>Lookup and classification are constant-time and allocate nothing.
 *
 * @implSpec Implementations are immutable and thread-safe; the interface is sealed.
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.2">RFC 3261 §7.2 Responses</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21">RFC 3261 §21 Response Codes</a>
 * @since 0.1.0
 */
public sealed interface SipResponse permits SipStatus, UnregisteredStatus {

  /** The lowest valid status code, 100. RFC 3261 §7.2 gives every code three digits, the first 1 to 6. */
  int MIN_CODE = 100;

  /** The highest valid status code, 699. RFC 3261 §7.2 gives every code three digits, the first 1 to 6. */
  int MAX_CODE = 699;

  /**
   * Returns the one instance for a status code: its {@link SipStatus} constant, or the cached
   * {@link UnregisteredStatus} of a valid code that no RFC defines.
   *
   * <p>Constant time; no scan, boxing or allocation.
   *
   * @param code a status code, 100 to 699
   * @return the response for {@code code}; the same instance on every call
   * @throws IllegalArgumentException if {@code code} is not between 100 and 699, with a message naming the value
   * @see #find(int)
   * @see #isValidCode(int)
   */
  static SipResponse of(int code) {
    return ResponseTable.get(CodeRange.check(code));
  }

  /**
   * Finds the response for a status code without throwing.
   *
   * <p>Allocates nothing: the {@code Optional}s are cached.
   *
   * @param code any integer
   * @return the same response as {@link #of(int)} for a valid code, or empty if {@code code} is not between 100 and
   *     699
   */
  static Optional<SipResponse> find(int code) {
    return isValidCode(code) ? ResponseTable.found(code) : Optional.empty();
  }

  /**
   * Tells whether a number is a valid SIP status code, registered or not.
   *
   * @param code any integer
   * @return {@code true} if {@code code} is between 100 and 699
   */
  static boolean isValidCode(int code) {
    return code >= MIN_CODE && code <= MAX_CODE;
  }

  /**
   * Returns the three-digit status code.
   *
   * @return 100 to 699
   */
  int code();

  /**
   * Returns the canonical reason phrase of this code.
   *
   * <p>For a registered code, the phrase of the IANA registry. For a code no RFC defines, a phrase that says what is
   * known, naming the class: {@code "Unknown Client Failure"} for 499. The phrase a peer actually sent may differ:
   * RFC 3261 §21 lets implementations choose their own text.
   *
   * @return a non-blank phrase
   */
  String reasonPhrase();

  /**
   * Returns the class of this code, named by its first digit.
   *
   * @return the class, never {@code null}
   */
  default ResponseClass responseClass() {
    return ResponseClass.of(code());
  }

  /**
   * Tells whether this is a provisional (1xx) response: the request is still being processed.
   *
   * @return {@code true} for 100 to 199
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.1">RFC 3261 §21.1</a>
   */
  default boolean isProvisional() {
    return code() < 200;
  }

  /**
   * Tells whether this is a success (2xx) response.
   *
   * @return {@code true} for 200 to 299
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.2">RFC 3261 §21.2</a>
   */
  default boolean isSuccess() {
    return code() / 100 == 2;
  }

  /**
   * Tells whether this is a redirection (3xx) response.
   *
   * @return {@code true} for 300 to 399
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3">RFC 3261 §21.3</a>
   */
  default boolean isRedirect() {
    return code() / 100 == 3;
  }

  /**
   * Tells whether this is a client failure (4xx) response.
   *
   * @return {@code true} for 400 to 499
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4">RFC 3261 §21.4</a>
   */
  default boolean isClientFailure() {
    return code() / 100 == 4;
  }

  /**
   * Tells whether this is a server failure (5xx) response.
   *
   * @return {@code true} for 500 to 599
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5">RFC 3261 §21.5</a>
   */
  default boolean isServerFailure() {
    return code() / 100 == 5;
  }

  /**
   * Tells whether this is a global failure (6xx) response.
   *
   * @return {@code true} for 600 to 699
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.6">RFC 3261 §21.6</a>
   */
  default boolean isGlobalFailure() {
    return code() / 100 == 6;
  }

  /**
   * Tells whether this is a final response: anything but 1xx ends the transaction.
   *
   * @return {@code true} for 200 to 699
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.2">RFC 3261 §7.2</a>
   */
  default boolean isFinal() {
    return code() >= 200;
  }

  /**
   * Tells whether this code is in the IANA registry.
   *
   * @return {@code true} for the 75 registered codes (including the deprecated 202); {@code false} for the historic
   *     409 and 411 and for every code without a {@link SipStatus} constant
   */
  boolean isRegistered();

  /**
   * Returns the RFC that defines this code: the section for RFC 3261 codes, the RFC for codes later RFCs added, and for
   * a code no RFC defines, the RFC 3261 section of its class.
   *
   * @return the reference, never {@code null}
   */
  RfcReference specification();

  /**
   * Returns the status that an RFC 3261 client must act on when it receives this code.
   *
   * <p>RFC 3261 §8.1.3.2: a final response with an unrecognized code is treated as the {@code x00} code of its class
   * (499 as 400, 555 by an older stack as 500); an unrecognized provisional response as 183 Session Progress. A
   * registered code is acted on as itself. The historic 409 and 411 are not RFC 3261 codes and are treated as 400.
   *
   * @return the status to act on, never {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-8.1.3.2">RFC 3261 §8.1.3.2</a>
   */
  SipStatus treatedAs();

  /**
   * Tells whether the same request, unchanged, may succeed if it is sent again later or to another server.
   *
   * <p>True for 408, 480, 486, 491, 500, 503, 504 and 600, and for codes that are {@linkplain #treatedAs() treated
   * as} 500 or 600. A request that must change first (credentials, a header value) is not retryable in this sense.
   *
   * <p>Whether client software may send it again on its own, and when, is {@link #retryAdvice()}'s answer
   * ({@link RetryAdvice#allowsAutomaticRetry()}): 408, 491, 500, 503 and 504 yes, each with its rule; 480, 486 and
   * 600 no, since the callee may be reachable later but a person decides when
   * ({@link RetryAdvice.CalleeReachableLater}).
   *
   * <p>This answers for the code alone. A {@code Retry-After} on 404, 413 or 603 says the condition is temporary,
   * so {@link #retryAdvice(Duration)} can allow an unchanged retry where this method says {@code false}; it never
   * does the reverse.
   *
   * <pre>{@code
   * SipResponse.of(503).isRetryable();   // true
   * SipResponse.of(401).isRetryable();   // false: retry with credentials instead
   * }</pre>
   *
   * @return {@code true} if an unchanged retry may succeed
   * @see RetryAdvice#allowsUnchangedRetry()
   */
  default boolean isRetryable() {
    return treatedAs().isRetryable();
  }

  /**
   * Returns what a client should do next after this response, when the response has no {@code Retry-After} header.
   *
   * <p>Allocates nothing: the advice for each code is built once.
   *
   * @return the advice, never {@code null}
   * @see RetryAdvice
   */
  default RetryAdvice retryAdvice() {
    return treatedAs().retryAdvice();
  }

  /**
   * Returns what a client should do next after this response, given the delay of its {@code Retry-After} header.
   *
   * <p>RFC 3261 §20.33 gives the delay two meanings. With 404, 480, 486, 600 and 603 it says when the called party
   * expects to be available again: these become {@link RetryAdvice.CalleeReachableLater} with that time, still a
   * person's decision, never an automatic redial. With 500 and 503 it says how long the service is expected to be
   * unavailable: 500 becomes {@link RetryAdvice.RetryLater} after the delay, 503
   * {@link RetryAdvice.TryAlternateServer} avoiding this server for the delay (§21.5.4). With 413 it marks the limit
   * as temporary, after which the client may try again (§21.4.11): {@link RetryAdvice.RetryLater}. The other codes
   * whose advice carries a delay (408, 504 and unknown 5xx) take it as the least time to wait; every other advice
   * stands.
   *
   * <p>So a 603 (and a 404 or 413) with {@code Retry-After} allows an unchanged retry while {@link #isRetryable()},
   * which answers for the code alone, is {@code false}: the header is what says the refusal is temporary.
   *
   * @param retryAfter the delay of the {@code Retry-After} header, zero or more
   * @return the advice, never {@code null}
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   * @throws NullPointerException if {@code retryAfter} is {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.33">RFC 3261 §20.33</a>
   */
  default RetryAdvice retryAdvice(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    return treatedAs().retryAdvice(retryAfter);
  }

  /**
   * Tells whether this response is an authentication challenge: 401 (answer its {@code WWW-Authenticate}) or 407
   * (answer its {@code Proxy-Authenticate}).
   *
   * @return {@code true} for 401 and 407
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-22.2">RFC 3261 §22.2</a>
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-22.3">RFC 3261 §22.3</a>
   */
  default boolean isAuthChallenge() {
    return false;
  }

  /**
   * Tells whether who the client is, or how it proved it, is the problem. This is the one list of these codes;
   * {@link CallOutcome#AUTHENTICATION_FAILED} and the rest of the library refer to it.
   *
   * <ul>
   *   <li>401 and 407, the challenges (RFC 3261 §22.2, §22.3);</li>
   *   <li>403, which providers send for wrong credentials, blocked addresses and unpaid balances (§21.4.4);</li>
   *   <li>428, 436, 437 and 438, the identity codes of RFC 8224 §6.2.2;</li>
   *   <li>429, a refer target's answer to a request sent because of a REFER without a valid Referred-By token,
   *       which proves who asked for the transfer (RFC 3892 §5);</li>
   *   <li>494 Security Agreement Required (RFC 3329 §2.3.1).</li>
   * </ul>
   *
   * <p>False for every other code. Not 433 Anonymity Disallowed (RFC 5079): the caller's identity is not in doubt
   * but withheld, and the fix is to present the caller ID, a privacy setting rather than a credential; a call log
   * shows it as declined. Codes that no RFC defines answer as the status they are {@linkplain #treatedAs() treated
   * as}, which is never one of these.
   *
   * @return {@code true} if the failure concerns authentication, authorization or identity
   */
  default boolean isAuthRelated() {
    return false;
  }

  /**
   * Explains this code to people in a language: a short title, a sentence or two for the caller, and what an
   * administrator should check. This is the general text; {@link #explain(Locale, Situation)} gives the text for an
   * outgoing call, an incoming call or a registration where the meaning differs.
   *
   * <pre>{@code
   * Explanation e = SipResponse.of(486).explain(Locale.ENGLISH);
   * e.summary();       // "Busy"
   * e.description();   // "The person you called is busy."
   * e.hints().get(0);  // "Nothing is wrong if the line really is busy: try again later."
   * }</pre>
   *
   * <p>The locale is matched by language ({@code de-AT} gets German) and falls back to English, never to the JVM's
   * default locale: {@link Explanation#supportedLocales()} lists the languages and the rules. A code that no RFC
   * defines gets the general text of its class, which names the code. After the first call for a language and code,
   * the same instance is returned and nothing is allocated.
   *
   * @param locale the language wanted, such as {@code Locale.GERMAN} or {@code Locale.forLanguageTag("pt-BR")}
   * @return the explanation, never {@code null}; {@link Explanation#locale()} says which language it is in
   * @throws NullPointerException if {@code locale} is {@code null}
   * @since 0.1.0
   */
  default Explanation explain(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Explanations.of(this, locale, null);
  }

  /**
   * Explains this code to people in a language, for the situation in which it was met.
   *
   * <p>Only some codes change their meaning with the situation; the others return the same instance as
   * {@link #explain(Locale)}. For example, {@code 401} to a registration is the normal first step of logging in, but on
   * an incoming call it means this side refused the call; {@code 200} means "registered" or "answered"; {@code 404} on
   * an outgoing call means the number is not in service, on an incoming call that the phone system has no route for
   * the number.
   *
   * <pre>{@code
   * SipResponse.of(401).explain(Locale.ENGLISH, Situation.REGISTRATION).summary();   // "Credentials requested"
   * SipResponse.of(200).explain(Locale.ENGLISH, Situation.REGISTRATION).summary();   // "Registered"
   * SipResponse.of(404).explain(Locale.ENGLISH, Situation.OUTGOING_CALL).summary();  // "Number not in service"
   * }</pre>
   *
   * @param locale the language wanted
   * @param situation where the response was met
   * @return the explanation, never {@code null}; the same instance on every call
   * @throws NullPointerException if {@code locale} or {@code situation} is {@code null}
   * @since 0.1.0
   */
  default Explanation explain(Locale locale, Situation situation) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(situation, "situation");
    return Explanations.of(this, locale, situation);
  }

  /**
   * Returns how a call attempt that ended with this response shows in a call log or CDR: answered, busy, declined,
   * cancelled and so on. {@link CallOutcome} documents the table for every code.
   *
   * <pre>{@code
   * SipResponse.of(486).callOutcome();   // BUSY
   * SipResponse.of(603).callOutcome();   // DECLINED
   * SipResponse.of(499).callOutcome();   // OTHER_FAILURE, as 400
   * }</pre>
   *
   * <p>A Q.850 cause that came with the response can tell more: {@link CallOutcome#of(SipResponse, Q850Cause)}.
   * Constant time; allocates nothing.
   *
   * @return the outcome, never {@code null}
   * @since 0.1.0
   */
  CallOutcome callOutcome();

  /**
   * Returns the status line form: the code, a space and {@link #reasonPhrase()}.
   *
   * @return for example {@code "486 Busy Here"} or {@code "499 Unknown Client Failure"}
   */
  @Override
  String toString();
}
