package io.github.sipcodes.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * A cursor over one header value or status line, with the RFC 3261 §25.1 building blocks that the parsers share:
 * tokens, numbers, quoted-strings, comments and parameter values.
 *
 * <p>Every method moves forward only and looks at each character a bounded number of times, so parsing is linear in
 * the input length; there are no regular expressions. Input longer than {@link #MAX_LENGTH} is refused up front.
 */
final class Lexer {

  /** The longest input any parser in this package accepts, in characters. */
  static final int MAX_LENGTH = 8192;

  private final String input;
  private final String what;
  private final int end;
  private int pos;

  private Lexer(String input, String what, int end) {
    this.input = input;
    this.what = what;
    this.end = end;
  }

  /**
   * Starts reading {@code input[0, end)}, after checking its length and that it holds no line break.
   *
   * @param what what is being parsed, for messages: "Retry-After value"
   */
  static Lexer over(CharSequence input, String what, int end) {
    String text = input.toString();
    if (text.length() > MAX_LENGTH) {
      throw new SipParseException(what, text, MAX_LENGTH, "expected at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new SipParseException(what, text, i, "expected no line break (unfold header lines before parsing)");
      }
    }
    return new Lexer(text, what, end);
  }

  /** Starts reading a whole header value; see {@link #over(CharSequence, String, int)}. */
  static Lexer over(CharSequence input, String what) {
    Objects.requireNonNull(input, "value");
    return over(input, what, input.length());
  }

  String input() {
    return input;
  }

  int pos() {
    return pos;
  }

  void moveTo(int newPos) {
    pos = newPos;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** Returns the current character, or 0 at the end. */
  char peek() {
    return pos < end ? input.charAt(pos) : 0;
  }

  SipParseException error(String expected) {
    return errorAt(pos, expected);
  }

  SipParseException errorAt(int offset, String expected) {
    return new SipParseException(what, input, offset, expected);
  }

  /** Skips spaces and tabs; tells whether there were any. */
  boolean skipWhitespace() {
    int start = pos;
    while (pos < end && isWhitespace(input.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  boolean accept(char c) {
    if (pos < end && input.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  void expect(char c, String expected) {
    if (!accept(c)) {
      throw error(expected);
    }
  }

  /** Fails unless the whole input has been read. */
  void expectEnd(String expected) {
    if (!atEnd()) {
      throw error(expected);
    }
  }

  /** Reads {@code 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")}. */
  String token(String expected) {
    int start = pos;
    while (pos < end && isTokenChar(input.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error(expected);
    }
    return input.substring(start, pos);
  }

  /** Reads a token that may also hold the ':' '[' ']' of a host and port: a warn-agent or a parameter value. */
  String hostOrToken(String expected) {
    int start = pos;
    while (pos < end && isHostChar(input.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error(expected);
    }
    return input.substring(start, pos);
  }

  /**
   * Reads {@code 1*DIGIT} as a number no greater than {@code max}.
   *
   * @param tooLarge the message when the number exceeds {@code max}
   */
  long number(String expected, long max, String tooLarge) {
    int start = pos;
    long value = 0;
    while (pos < end && isDigit(input.charAt(pos))) {
      value = value * 10 + (input.charAt(pos) - '0');
      if (value > max) {
        throw errorAt(start, tooLarge);
      }
      pos++;
    }
    if (pos == start) {
      throw error(expected);
    }
    return value;
  }

  /** Reads exactly three digits that are not followed by a fourth. */
  int threeDigits(String expected) {
    int start = pos;
    int value = 0;
    for (int i = 0; i < 3; i++) {
      if (pos >= end || !isDigit(input.charAt(pos))) {
        throw errorAt(start, expected);
      }
      value = value * 10 + (input.charAt(pos++) - '0');
    }
    if (pos < end && isDigit(input.charAt(pos))) {
      throw errorAt(start, expected);
    }
    return value;
  }

  /** Reads a quoted-string and returns its text with the quoted-pairs unescaped. */
  String quotedString(String expected) {
    if (!accept('"')) {
      throw error(expected);
    }
    // Most quoted-strings have no escapes: they end as a substring, and a builder is made at the first backslash.
    int start = pos;
    StringBuilder unescaped = null;
    while (true) {
      if (pos >= end) {
        throw error("expected '\"' to close the quoted-string");
      }
      char c = input.charAt(pos);
      if (c == '"') {
        pos++;
        return unescaped == null ? input.substring(start, pos - 1) : unescaped.toString();
      }
      if (c == '\\') {
        if (unescaped == null) {
          unescaped = new StringBuilder(end - start).append(input, start, pos);
        }
        unescaped.append(escaped());
      } else {
        checkText(c);
        if (unescaped != null) {
          unescaped.append(c);
        }
        pos++;
      }
    }
  }

  /** Reads a quoted-string and returns it as written, quotes and backslashes included. */
  String rawQuotedString(String expected) {
    int start = pos;
    quotedString(expected);
    return input.substring(start, pos);
  }

  /**
   * Reads a comment, {@code ( ... )} with nested comments and quoted-pairs, and returns what is between the outer
   * parentheses as written, without the white space next to them.
   */
  String comment() {
    expect('(', "expected '(' to open a comment");
    skipWhitespace();
    int start = pos;
    int significantEnd = pos;
    int depth = 1;
    while (true) {
      if (pos >= end) {
        throw error("expected ')' to close the comment");
      }
      char c = input.charAt(pos);
      if (c == '\\') {
        escaped();
        significantEnd = pos;
        continue;
      }
      if (c == ')' && --depth == 0) {
        String content = input.substring(start, significantEnd);
        pos++;
        return content;
      }
      if (c == '(') {
        depth++;
      } else {
        checkText(c);
      }
      pos++;
      if (!isWhitespace(c)) {
        significantEnd = pos;
      }
    }
  }

  /** Reads what follows the name of a generic-param (RFC 3261 §25.1): nothing, or '=' and a value. */
  GenericParameter genericParameter(String name) {
    Optional<String> value = Optional.empty();
    if (accept('=')) {
      skipWhitespace();
      value = Optional.of(genericValue());
    }
    return new GenericParameter(name, value);
  }

  /** Reads a gen-value (RFC 3261 §25.1): a token, a host, or a quoted-string, returned as written. */
  String genericValue() {
    return peek() == '"'
        ? rawQuotedString("expected a quoted-string")
        : hostOrToken("expected a parameter value (a token, a host or a quoted-string)");
  }

  /** Reads the character after a backslash, which must be ASCII and not CR or LF (RFC 3261 quoted-pair). */
  private char escaped() {
    pos++;
    if (pos >= end) {
      throw error("expected a character after '\\'");
    }
    char c = input.charAt(pos);
    if (c > 0x7F) {
      throw error("expected an ASCII character after '\\'");
    }
    pos++;
    return c;
  }

  private void checkText(char c) {
    if (isControl(c)) {
      throw error("expected text without control characters (escape them with '\\')");
    }
  }

  // ---- checks used by the record constructors, so that every record can be formatted and parsed back

  static void checkToken(String text, String what) {
    Lexer lexer = over(text, what);
    lexer.token("expected a token");
    lexer.expectEnd("expected a token");
  }

  static void checkGenericValue(String text) {
    Lexer lexer = over(text, "parameter value");
    lexer.genericValue();
    lexer.expectEnd("expected a token, a host or a quoted-string");
  }

  static void checkHostOrToken(String text, String what) {
    Lexer lexer = over(text, what);
    lexer.hostOrToken("expected a host or a token");
    lexer.expectEnd("expected a host or a token");
  }

  static void checkComment(String text) {
    Lexer lexer = over("(" + text + ")", "comment");
    if (!lexer.comment().equals(text) || !lexer.atEnd()) {
      throw new IllegalArgumentException(
          "Invalid comment: \"" + text + "\" (expected balanced parentheses and no white space at either end)");
    }
  }

  /** Rejects text that no quoted-string can carry: CR and LF. */
  static void checkQuotable(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new IllegalArgumentException(
            "Invalid " + what + ": line break at index " + i + " (expected text a quoted-string can carry)");
      }
    }
  }

  /** Writes text as a quoted-string, escaping '"', '\' and control characters other than tab. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || isControl(c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A character that may not appear unescaped in text: C0 controls other than tab, and DEL. */
  static boolean isControl(char c) {
    return (c < 0x20 && c != '\t') || c == 0x7F;
  }

  static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || "-.!%*_+`'~".indexOf(c) >= 0;
  }

  private static boolean isHostChar(char c) {
    return isTokenChar(c) || c == ':' || c == '[' || c == ']';
  }
}
