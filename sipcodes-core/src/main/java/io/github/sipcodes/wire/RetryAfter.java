package io.github.sipcodes.wire;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a {@code Retry-After} header: how long to wait before trying again, and optionally for how long the
 * callee will then be reachable and a comment for people (RFC 3261 §20.33).
 *
 * <pre>{@code
 * RetryAfter r = RetryAfter.parse("18000;duration=3600");
 * r.delay();      // PT5H
 * r.duration();   // Optional[PT1H]
 * RetryAfter.parse("120 (I'm in a meeting)").comment();   // Optional[I'm in a meeting]
 * SipResponse.of(503).retryAdvice(r.delay());             // what to do with it
 * }</pre>
 *
 * <p>Parse the value only, without the header name and colon: {@code parse("120")}, not
 * {@code parse("Retry-After: 120")}. Header lines must be unfolded first. Input longer than {@link #MAX_LENGTH}
 * characters is refused.
 *
 * <p>The delay and duration are whole seconds from 0 to 4294967295 (2<sup>32</sup>-1); larger values are refused as
 * overflow. The comment is kept as written between its outer parentheses, with nested comments and backslash escapes.
 * Other parameters are kept in order in {@link #parameters()}. {@link #toString()} writes the value back;
 * {@code parse(r.toString())} equals {@code r}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delay how long to wait, whole seconds
 * @param duration how long the callee stays reachable after the delay; empty means indefinitely
 * @param comment the comment, without its outer parentheses
 * @param parameters other parameters, in the order received
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.33">RFC 3261 §20.33</a>
 * @since 0.1.0
 */
public record RetryAfter(
    Duration delay, Optional<Duration> duration, Optional<String> comment, List<GenericParameter> parameters) {

  /** The longest value {@link #parse(CharSequence)} accepts, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  /** The largest delay or duration, in seconds: 2<sup>32</sup>-1. */
  public static final long MAX_SECONDS = 0xFFFF_FFFFL;

  private static final String WHAT = "Retry-After value";
  private static final String DELTA_SECONDS = "expected delta-seconds (RFC 3261 §20.33)";
  private static final String OVERFLOW = "expected at most " + MAX_SECONDS + " seconds";

  /**
   * Checks the components.
   *
   * @param delay how long to wait
   * @param duration how long the callee stays reachable, or empty
   * @param comment the comment, or empty
   * @param parameters other parameters; copied
   * @throws IllegalArgumentException if a duration is negative, not whole seconds or above {@link #MAX_SECONDS}; if
   *     the comment has unbalanced parentheses, white space at either end or a line break; or if a parameter is
   *     named {@code duration}
   * @throws NullPointerException if an argument or parameter is {@code null}
   */
  public RetryAfter {
    checkSeconds(Objects.requireNonNull(delay, "delay"), "delay");
    Objects.requireNonNull(duration, "duration").ifPresent(d -> checkSeconds(d, "duration"));
    Objects.requireNonNull(comment, "comment").ifPresent(Lexer::checkComment);
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    for (GenericParameter parameter : parameters) {
      if (parameter.name().equalsIgnoreCase("duration")) {
        throw new IllegalArgumentException("Invalid Retry-After parameter: duration (expected it in duration())");
      }
    }
  }

  /**
   * Creates a value with a delay only.
   *
   * @param delay how long to wait, whole seconds
   * @return the value, such as {@code 120}
   * @throws IllegalArgumentException if {@code delay} is negative, not whole seconds or above {@link #MAX_SECONDS}
   */
  public static RetryAfter of(Duration delay) {
    return new RetryAfter(delay, Optional.empty(), Optional.empty(), List.of());
  }

  private static void checkSeconds(Duration d, String name) {
    if (d.isNegative() || d.toNanosPart() != 0 || d.toSeconds() > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "Invalid Retry-After " + name + ": " + d + " (expected whole seconds from 0 to " + MAX_SECONDS + ")");
    }
  }

  /**
   * Parses a {@code Retry-After} header value.
   *
   * @param value the header value, such as {@code "120 (I'm in a meeting);duration=3600"}
   * @return the parsed value
   * @throws SipParseException if {@code value} is not a valid {@code Retry-After} value, with the offset of the
   *     error: a negative or non-numeric delay, a number above {@link #MAX_SECONDS}, an unclosed comment, a second
   *     {@code duration}, or anything after the parameters
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static RetryAfter parse(CharSequence value) {
    Lexer lexer = Lexer.over(value, WHAT);
    lexer.skipWhitespace();
    long delay = lexer.number(DELTA_SECONDS, MAX_SECONDS, OVERFLOW);
    lexer.skipWhitespace();
    Optional<String> comment = lexer.peek() == '(' ? Optional.of(lexer.comment()) : Optional.empty();
    lexer.skipWhitespace();
    Optional<Duration> duration = Optional.empty();
    List<GenericParameter> parameters = new ArrayList<>();
    while (lexer.accept(';')) {
      lexer.skipWhitespace();
      int nameAt = lexer.pos();
      String name = lexer.token("expected a parameter name");
      lexer.skipWhitespace();
      if (name.equalsIgnoreCase("duration")) {
        if (duration.isPresent()) {
          throw lexer.errorAt(nameAt, "expected one duration parameter, found a second");
        }
        lexer.expect('=', "expected '=' and delta-seconds after duration");
        lexer.skipWhitespace();
        duration = Optional.of(Duration.ofSeconds(lexer.number(DELTA_SECONDS, MAX_SECONDS, OVERFLOW)));
      } else {
        parameters.add(lexer.genericParameter(name));
      }
      lexer.skipWhitespace();
    }
    lexer.expectEnd(comment.isPresent()
        ? "expected ';' or the end of the value"
        : "expected a comment, ';' or the end of the value");
    return new RetryAfter(Duration.ofSeconds(delay), duration, comment, parameters);
  }

  /**
   * Returns the header value: the delay in seconds, then the comment, the duration and the other parameters.
   *
   * @return for example {@code "18000;duration=3600"} or {@code "120 (I'm in a meeting)"}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append(delay.toSeconds());
    comment.ifPresent(c -> out.append(" (").append(c).append(')'));
    duration.ifPresent(d -> out.append(";duration=").append(d.toSeconds()));
    for (GenericParameter parameter : parameters) {
      out.append(';').append(parameter);
    }
    return out.toString();
  }
}
