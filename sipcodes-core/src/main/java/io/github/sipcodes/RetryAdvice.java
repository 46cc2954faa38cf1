package io.github.sipcodes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a SIP client should do after a response: give up, let client software send the request again by itself
 * (later, elsewhere, after a random pause, or changed), or leave it to a person because the callee may be reachable
 * later.
 *
 * <p>Two kinds of "later" are kept apart, so that a {@code switch} cannot mistake one for the other:
 *
 * <ul>
 *   <li>{@link RetryLater}, {@link TryAlternateServer} and {@link RandomBackoff}: a retry the client software may
 *       make on its own, after the delay the advice gives at least. RFC 3261 §21.4.9 (408), §21.5.1 (500),
 *       §21.5.4 (503) and §14.1 (491) describe such retries.
 *   <li>{@link CalleeReachableLater}: the callee was reached but is busy, away or declining, and may be reachable
 *       later (RFC 3261 §21.4.18, §21.4.24, §21.6.1, §20.33). Whether and when to call again is for a person or a
 *       dialer's own policy; a {@code Retry-After} gives the earliest sensible time, never a redial schedule.
 * </ul>
 *
 * <p>{@link #allowsAutomaticRetry()} tells the two apart in one call.
 *
 * <pre>{@code
 * switch (SipResponse.of(code).retryAdvice(retryAfter)) {
 *   case RetryAdvice.RetryLater later -> scheduleResend(later.delay().orElse(SEVERAL_SECONDS));
 *   case RetryAdvice.TryAlternateServer alt -> failOver(alt.retryThisServerAfter());
 *   case RetryAdvice.CalleeReachableLater callee -> offerCallBack(callee.notBefore());  // a person decides
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
 *   <tr><td>300, 301, 302 (and unknown 3xx)</td><td>{@link FollowRedirect}</td>
 *       <td>RFC 3261 §8.1.3.4: send new requests to the addresses in {@code Contact}</td></tr>
 *   <tr><td>305</td><td>{@link UseProxy}</td>
 *       <td>§21.3.4: repeat this single request through the proxy in {@code Contact}</td></tr>
 *   <tr><td>380</td><td>{@link DoNotRetry}</td><td>§21.3.5: the alternatives are in the body, not a target</td></tr>
 *   <tr><td>401, 407</td><td>{@link RetryWithCredentials}</td><td>§8.1.3.5, §22.2, §22.3: answer the challenge</td></tr>
 *   <tr><td>408, 500, 504 (and unknown 5xx)</td><td>{@link RetryLater}</td>
 *       <td>§21.4.9: the client may repeat the request at any later time; §21.5.1: retry after several seconds;
 *       §21.5.5: a server further on did not answer in time</td></tr>
 *   <tr><td>412, 428, 429, 438</td><td>{@link RetryWithHeaderChange}</td>
 *       <td>a header of the request itself must go or come: remove {@code SIP-If-Match} and publish anew
 *       (RFC 3903 §5); add an {@code Identity} (RFC 8224 §6.2.2) or, after 438, a new one in full form
 *       (RFC 8224 §6.1.1); add a {@code Referred-By} with a valid token (RFC 3892 §5)</td></tr>
 *   <tr><td>415, 417, 420, 421, 422, 423, 424, 425, 469, 470, 488, 489, 494, 606</td><td>{@link RetryWithChanges}</td>
 *       <td>a header of the response says what to change: {@code Accept} (§8.1.3.5, §21.4.13),
 *       {@code Accept-Resource-Priority} (RFC 4412), {@code Unsupported} (§8.1.3.5, §21.4.15), {@code Require}
 *       (§21.4.16), {@code Min-SE} (RFC 4028 §7.3), {@code Min-Expires} (§10.2.8, §21.4.17),
 *       {@code Geolocation-Error} (RFC 6442 §4.3), {@code AlertMsg-Error} (RFC 8876), {@code Recv-Info}
 *       (RFC 6086), {@code Permission-Missing} (RFC 5360: leave out those recipients, or ask for their consent
 *       first), {@code Warning} with the session description (§21.4.26, §21.6.4), {@code Allow-Events}
 *       (RFC 6665 §8.3.2), {@code Security-Server} (RFC 3329 §2.3.1)</td></tr>
 *   <tr><td>480, 486, 600 (and unknown 6xx)</td><td>{@link CalleeReachableLater}</td>
 *       <td>§21.4.18, §21.4.24, §21.6.1: the callee was reached and may be reachable later; §20.33</td></tr>
 *   <tr><td>491</td><td>{@link RandomBackoff}</td><td>§14.1: glare; retry after a random pause</td></tr>
 *   <tr><td>503</td><td>{@link TryAlternateServer}</td><td>RFC 3263 §4.3, RFC 3261 §21.5.4</td></tr>
 *   <tr><td>every other code</td><td>{@link DoNotRetry}</td>
 *       <td>the answer is final (403 §21.4.4, 404, 410, 484, 485, 603, 604, 607, 608); the method itself is
 *       refused (405: {@code Allow} lists the methods the target accepts, §21.4.6, and another method is a new
 *       request, not a retry); only a person can decide the change (433: calling again without anonymity needs
 *       the caller's consent, RFC 5079 §4; 439 and 555: registering without SIP Outbound or push is a
 *       configuration choice, RFC 5626, RFC 8599); the change depends on the request, which is not known here
 *       (413: a smaller body or none, 416: a SIP URI instead, §8.1.3.5); or the request cannot succeed as the
 *       response describes nothing to change (400, 430, 481, 482, 483, 493, 505, 513 ...)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>An unknown 6xx, such as 699, gets the advice of 600. RFC 3261 §8.1.3.2 requires a client to treat a final
 * response it does not recognize as the {@code x00} code of its class, and 600's advice asks nothing of software
 * that the 6xx class would forbid: it does not send the request to another server (a 6xx is definitive for the user,
 * §21.6), and it does not redial; a person may call again later. The call outcome agrees
 * ({@link CallOutcome#BUSY}), and so does {@link SipResponse#isRetryable()}.
 *
 * <p>A {@code Retry-After} header changes the advice of some codes: see {@link SipResponse#retryAdvice(Duration)}.
 *
 * @implSpec All implementations are immutable and thread-safe records.
 * @since 0.1.0
 */
public sealed interface RetryAdvice
    permits RetryAdvice.DoNotRetry,
        RetryAdvice.RetryLater,
        RetryAdvice.CalleeReachableLater,
        RetryAdvice.TryAlternateServer,
        RetryAdvice.RandomBackoff,
        RetryAdvice.RetryWithCredentials,
        RetryAdvice.RetryWithChanges,
        RetryAdvice.RetryWithHeaderChange,
        RetryAdvice.FollowRedirect,
        RetryAdvice.UseProxy {

  /**
   * Tells whether the same request, unchanged, may succeed if it is sent again: true for {@link RetryLater},
   * {@link CalleeReachableLater}, {@link TryAlternateServer} and {@link RandomBackoff}.
   *
   * <p>This says nothing about who sends it: see {@link #allowsAutomaticRetry()}.
   *
   * @return {@code true} if an unchanged retry may succeed
   * @see SipResponse#isRetryable()
   */
  boolean allowsUnchangedRetry();

  /**
   * Tells whether client software may act on this advice by itself, without a person or a dialer's policy
   * deciding: false for {@link DoNotRetry} (there is nothing to send) and {@link CalleeReachableLater} (whether to
   * call again is a person's decision), true for every other advice.
   *
   * @return {@code true} if software may send the request again on its own, as the advice says
   * @since 0.1.0
   */
  default boolean allowsAutomaticRetry() {
    return true;
  }

  /**
   * Do not send the request again: it succeeded, is still in progress, failed for good, or only a person can decide
   * what to change.
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

    /**
     * {@inheritDoc}
     *
     * @return {@code false}
     */
    @Override
    public boolean allowsAutomaticRetry() {
      return false;
    }
  }

  /**
   * The client software may send the same request again by itself, after waiting at least the delay.
   *
   * <p>For 408 (RFC 3261 §21.4.9: "at any later time"), 500 (§21.5.1: after several seconds), 504 and unknown 5xx;
   * and for 413 when a {@code Retry-After} says the limit is temporary (§21.4.11).
   *
   * @param delay the least time to wait, from a {@code Retry-After} header; empty when the response gave none, so
   *     the client chooses a pause (RFC 3261 §21.5.1 suggests several seconds after a 500)
   * @since 0.1.0
   */
  record RetryLater(Optional<Duration> delay) implements RetryAdvice {
    /** The advice without a known delay. */
    public static final RetryLater UNSPECIFIED = new RetryLater(Optional.empty());

    /**
     * Checks the delay.
     *
     * @param delay how long to wait at least, if known
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
   * The callee was reached but is busy, unavailable or declining, and may be reachable later. Not a retry for
   * software to make on its own: a person, or a dialer's own policy, decides whether and when to call again.
   *
   * <p>RFC 3261 uses one sentence for 480 (§21.4.18), 486 (§21.4.24), 600 (§21.6.1) and 603 (§21.6.2): the server
   * may indicate a better time to call in {@code Retry-After}. §20.33 gives that header, on 404, 413, 480, 486, 600
   * and 603, the meaning "when the called party anticipates being available again". Without it the response says
   * nothing about when; {@code notBefore} is then empty, and no default delay is implied.
   *
   * <pre>{@code
   * SipResponse.of(486).retryAdvice();                          // CalleeReachableLater[notBefore=Optional.empty]
   * SipResponse.of(486).retryAdvice(Duration.ofMinutes(30));    // not before 30 minutes; a person decides
   * }</pre>
   *
   * @param notBefore the earliest sensible time to call again, from a {@code Retry-After} header; empty when the
   *     response gave none
   * @since 0.1.0
   */
  record CalleeReachableLater(Optional<Duration> notBefore) implements RetryAdvice {
    /** The advice without a known time. */
    public static final CalleeReachableLater UNSPECIFIED = new CalleeReachableLater(Optional.empty());

    /**
     * Checks the time.
     *
     * @param notBefore the earliest sensible time to call again, if known
     * @throws IllegalArgumentException if the time is negative
     */
    public CalleeReachableLater {
      RetryRules.checkDelay(notBefore);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code true}: the same call may succeed later
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return true;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@code false}: a person or a dialer's policy decides
     */
    @Override
    public boolean allowsAutomaticRetry() {
      return false;
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
   * Send the request again with credentials that answer the challenge in the response (RFC 3261 §8.1.3.5).
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
   * Send the request again after changing it as a header of the response says.
   *
   * <p>For example 423 Interval Too Brief: raise the expiration to at least the response's {@code Min-Expires}; 420
   * Bad Extension: drop the option tags listed in the response's {@code Unsupported}. When a header of the request
   * itself must be added or removed, the advice is {@link RetryWithHeaderChange} instead.
   *
   * @param responseHeader the header field of the response that says how to change the request, such as
   *     {@code Min-Expires}
   * @since 0.1.0
   */
  record RetryWithChanges(String responseHeader) implements RetryAdvice {
    /**
     * Checks the header name.
     *
     * @param responseHeader the header field of the response that says how to change the request
     * @throws IllegalArgumentException if {@code responseHeader} is blank
     */
    public RetryWithChanges {
      RetryRules.checkHeader(responseHeader);
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
   * Send the request again with one of its own header fields added or removed.
   *
   * <p>412 Conditional Request Failed: remove {@code SIP-If-Match} and publish the full state anew (RFC 3903 §5).
   * 428 Use Identity Header: add an {@code Identity} (RFC 8224 §6.2.2). 438 Invalid Identity Header: add a new
   * {@code Identity} in place of the one that failed, in full form (RFC 8224 §6.1.1). 429 Provide Referrer Identity:
   * add a {@code Referred-By} that carries a valid token (RFC 3892 §5).
   *
   * @param requestHeader the header field of the request to add or remove, such as {@code SIP-If-Match}
   * @param change whether to add it (or replace an invalid one) or to remove it
   * @since 0.1.0
   */
  record RetryWithHeaderChange(String requestHeader, HeaderChange change) implements RetryAdvice {
    /**
     * Checks the components.
     *
     * @param requestHeader the header field of the request to add or remove
     * @param change whether to add or remove it
     * @throws IllegalArgumentException if {@code requestHeader} is blank
     * @throws NullPointerException if {@code change} is {@code null}
     */
    public RetryWithHeaderChange {
      RetryRules.checkHeader(requestHeader);
      Objects.requireNonNull(change, "change");
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
   * What {@link RetryWithHeaderChange} does to a header field of the request.
   *
   * @implSpec This is an immutable and thread-safe enum.
   * @since 0.1.0
   */
  enum HeaderChange {
    /** Add the header field, or replace one whose value was refused. */
    ADD,
    /** Remove the header field. */
    REMOVE
  }

  /**
   * Send new requests to the addresses in the response's {@code Contact} header (RFC 3261 §8.1.3.4): new targets,
   * each with its own Request-URI.
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

  /**
   * Send this one request again through the proxy that the response's {@code Contact} names, with the Request-URI
   * unchanged (RFC 3261 §21.3.4, 305 Use Proxy).
   *
   * <p>It is not a redirect: the {@code Contact} is a proxy, not a new target. Nothing is permanent either: the
   * proxy is used for this single request, not remembered as the outbound proxy of the account.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3.4">RFC 3261 §21.3.4</a>
   * @since 0.1.0
   */
  record UseProxy() implements RetryAdvice {
    /** The shared instance. */
    public static final UseProxy INSTANCE = new UseProxy();

    /**
     * {@inheritDoc}
     *
     * @return {@code false}: the request goes through another route
     */
    @Override
    public boolean allowsUnchangedRetry() {
      return false;
    }

    /**
     * Returns the header that names the proxy.
     *
     * @return {@code "Contact"}
     */
    public String header() {
      return "Contact";
    }
  }
}
