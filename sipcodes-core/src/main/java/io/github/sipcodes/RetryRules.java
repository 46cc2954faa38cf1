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

  private RetryRules() {}

  /** Returns the advice for a code a client acts on (a registered code, or the x00 or 183 it is treated as). */
  static RetryAdvice adviceFor(int code) {
    return switch (code) {
      case 300, 301, 302, 305 -> RetryAdvice.FollowRedirect.INSTANCE;
      case 401 -> WWW_CREDENTIALS;
      case 407 -> PROXY_CREDENTIALS;
      case 408, 480, 486, 500, 504, 600 -> RetryAdvice.RetryLater.UNSPECIFIED;
      case 491 -> RetryAdvice.RandomBackoff.INSTANCE;
      case 503 -> RetryAdvice.TryAlternateServer.UNSPECIFIED;
      default -> {
        String header = changeHeader(code);
        yield header == null ? RetryAdvice.DoNotRetry.INSTANCE : new RetryAdvice.RetryWithChanges(header);
      }
    };
  }

  /** The header that says how to change the request, for codes whose request must change; else null. */
  private static @Nullable String changeHeader(int code) {
    return switch (code) {
      case 405 -> "Allow"; // RFC 3261 §21.4.6
      case 412 -> "SIP-If-Match"; // RFC 3903 §5: publish anew without it
      case 415 -> "Accept"; // RFC 3261 §21.4.13
      case 417 -> "Accept-Resource-Priority"; // RFC 4412 §4.7.1: choose another Resource-Priority value
      case 424 -> "Geolocation-Error"; // RFC 6442 §4.3: fix the location as the error code says
      case 420 -> "Unsupported"; // RFC 3261 §21.4.15
      case 421 -> "Require"; // RFC 3261 §21.4.16
      case 422 -> "Min-SE"; // RFC 4028 §7.4
      case 423 -> "Min-Expires"; // RFC 3261 §21.4.17, §10.2.8
      case 428, 438 -> "Identity"; // RFC 8224 §6.2.2: add one; after 438, send the full form once
      case 429 -> "Referred-By"; // RFC 3892 §2.1
      case 469 -> "Recv-Info"; // RFC 6086 §4.2.1
      case 488, 606 -> "Warning"; // RFC 3261 §21.4.26, §21.6.4: offer another session description
      case 489 -> "Allow-Events"; // RFC 6665 §8.3.2
      case 494 -> "Security-Server"; // RFC 3329 §2.3.1
      default -> null;
    };
  }

  /**
   * Applies a Retry-After delay to the advice of a code (RFC 3261 §20.33): 503 avoids this server for the delay;
   * 404, 413, 480, 486, 500, 600, 603 and every other code whose request may be repeated unchanged retry after it.
   */
  static RetryAdvice withRetryAfter(int code, RetryAdvice advice, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    checkDelay(Optional.of(retryAfter));
    if (advice instanceof RetryAdvice.TryAlternateServer) {
      return new RetryAdvice.TryAlternateServer(Optional.of(retryAfter));
    }
    if (advice instanceof RetryAdvice.RetryLater || code == 404 || code == 413 || code == 603) {
      return new RetryAdvice.RetryLater(Optional.of(retryAfter));
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
