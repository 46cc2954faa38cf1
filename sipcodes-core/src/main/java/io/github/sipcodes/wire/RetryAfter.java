package io.github.sipcodes.wire;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Grammar.</b> {@code delta-seconds [ comment ] *( SEMI retry-param )}, where {@code retry-param} is
 * {@code duration=delta-seconds} or a generic-param (RFC 3261 §20.33, §25.1). The delay and duration are whole
 * seconds; the comment is kept as written between its outer parentheses, with nested comments and backslash
 * escapes; other parameters are kept in order in {@link #parameters()}. Input longer than {@link #MAX_LENGTH}
 * characters is refused.
 *
 * <p><b>Tolerated</b> ({@link ParseMode#TOLERANT}, the default), beyond the grammar:
 *
 * <ul>
 *   <li>the header name before the value, in any case: {@code "Retry-After: 120"} (the header has no compact form);
 *   <li>a trailing CRLF, LF or CR, white space around the value, and folded lines (unfolded first);
 *   <li>empty parameters ({@code 120;;duration=60}, a trailing {@code ;});
 *   <li>a delay or duration above {@link #MAX_SECONDS} (2<sup>32</sup>-1, about 136 years), clamped to
 *       {@link #MAX_SECONDS}: RFC 3261 §20.33 does not bound the number, and a device that sends a larger one means
 *       "not for a very long time".
 * </ul>
 *
 * <p>{@link ParseMode#STRICT} refuses all of these, a number above {@link #MAX_SECONDS} as overflow.
 * {@link #toString()} writes the value back; parsing that text in either mode gives an equal value.
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

  private static final String NAME = "Retry-After";
  private static final String WHAT = NAME + " value";
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
    if (Objects.requireNonNull(comment, "comment").isPresent() && !Lexer.isCommentContent(comment.get())) {
      throw new IllegalArgumentException("Invalid comment: \"" + comment.get()
          + "\" (expected balanced parentheses, no control characters and no white space at either end)");
    }
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    for (GenericParameter parameter : parameters) {
      if (AsciiCase.equals(parameter.name(), "duration")) {
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
   * Parses a {@code Retry-After} header value, tolerating what devices send (see the class description).
   *
   * @param value the header value, such as {@code "120 (I'm in a meeting);duration=3600"}
   * @return the parsed value
   * @throws SipParseException if {@code value} is not a {@code Retry-After} value, with the offset of the error: a
   *     negative or non-numeric delay, an unclosed comment, a second {@code duration}, or anything after the
   *     parameters
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static RetryAfter parse(CharSequence value) {
    return parse(value, ParseMode.TOLERANT);
  }

  /**
   * Parses a {@code Retry-After} header value in a mode.
   *
   * @param value the header value, such as {@code "120 (I'm in a meeting);duration=3600"}
   * @param mode {@link ParseMode#STRICT} to accept the grammar only and refuse numbers above {@link #MAX_SECONDS}
   * @return the parsed value
   * @throws SipParseException if {@code value} is not a {@code Retry-After} value in that mode, with the offset of
   *     the error
   * @throws NullPointerException if an argument is {@code null}
   */
  public static RetryAfter parse(CharSequence value, ParseMode mode) {
    return Lexer.parse(value, WHAT, mode, RetryAfter::read);
  }

  private static RetryAfter read(Lexer lexer) {
    @Nullable String overflow = lexer.isTolerant() ? null : OVERFLOW;
    lexer.skipWhitespace();
    lexer.skipHeaderName(NAME);
    long delay = lexer.number(DELTA_SECONDS, MAX_SECONDS, overflow);
    lexer.skipWhitespace();
    Optional<String> comment = lexer.peek() == '(' ? Optional.of(lexer.comment()) : Optional.empty();
    Optional<Duration> duration = Optional.empty();
    List<GenericParameter> parameters = List.of();
    for (String name = lexer.nextParameter(); name != null; name = lexer.nextParameter()) {
      if (AsciiCase.equals(name, "duration")) {
        if (duration.isPresent()) {
          throw Lexer.failAt(lexer.parameterAt(), "expected one duration parameter, found a second");
        }
        lexer.expect('=', "expected '=' and delta-seconds after duration");
        lexer.skipWhitespace();
        duration = Optional.of(Duration.ofSeconds(lexer.number(DELTA_SECONDS, MAX_SECONDS, overflow)));
      } else {
        if (parameters.isEmpty()) {
          parameters = new ArrayList<>(2);
        }
        parameters.add(lexer.genericParameter(name));
      }
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
