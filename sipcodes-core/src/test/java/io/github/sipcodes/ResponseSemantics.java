package io.github.sipcodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hand-kept table {@code response-semantics.csv}: what a client makes of each status code, written from the RFC
 * text. Tests compare the library with it; nothing here asks the library for an expectation.
 */
final class ResponseSemantics {

  /** The Retry-After delay the {@code withRetryAfter} column assumes. */
  static final Duration RETRY_AFTER = Duration.ofMinutes(10);

  /** One row of the table. */
  record Row(
      int code,
      int treatedAs,
      boolean retryable,
      boolean automatic,
      RetryAdvice advice,
      RetryAdvice withRetryAfter,
      CallOutcome outcome,
      boolean authRelated,
      String source) {

    @Override
    public String toString() {
      return code + " (" + source + ")";
    }
  }

  private static final List<Row> ROWS = read();

  private ResponseSemantics() {}

  static List<Row> rows() {
    return ROWS;
  }

  private static List<Row> read() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(ResponseSemantics.class.getResourceAsStream("response-semantics.csv"));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", 9);
        if (f.length != 9) {
          throw new IllegalStateException("Expected 9 fields: " + line);
        }
        RetryAdvice advice = advice(f[4]);
        rows.add(
            new Row(
                Integer.parseInt(f[0]),
                Integer.parseInt(f[1]),
                yes(f[2]),
                yes(f[3]),
                advice,
                f[5].equals("same") ? advice : advice(f[5]),
                CallOutcome.valueOf(f[6]),
                yes(f[7]),
                f[8]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rows);
  }

  static Stream<Row> all() {
    return rows().stream();
  }

  /** The row of a code, which the table must have. */
  static Row row(int code) {
    return rows().stream().filter(r -> r.code() == code).findFirst().orElseThrow(() -> new AssertionError(code));
  }

  private static boolean yes(String field) {
    return switch (field) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalStateException("Expected yes or no: " + field);
    };
  }

  /** Reads the advice column: a kind, then its details separated by spaces. */
  static RetryAdvice advice(String text) {
    String[] p = text.split(" ");
    return switch (p[0]) {
      case "DoNotRetry" -> new RetryAdvice.DoNotRetry();
      case "RetryLater" -> new RetryAdvice.RetryLater(delay(p));
      case "CalleeReachableLater" -> new RetryAdvice.CalleeReachableLater(delay(p));
      case "TryAlternateServer" -> new RetryAdvice.TryAlternateServer(delay(p));
      case "RandomBackoff" -> new RetryAdvice.RandomBackoff();
      case "RetryWithCredentials" -> new RetryAdvice.RetryWithCredentials(p[1], p[2]);
      case "RetryWithChanges" -> new RetryAdvice.RetryWithChanges(p[1]);
      case "RetryWithHeaderChange" ->
          new RetryAdvice.RetryWithHeaderChange(p[2], RetryAdvice.HeaderChange.valueOf(p[1]));
      case "FollowRedirect" -> new RetryAdvice.FollowRedirect();
      case "UseProxy" -> new RetryAdvice.UseProxy();
      default -> throw new IllegalStateException("Unknown advice: " + text);
    };
  }

  private static Optional<Duration> delay(String[] parts) {
    return parts.length > 1 ? Optional.of(Duration.parse(parts[1])) : Optional.empty();
  }
}
