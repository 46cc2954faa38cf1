package io.github.sipcodes.wire;

import java.util.Objects;

/**
 * The value of a {@code CSeq} header: the sequence number and the method of the request a message belongs to (RFC 3261
 * §20.16). A response carries its request's CSeq, so the method tells what was answered: a 401 to a REGISTER is the
 * normal first step of logging in, a 401 to an INVITE is not.
 *
 * <pre>{@code
 * CSeq cseq = CSeq.parse("4711 INVITE");
 * cseq.number();   // 4711
 * cseq.method();   // "INVITE"
 * CSeq.parse("CSeq: 0009\r\n  INVITE\r\n").number();   // 9: tolerant, folded
 * }</pre>
 *
 * <p><b>Grammar.</b> {@code 1*DIGIT LWS Method} (RFC 3261 §20.16, §25.1); the method is a token, kept as received
 * (methods are case-sensitive, RFC 3261 §7.1). RFC 3261 §8.1.1.5 says the number is a 32-bit unsigned integer below
 * 2<sup>31</sup>. Leading zeros are read as a number ({@code 0009} is 9, as in RFC 4475 §3.1.1.1). Input longer than
 * {@link #MAX_LENGTH} characters is refused.
 *
 * <p><b>Tolerated</b> ({@link ParseMode#TOLERANT}, the default), beyond the grammar:
 *
 * <ul>
 *   <li>the header name before the value, in any case: {@code "CSeq: 1 INVITE"};
 *   <li>a trailing CRLF, LF or CR, white space around the value, and folded lines (unfolded first);
 *   <li>a number from 2<sup>31</sup> to 2<sup>32</sup>-1, which fits the "32-bit unsigned" of RFC 3261 §8.1.1.5.
 * </ul>
 *
 * <p>{@link ParseMode#STRICT} refuses these, a number of 2<sup>31</sup> or more as "expected a sequence number below
 * 2^31". {@link #toString()} writes the value back; parsing it gives an equal value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the sequence number, 0 to 2<sup>32</sup>-1
 * @param method the method, such as {@code INVITE}, {@code REGISTER} or {@code CANCEL}
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.16">RFC 3261 §20.16</a>
 * @since 0.1.0
 */
public record CSeq(long number, String method) {

  /** The longest value {@link #parse(CharSequence)} accepts, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  /** The largest sequence number: 2<sup>32</sup>-1, a 32-bit unsigned integer (RFC 3261 §8.1.1.5). */
  public static final long MAX_NUMBER = 0xFFFF_FFFFL;

  private static final long MAX_STRICT = 0x7FFF_FFFFL;
  private static final String NAME = "CSeq";
  private static final String WHAT = NAME + " value";
  private static final String NUMBER = "expected a sequence number (RFC 3261 §20.16)";

  /**
   * Checks the components.
   *
   * @param number the sequence number
   * @param method the method, a token
   * @throws IllegalArgumentException if {@code number} is not between 0 and {@link #MAX_NUMBER}, or {@code method}
   *     is not a token
   * @throws NullPointerException if {@code method} is {@code null}
   */
  public CSeq {
    if (number < 0 || number > MAX_NUMBER) {
      throw new IllegalArgumentException(
          "Invalid CSeq number: " + number + " (expected 0 to " + MAX_NUMBER + ")");
    }
    if (!Lexer.isToken(Objects.requireNonNull(method, "method"))) {
      throw new IllegalArgumentException("Invalid CSeq method: \"" + method + "\" (expected a token)");
    }
  }

  /**
   * Parses a {@code CSeq} header value, tolerating what devices send (see the class description).
   *
   * @param value the header value, such as {@code "1 INVITE"}
   * @return the parsed value
   * @throws SipParseException if {@code value} is not a {@code CSeq} value, with the offset of the error
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static CSeq parse(CharSequence value) {
    return parse(value, ParseMode.TOLERANT);
  }

  /**
   * Parses a {@code CSeq} header value in a mode.
   *
   * @param value the header value, such as {@code "1 INVITE"}
   * @param mode {@link ParseMode#STRICT} to accept the grammar only, with a number below 2<sup>31</sup>
   * @return the parsed value
   * @throws SipParseException if {@code value} is not a {@code CSeq} value in that mode, with the offset of the error
   * @throws NullPointerException if an argument is {@code null}
   */
  public static CSeq parse(CharSequence value, ParseMode mode) {
    return Lexer.parse(value, WHAT, mode, CSeq::read);
  }

  private static CSeq read(Lexer lexer) {
    lexer.skipWhitespace();
    lexer.skipHeaderName(NAME);
    long number = lexer.isTolerant()
        ? lexer.number(NUMBER, MAX_NUMBER, "expected a sequence number of at most " + MAX_NUMBER)
        : lexer.number(NUMBER, MAX_STRICT, "expected a sequence number below 2^31 (RFC 3261 §8.1.1.5)");
    lexer.requireWhitespace("expected white space and a method after the sequence number");
    String method = lexer.token("expected a method such as INVITE (RFC 3261 §20.16)");
    lexer.skipWhitespace();
    lexer.expectEnd("expected the end of the value after the method");
    return new CSeq(number, method);
  }

  /**
   * Returns the value as written in a header.
   *
   * @return for example {@code "4711 INVITE"}
   */
  @Override
  public String toString() {
    return number + " " + method;
  }
}
