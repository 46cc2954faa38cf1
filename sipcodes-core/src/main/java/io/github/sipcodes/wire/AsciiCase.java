package io.github.sipcodes.wire;

/**
 * Case-insensitive comparison of ASCII text, as SIP's grammar means it: RFC 3261 §7.3.1 and §25 compare header
 * names, parameter names and the protocol name without regard to case, and all of these are ASCII tokens. Only
 * {@code A-Z} and {@code a-z} fold into each other. {@link String#equalsIgnoreCase} folds more: it takes the Turkish
 * dotless {@code ı} and dotted {@code İ}, and the Kelvin sign, for {@code i}, {@code I} and {@code k}, so that
 * {@code "Call-İD"} would pass for {@code Call-ID}; these methods do not.
 */
final class AsciiCase {

  private AsciiCase() {}

  /** Returns {@code c} with an ASCII upper-case letter turned into lower case; any other character unchanged. */
  static char toLowerCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Tells whether {@code text} holds {@code expected} at {@code offset}, ASCII letters compared without regard to
   * case. False when {@code text} is too short; never throws for an offset inside or at the end of {@code text}.
   */
  static boolean regionMatches(CharSequence text, int offset, String expected) {
    int length = expected.length();
    if (offset < 0 || offset > text.length() - length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (toLowerCase(text.charAt(offset + i)) != toLowerCase(expected.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether {@code a} and {@code b} are the same text, ASCII letters compared without regard to case. */
  static boolean equals(String a, String b) {
    return a.length() == b.length() && regionMatches(a, 0, b);
  }
}
