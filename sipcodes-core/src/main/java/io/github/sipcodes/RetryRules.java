package io.github.sipcodes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The retry decision for each status code, kept in one place; {@link RetryAdvice}'s class javadoc is the table this
 * code implements.
 */
final class RetryRules {

  private static final RetryAdvice WWW_CREDENTIALS =
      new RetryAdvice.RetryWithCredentials("WWW-Authenticate", "Authorization");
  private static final RetryAdvice PROXY_CREDENTIALS =
      new RetryAdvice.RetryWithCredentials("Proxy-Authenticate", "Proxy-Authorization");
  private static final RetryAdvice WITHOUT_SIP_IF_MATCH =
      new RetryAdvice.RetryWithHeaderChange("SIP-If-Match", RetryAdvice.HeaderChange.REMOVE);
  private static final RetryAdvice WITH_IDENTITY =
      new RetryAdvice.RetryWithHeaderChange("Identity", RetryAdvice.HeaderChange.ADD);
  private static final RetryAdvice WITH_REFERRED_BY =
      new RetryAdvice.RetryWithHeaderChange("Referred-By", RetryAdvice.HeaderChange.ADD);

  private RetryRules() {}

  /** Returns the advice for a code a client acts on (a registered code, or the x00 or 183 it is treated as). */
  static RetryAdvice adviceFor(int code) {
    return switch (code) {
      case 300, 301, 302 -> RetryAdvice.FollowRedirect.INSTANCE;
      case 305 -> RetryAdvice.UseProxy.INSTANCE;
      case 401 -> WWW_CREDENTIALS;
      case 407 -> PROXY_CREDENTIALS;
      case 408, 500, 504 -> RetryAdvice.RetryLater.UNSPECIFIED;
      case 480, 486, 600 -> RetryAdvice.CalleeReachableLater.UNSPECIFIED;
      case 491 -> RetryAdvice.RandomBackoff.INSTANCE;
      case 503 -> RetryAdvice.TryAlternateServer.UNSPECIFIED;
      case 412 -> WITHOUT_SIP_IF_MATCH; // RFC 3903 §5: publish anew without it
      case 428, 438 -> WITH_IDENTITY; // RFC 8224 §6.2.2; after 438 a new one in full form, §6.1.1
      case 429 -> WITH_REFERRED_BY; // RFC 3892 §5
      default -> {
        String header = responseHeaderFor(code);
        yield header == null ? RetryAdvice.DoNotRetry.INSTANCE : new RetryAdvice.RetryWithChanges(header);
      }
    };
  }

  /** The response header that says how to change the request, for codes whose request must change; else null. */
  private static @Nullable String responseHeaderFor(int code) {
    return switch (code) {
      case 415 -> "Accept"; // RFC 3261 §8.1.3.5, §21.4.13 (also Accept-Encoding, Accept-Language)
      case 417 -> "Accept-Resource-Priority"; // RFC 4412: choose a Resource-Priority value it lists
      case 420 -> "Unsupported"; // RFC 3261 §8.1.3.5, §21.4.15
      case 421 -> "Require"; // RFC 3261 §21.4.16
      case 422 -> "Min-SE"; // RFC 4028 §7.3
      case 423 -> "Min-Expires"; // RFC 3261 §10.2.8, §21.4.17
      case 424 -> "Geolocation-Error"; // RFC 6442 §4.3
      case 425 -> "AlertMsg-Error"; // RFC 8876
      case 469 -> "Recv-Info"; // RFC 6086: the Info Packages the receiver accepts
      case 470 -> "Permission-Missing"; // RFC 5360: the recipients without consent
      case 488, 606 -> "Warning"; // RFC 3261 §21.4.26, §21.6.4: offer another session description
      case 489 -> "Allow-Events"; // RFC 6665 §8.3.2
      case 494 -> "Security-Server"; // RFC 3329 §2.3.1
      default -> null;
    };
  }

  /**
   * Applies a Retry-After delay to the advice of a code (RFC 3261 §20.33). 503 avoids this server for the delay
   * (§21.5.4). 404 and 603 say when the called party expects to be available again: the callee may be reachable
   * then. 413 with a delay is a temporary limit after which the client may try again (§21.4.11). Every other advice
   * that carries a delay takes this one; the rest stands.
   */
  static RetryAdvice withRetryAfter(int code, RetryAdvice advice, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    Optional<Duration> delay = Optional.of(retryAfter);
    checkDelay(delay);
    if (advice instanceof RetryAdvice.TryAlternateServer) {
      return new RetryAdvice.TryAlternateServer(delay);
    }
    if (advice instanceof RetryAdvice.CalleeReachableLater || code == 404 || code == 603) {
      return new RetryAdvice.CalleeReachableLater(delay);
    }
    if (advice instanceof RetryAdvice.RetryLater || code == 413) {
      return new RetryAdvice.RetryLater(delay);
    }
    return advice;
  }

  static void checkDelay(Optional<Duration> delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isPresent() && delay.get().isNegative()) {
      throw new IllegalArgumentException("Invalid retry delay: " + delay.get() + " (expected zero or more)");
    }
  }

  static void checkHeader(String header) {
    Objects.requireNonNull(header, "header");
    if (header.isBlank()) {
      throw new IllegalArgumentException("Invalid header name: \"" + header + "\" (expected a header field name)");
    }
  }
}
