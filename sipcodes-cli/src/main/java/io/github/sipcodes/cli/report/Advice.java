package io.github.sipcodes.cli.report;

import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The next step in words: a stable token for programs ({@code TRY_ALTERNATE_SERVER}) and a sentence for people.
 *
 * <p>The tokens are a contract of the command's JSON: one per kind of {@link RetryAdvice}, the kind's name in upper
 * case with underscores, never renamed.
 *
 * @implSpec This class has no state; it is thread-safe.
 */
public final class Advice {

  private Advice() {}

  /**
   * The token of an advice.
   *
   * @param advice the advice
   * @return {@code DO_NOT_RETRY}, {@code RETRY_LATER}, {@code CALLEE_REACHABLE_LATER}, {@code TRY_ALTERNATE_SERVER},
   *     {@code RANDOM_BACKOFF}, {@code RETRY_WITH_CREDENTIALS}, {@code RETRY_WITH_CHANGES},
   *     {@code RETRY_WITH_HEADER_CHANGE}, {@code FOLLOW_REDIRECT} or {@code USE_PROXY}
   */
  public static String token(RetryAdvice advice) {
    if (advice instanceof RetryAdvice.RetryLater) {
      return "RETRY_LATER";
    } else if (advice instanceof RetryAdvice.CalleeReachableLater) {
      return "CALLEE_REACHABLE_LATER";
    } else if (advice instanceof RetryAdvice.TryAlternateServer) {
      return "TRY_ALTERNATE_SERVER";
    } else if (advice instanceof RetryAdvice.RandomBackoff) {
      return "RANDOM_BACKOFF";
    } else if (advice instanceof RetryAdvice.RetryWithCredentials) {
      return "RETRY_WITH_CREDENTIALS";
    } else if (advice instanceof RetryAdvice.RetryWithChanges) {
      return "RETRY_WITH_CHANGES";
    } else if (advice instanceof RetryAdvice.RetryWithHeaderChange) {
      return "RETRY_WITH_HEADER_CHANGE";
    } else if (advice instanceof RetryAdvice.FollowRedirect) {
      return "FOLLOW_REDIRECT";
    } else if (advice instanceof RetryAdvice.UseProxy) {
      return "USE_PROXY";
    }
    return "DO_NOT_RETRY";
  }

  /**
   * What to do next, in a sentence; a delay from {@code Retry-After} is named when the advice carries one. The
   * response tells a provisional response (wait) and a success (done) from a failure when there is nothing to retry.
   *
   * @param texts the language
   * @param response the response the advice is for
   * @param advice the advice
   * @return the sentence
   */
  public static String text(Texts texts, SipResponse response, RetryAdvice advice) {
    if (advice instanceof RetryAdvice.RetryLater later) {
      return delayed(texts, "advice.retry-later", later.delay());
    } else if (advice instanceof RetryAdvice.CalleeReachableLater callee) {
      return delayed(texts, "advice.callee-reachable-later", callee.notBefore());
    } else if (advice instanceof RetryAdvice.TryAlternateServer alternate) {
      return delayed(texts, "advice.try-alternate-server", alternate.retryThisServerAfter());
    } else if (advice instanceof RetryAdvice.RandomBackoff backoff) {
      return texts.get("advice.random-backoff",
          Long.toString(backoff.minDelay(true).toMillis()), Long.toString(backoff.maxDelay(true).toMillis()),
          Long.toString(backoff.minDelay(false).toMillis()), Long.toString(backoff.maxDelay(false).toMillis()));
    } else if (advice instanceof RetryAdvice.RetryWithCredentials credentials) {
      return texts.get("advice.retry-with-credentials", credentials.credentialsHeader(),
          credentials.challengeHeader());
    } else if (advice instanceof RetryAdvice.RetryWithChanges changes) {
      return texts.get("advice.retry-with-changes", changes.responseHeader());
    } else if (advice instanceof RetryAdvice.RetryWithHeaderChange change) {
      return texts.get(change.change() == RetryAdvice.HeaderChange.ADD
          ? "advice.retry-with-header.add" : "advice.retry-with-header.remove", change.requestHeader());
    } else if (advice instanceof RetryAdvice.FollowRedirect redirect) {
      return texts.get("advice.follow-redirect", redirect.header());
    } else if (advice instanceof RetryAdvice.UseProxy proxy) {
      return texts.get("advice.use-proxy", proxy.header());
    }
    if (response.isProvisional()) {
      return texts.get("advice.wait");
    }
    return texts.get(response.isSuccess() ? "advice.done" : "advice.do-not-retry");
  }

  /**
   * Whether the request may be sent again, worded so that it agrees with the next step.
   *
   * @param texts the language
   * @param advice the advice
   * @return "yes, unchanged", "only changed, see next step" or "no" in the language
   */
  public static String retryable(Texts texts, RetryAdvice advice) {
    if (advice.allowsUnchangedRetry()) {
      return texts.get("value.retryable.unchanged");
    }
    return texts.get(advice.allowsAutomaticRetry() ? "value.retryable.changed" : "value.retryable.no");
  }

  private static String delayed(Texts texts, String key, Optional<Duration> delay) {
    return delay.isPresent()
        ? texts.get(key + ".delay", Long.toString(delay.get().toSeconds()))
        : texts.get(key);
  }
}
