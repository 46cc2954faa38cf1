package io.github.sipcodes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a SIP client should do after a response: give up, send the same request again (later, elsewhere, or after a
 * random pause), or send a changed request.
 *
 * <pre>{@code
 * switch (SipResponse.of(code).retryAdvice(retryAfter)) {
 *   case RetryAdvice.RetryLater later -> schedule(later.delay().orElse(DEFAULT_DELAY));
 *   case RetryAdvice.TryAlternateServer alt -> failOver(alt.retryThisServerAfter());
 *   case RetryAdvice.RetryWithCredentials auth -> answer(response.getHeader(auth.challengeHeader()));
 *   ...
 * }
 * }</pre>
 *
 * <p>The advice for each code, and the RFC text it rests on:
 *
 * <table class="striped">
 *   <caption>Advice by status code</caption>
 *   <thead><tr><th>Codes</th><th>Advice</th><th>Why</th></tr></thead>
 *   <tbody>
 *   <tr><td>1xx, 2xx</td><td>{@link DoNotRetry}</td><td>nothing failed; a 1xx transaction is still going on</td></tr>
 *   <tr><td>300, 301, 302, 305 (and unknown 3xx)</td><td>{@link FollowRedirect}</td>
 *       <td>RFC 3261 §8.1.3.4: send the request to the addresses in {@code Contact}</td></tr>
 *   <tr><td>380</td><td>{@link DoNotRetry}</td><td>§21.3.5: the alternatives are in the body, not a target</td></tr>
 *   <tr><td>401, 407</td><td>{@link RetryWithCredentials}</td><td>§22.2, §22.3: answer the challenge</td></tr>
 *   <tr><td>405, 412, 415, 417, 420, 421, 422, 423, 424, 428, 429, 438, 469, 488, 489, 494, 606</td><td>{@link RetryWithChanges}</td>
 *       <td>the response names what to change: {@code Allow} (§21.4.6), drop {@code SIP-If-Match} (RFC 3903 §5),
 *       {@code Accept} (§21.4.13), {@code Accept-Resource-Priority} (RFC 4412 §4.7.1), {@code Unsupported}
 *       (§21.4.15), {@code Require} (§21.4.16), {@code Min-SE} (RFC 4028 §7.4), {@code Min-Expires} (§21.4.17),
 *       {@code Geolocation-Error} (RFC 6442 §4.3), add or fix {@code Identity} (RFC 8224 §6.2.2), add
 *       {@code Referred-By} (RFC 3892 §2.1), {@code Recv-Info} (RFC 6086 §4.2.1), the session description per
 *       {@code Warning} (§21.4.26, §21.6.4), {@code Allow-Events} (RFC 6665 §8.3.2), {@code Security-Server}
 *       (RFC 3329 §2.3.1)</td></tr>
 *   <tr><td>408, 480, 486, 500, 504, 600 (and unknown 5xx, 6xx)</td><td>{@link RetryLater}</td>
 *       <td>§21.4.9, §21.4.18, §21.4.24, §21.5.1, §21.5.5, §21.6.1: the condition is temporary</td></tr>
 *   <tr><td>491</td><td>{@link RandomBackoff}</td><td>§14.1: glare; retry after a random pause</td></tr>
 *   <tr><td>503</td><td>{@link TryAlternateServer}</td><td>RFC 3263 §4.3, RFC 3261 §21.5.4</td></tr>
 *   <tr><td>every other code</td><td>{@link DoNotRetry}</td>
 *       <td>the answer is final (403 §21.4.4, 404, 410, 484, 485, 603, 604, 607, 608) or the request cannot succeed
 *       without changes the response does not describe (400, 413, 414, 416, 430 and 433 as 400 per RFC 5626 §11.5
 *       and RFC 5079 §5, 481, 482, 483, 493, 505, 513 ...)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A {@code Retry-After} header changes the advice of some codes: see {@link SipResponse#retryAdvice(Duration)}.
 *
 * @implSpec All implementations are immutable and thread-safe records.
 * @since 0.1.0
 */
public sealed interface RetryAdvice
    permits RetryAdvice.DoNotRetry,
        RetryAdvice.RetryLater,
        RetryAdvice.TryAlternateServer,
        RetryAdvice.RandomBackoff,
        RetryAdvice.RetryWithCredentials,
        RetryAdvice.RetryWithChanges,
        RetryAdvice.FollowRedirect {

  /**
   * Tells whether the same request, unchanged, may be sent again: true for {@link RetryLater},
   * {@link TryAlternateServer} and {@link RandomBackoff}.
   *
   * @return {@code true} if an unchanged retry may succeed
   * @see SipResponse#isRetryable()
   */
  boolean allowsUnchangedRetry();

  /**
   * Do not send the request again: it succeeded, is still in progress, or failed for good.
   *
   * @since 0.1.0
   */
  record DoNotRetry() implements RetryAdvice {
    /** The shared instance. */
    public static final DoNotRetry INSTANCE = new DoNotRetry();

    /**
     * {@inheritDoc}
     *
     * @return {@code false}
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return false;
    }
  }

  /**
   * Send the same request again later.
   *
   * @param delay how long to wait, from a {@code Retry-After} header; empty when the response gave none, so the
   *     client chooses (RFC 3261 §21.5.1 suggests several seconds after a 500)
   * @since 0.1.0
   */
  record RetryLater(Optional<Duration> delay) implements RetryAdvice {
    /** The advice without a known delay. */
    public static final RetryLater UNSPECIFIED = new RetryLater(Optional.empty());

    /**
     * Checks the delay.
     *
     * @param delay how long to wait, if known
     * @throws IllegalArgumentException if the delay is negative
     */
    public RetryLater {
      RetryRules.checkDelay(delay);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code true}
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return true;
    }
  }

  /**
   * Send the same request to the next server for the destination, as RFC 3263 §4.3 says a client does after a 503.
   *
   * <p>RFC 3261 §21.5.4: when the 503 carried a {@code Retry-After}, the client should not send requests to this
   * server until that time has passed; without it, the client acts toward this server as after a 500.
   *
   * @param retryThisServerAfter how long to avoid the server that answered; empty when the response gave no delay
   * @since 0.1.0
   */
  record TryAlternateServer(Optional<Duration> retryThisServerAfter) implements RetryAdvice {
    /** The advice without a known delay. */
    public static final TryAlternateServer UNSPECIFIED = new TryAlternateServer(Optional.empty());

    /**
     * Checks the delay.
     *
     * @param retryThisServerAfter how long to avoid the server, if known
     * @throws IllegalArgumentException if the delay is negative
     */
    public TryAlternateServer {
      RetryRules.checkDelay(retryThisServerAfter);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code true}
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return true;
    }
  }

  /**
   * Send the request again after a random pause, as RFC 3261 §14.1 asks after 491 Request Pending (two re-INVITEs
   * crossed).
   *
   * <p>The window depends on who chose the dialog's Call-ID: the client that owns it waits 2.1 to 4 seconds, the
   * other 0 to 2 seconds, both in units of 10 ms, so that the two sides do not collide again.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-14.1">RFC 3261 §14.1</a>
   * @since 0.1.0
   */
  record RandomBackoff() implements RetryAdvice {
    /** The shared instance. */
    public static final RandomBackoff INSTANCE = new RandomBackoff();

    private static final Duration STEP = Duration.ofMillis(10);

    /**
     * {@inheritDoc}
     *
     * @return {@code true}
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return true;
    }

    /**
     * Returns the shortest pause.
     *
     * @param ownsCallId whether this client generated the dialog's Call-ID
     * @return 2.1 s for the owner, 0 s otherwise
     */
    public Duration minDelay(boolean ownsCallId) {
      return ownsCallId ? Duration.ofMillis(2100) : Duration.ZERO;
    }

    /**
     * Returns the longest pause.
     *
     * @param ownsCallId whether this client generated the dialog's Call-ID
     * @return 4 s for the owner, 2 s otherwise
     */
    public Duration maxDelay(boolean ownsCallId) {
      return ownsCallId ? Duration.ofSeconds(4) : Duration.ofSeconds(2);
    }

    /**
     * Chooses a pause uniformly in the window, in units of 10 ms.
     *
     * @param ownsCallId whether this client generated the dialog's Call-ID
     * @param random the source of randomness
     * @return a pause between {@link #minDelay(boolean)} and {@link #maxDelay(boolean)}, inclusive
     */
    public Duration chooseDelay(boolean ownsCallId, RandomGenerator random) {
      Objects.requireNonNull(random, "random");
      long minSteps = minDelay(ownsCallId).toMillis() / STEP.toMillis();
      long maxSteps = maxDelay(ownsCallId).toMillis() / STEP.toMillis();
      return STEP.multipliedBy(random.nextLong(minSteps, maxSteps + 1));
    }
  }

  /**
   * Send the request again with credentials that answer the challenge in the response.
   *
   * @param challengeHeader the response header with the challenge: {@code WWW-Authenticate} (401) or
   *     {@code Proxy-Authenticate} (407)
   * @param credentialsHeader the request header to add: {@code Authorization} or {@code Proxy-Authorization}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-22.2">RFC 3261 §22.2</a>
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-22.3">RFC 3261 §22.3</a>
   * @since 0.1.0
   */
  record RetryWithCredentials(String challengeHeader, String credentialsHeader) implements RetryAdvice {
    /**
     * Checks the header names.
     *
     * @param challengeHeader the challenge header of the response
     * @param credentialsHeader the credentials header of the request
     * @throws IllegalArgumentException if a header name is blank
     */
    public RetryWithCredentials {
      RetryRules.checkHeader(challengeHeader);
      RetryRules.checkHeader(credentialsHeader);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code false}: the request must carry credentials first
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return false;
    }
  }

  /**
   * Send the request again after changing it as a header field says.
   *
   * <p>For example 423 Interval Too Brief: raise the expiration to at least the response's {@code Min-Expires}; 420
   * Bad Extension: drop the option tags listed in {@code Unsupported}.
   *
   * @param header the header field that says how to change the request: a header of the response (such as
   *     {@code Min-Expires}) or, for 412, 428 and 429, the request header to drop or add
   * @since 0.1.0
   */
  record RetryWithChanges(String header) implements RetryAdvice {
    /**
     * Checks the header name.
     *
     * @param header the header field that says how to change the request
     * @throws IllegalArgumentException if {@code header} is blank
     */
    public RetryWithChanges {
      RetryRules.checkHeader(header);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code false}: the request must change first
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return false;
    }
  }

  /**
   * Send the request to the addresses in the response's {@code Contact} header (RFC 3261 §8.1.3.4).
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-8.1.3.4">RFC 3261 §8.1.3.4</a>
   * @since 0.1.0
   */
  record FollowRedirect() implements RetryAdvice {
    /** The shared instance. */
    public static final FollowRedirect INSTANCE = new FollowRedirect();

    /**
     * {@inheritDoc}
     *
     * @return {@code false}: the request goes to a new target
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return false;
    }

    /**
     * Returns the header that lists the new targets.
     *
     * @return {@code "Contact"}
     */
    public String header() {
      return "Contact";
    }
  }
}
