package io.github.sipcodes.wire;

import java.util.Locale;

/**
 * Thrown when text is not a valid SIP status line or header value: says what was expected, and where.
 *
 * <pre>{@code
 * try {
 *   RetryAfter.parse("soon");
 * } catch (SipParseException e) {
 *   e.getMessage();   // Invalid Retry-After value "soon" at offset 0: expected delta-seconds (RFC 3261 §20.33)
 *   e.offset();       // 0
 * }
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, so code that already catches bad arguments catches it too.
 *
 * @since 0.1.0
 */
public final class SipParseException extends IllegalArgumentException {

  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** How much of the input a message quotes; longer input is cut with "...". */
  private static final int QUOTED_LENGTH = 80;

  /** Where in the input the error was found. */
  private final int offset;

  SipParseException(String what, CharSequence input, int offset, String expected) {
    super("Invalid " + what + " " + quote(input) + " at offset " + offset + ": " + expected);
    this.offset = offset;
  }

  private static String quote(CharSequence input) {
    StringBuilder out = new StringBuilder(QUOTED_LENGTH + 8).append('"');
    int shown = Math.min(input.length(), QUOTED_LENGTH);
    for (int i = 0; i < shown; i++) {
      char c = input.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(input.length() > shown ? "...\"" : "\"").toString();
  }

  /**
   * Returns where in the input the error was found.
   *
   * @return a zero-based index into the input, from 0 to its length
   */
  public int offset() {
    return offset;
  }
}
