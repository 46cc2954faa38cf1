package io.github.sipcodes;

import java.util.Collection;
import java.util.Objects;

/**
 * Chooses the response a forking proxy sends upstream once every branch has answered: RFC 3261 §16.7 step 6.
 *
 * <pre>{@code
 * ResponseSelection.best(List.of(SipResponse.of(503), SipResponse.of(407), SipResponse.of(501), SipResponse.of(404)));
 * // 407 Proxy Authentication Required, the RFC's own example
 * ResponseSelection.best(List.of(SipResponse.of(486), SipResponse.of(603)));   // 603 Decline: a 6xx wins
 * ResponseSelection.best(List.of(SipResponse.of(486), SipResponse.of(404), SipResponse.of(480)));   // 486 Busy Here
 * ResponseSelection.best(List.of(SipResponse.of(503)));                          // 500 Server Internal Error
 * ResponseSelection.best(List.of());                                             // 408 Request Timeout
 * }</pre>
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Provisional (1xx) responses are ignored: they are not final and a proxy never chooses among them.</li>
 *   <li>A 2xx, if any, is returned (the lowest 2xx code): a proxy forwards a 2xx as soon as it arrives (§16.7
 *       step 5), so no best-response choice happens once one exists.</li>
 *   <li>No final response at all gives 408 Request Timeout.</li>
 *   <li>Any 6xx wins (the lowest 6xx code).</li>
 *   <li>Otherwise the lowest class wins. Within a class §16.7 lets the proxy choose any response; sipcodes uses this
 *       order within 4xx:
 *       <ol>
 *         <li>the first present of 401, 407, 415, 420 and 484, the codes whose new request may succeed, as §16.7
 *             step 6 asks; a proxy that returns 401 or 407 should merge the challenges of every 401 and 407 it
 *             received (§16.7 step 7);</li>
 *         <li>then 486 Busy Here, then 480 Temporarily Unavailable: a branch that reached the callee's device tells
 *             the caller more (the callee exists, and may be reachable later) than a 404 from a branch, such as a
 *             stale registration or another location server, that did not know the user;</li>
 *         <li>otherwise the lowest 4xx code.</li>
 *       </ol>
 *       Within every other class, the lowest code.</li>
 *   <li>503 is never returned: within 5xx another code is preferred, and a 503 that is the only choice becomes 500
 *       Server Internal Error, as the RFC asks, so the client does not take one busy branch for a busy service.</li>
 * </ol>
 *
 * <p>The result does not depend on the order of the collection.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-16.7">RFC 3261 §16.7</a>
 * @since 0.1.0
 */
public final class ResponseSelection {

  /**
   * 4xx codes in order of preference: those that help the client resubmit (RFC 3261 §16.7 step 6), then those that
   * show the callee was reached.
   */
  private static final int[] PREFERRED_4XX = {401, 407, 415, 420, 484, 486, 480};

  private ResponseSelection() {}

  /**
   * Returns the response a forking proxy sends upstream, given the responses its branches returned.
   *
   * @param responses the responses received, in any order; may be empty
   * @return the chosen response, never {@code null}; 408 if there is no final response
   * @throws NullPointerException if {@code responses} or one of its elements is {@code null}
   */
  public static SipResponse best(Collection<? extends SipResponse> responses) {
    Objects.requireNonNull(responses, "responses");
    // Lowest final code per class (index = class digit), and a bitmap of the preferred 4xx codes seen.
    int[] lowest = new int[7];
    boolean[] preferred = new boolean[PREFERRED_4XX.length];
    int lowestNon503 = 0;
    for (SipResponse response : responses) {
      Objects.requireNonNull(response, "responses contains null");
      int code = response.code();
      int digit = code / 100;
      if (lowest[digit] == 0 || code < lowest[digit]) {
        lowest[digit] = code;
      }
      if (digit == 5 && code != 503 && (lowestNon503 == 0 || code < lowestNon503)) {
        lowestNon503 = code;
      }
      for (int i = 0; i < PREFERRED_4XX.length; i++) {
        if (code == PREFERRED_4XX[i]) {
          preferred[i] = true;
        }
      }
    }
    return SipResponse.of(choose(lowest, preferred, lowestNon503));
  }

  /** Applies the rules to the lowest code of each class; 0 means none of that class. */
  private static int choose(int[] lowest, boolean[] preferred, int lowestNon503) {
    if (lowest[2] != 0) {
      return lowest[2];
    }
    if (lowest[6] != 0) {
      return lowest[6];
    }
    if (lowest[3] != 0) {
      return lowest[3];
    }
    if (lowest[4] != 0) {
      for (int i = 0; i < PREFERRED_4XX.length; i++) {
        if (preferred[i]) {
          return PREFERRED_4XX[i];
        }
      }
      return lowest[4];
    }
    if (lowest[5] != 0) {
      return lowestNon503 != 0 ? lowestNon503 : 500;
    }
    return 408;
  }
}
