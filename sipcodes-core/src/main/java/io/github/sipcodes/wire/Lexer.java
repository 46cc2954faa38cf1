package io.github.sipcodes.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over one header value, with the RFC 3261 §25.1 building blocks that the parsers share: tokens, numbers,
 * quoted-strings, comments, the {@code ;name[=value]} parameter loop and the comma-separated list loop.
 *
 * <p>Every method moves forward only and looks at each character a bounded number of times, so parsing is linear in
 * the input length; there are no regular expressions. Input longer than {@link #MAX_LENGTH} is refused up front. A
 * parser signals bad input with a {@link Failure}, which carries no stack trace and is turned into a
 * {@link SipParseException} (or an {@link UnparsedValue}) at the public entry points {@link #parse} and
 * {@link #parseList}.
 *
 * <p>In {@link ParseMode#TOLERANT} mode the lexer drops one trailing line end, unfolds folded lines (RFC 3261 §7.3.1:
 * the line break and the white space after it count as one space), skips the header's own name before the value
 * ({@link #skipHeaderName(String)}), and skips empty parameters and empty list elements. The static predicates at the
 * end check record components without a lexer, so that a record built by a parser is checked by a plain scan of its
 * components and is not lexed twice.
 */
final class Lexer {

  /** The longest input any parser in this package accepts, in characters. */
  static final int MAX_LENGTH = 8192;

  /** Bad input, found at an offset; cheap to throw, never seen outside the package. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where the problem is. */
    final int offset;

    /** What was expected there, such as "expected a cause number". */
    final String expected;

    Failure(int offset, String expected) {
      super(expected, null, false, false);
      this.offset = offset;
      this.expected = expected;
    }
  }

  private static final String LINE_BREAK = "expected no line break (unfold header lines before parsing)";
  private static final String TOO_LONG = "expected at most " + MAX_LENGTH + " characters";

  /** RFC 3261 §25.1 {@code token}: alphanum and these marks. */
  private static final String TOKEN_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.!%*_+`'~";

  /** A warn-agent or parameter value may also hold the {@code : [ ]} of a host and port. */
  private static final String HOST_CHARS = TOKEN_CHARS + ":[]";

  // Each set as two 64-bit masks, bit c of the low one for c < 64 and bit c - 64 of the high one below 128: one shift
  // and test per character, where a chain of comparisons and a String.indexOf cost several.
  private static final long TOKEN_LOW = mask(TOKEN_CHARS, 0);
  private static final long TOKEN_HIGH = mask(TOKEN_CHARS, 64);
  private static final long HOST_LOW = mask(HOST_CHARS, 0);
  private static final long HOST_HIGH = mask(HOST_CHARS, 64);

  private final String input;
  private final boolean tolerant;
  private final int end;
  private int pos;
  private int parameterAt;

  private Lexer(String input, boolean tolerant, int end) {
    this.input = input;
    this.tolerant = tolerant;
    this.end = end;
  }

  /**
   * Starts reading a header value, after checking its length and its line breaks.
   *
   * <p>Strict: no line break at all. Tolerant: one trailing CRLF, LF or CR is dropped, and folded lines are unfolded;
   * any other line break is refused.
   */
  static Lexer over(String input, ParseMode mode) {
    if (input.length() > MAX_LENGTH) {
      throw new Failure(MAX_LENGTH, TOO_LONG);
    }
    int end = input.length();
    int lineBreak = lineBreakIn(input);
    if (mode == ParseMode.STRICT) {
      if (lineBreak >= 0) {
        throw new Failure(lineBreak, LINE_BREAK);
      }
      return new Lexer(input, false, end);
    }
    end = withoutLineEnd(input, 0, end);
    if (lineBreak >= 0 && lineBreak < end) {
      checkFolds(input, lineBreak, end);
      String unfolded = unfold(input, lineBreak, end);
      return new Lexer(unfolded, true, unfolded.length());
    }
    return new Lexer(input, true, end);
  }

  /**
   * Parses one value: wraps {@link #over(String, ParseMode)} and the parser, and turns a {@link Failure} into a
   * {@link SipParseException} that quotes the text parsed (unfolded, if it was folded).
   */
  static <T> T parse(CharSequence value, String what, ParseMode mode, Function<Lexer, T> parser) {
    String input = Objects.requireNonNull(value, "value").toString();
    Objects.requireNonNull(mode, "mode");
    Lexer lexer = null;
    try {
      lexer = over(input, mode);
      return parser.apply(lexer);
    } catch (Failure f) {
      throw new SipParseException(what, lexer == null ? input : lexer.input, f.offset, f.expected);
    }
  }

  /** Reads a start line (status or request line) in {@code text[start, end)}; a failure's offset counts from start. */
  @FunctionalInterface
  interface LineReader<T> {
    T read(String text, int start, int end, ParseMode mode);
  }

  /**
   * Reads a start line in {@code text[start, end)} and turns a {@link Failure} into a {@link SipParseException} that
   * quotes that part of the text.
   */
  static <T> T parseLine(String text, int start, int end, String what, ParseMode mode, LineReader<T> reader) {
    Objects.requireNonNull(mode, "mode");
    try {
      return reader.read(text, start, end, mode);
    } catch (Failure f) {
      throw new SipParseException(what, text.substring(start, end), f.offset, f.expected);
    }
  }

  /**
   * Parses a comma-separated list of values: every part that parses goes into the values, every part that does not
   * into the unparsed parts, and reading goes on after the next comma outside a quoted-string. Tolerant mode skips
   * the header name and empty parts; strict mode reports an empty part as unparsed.
   *
   * @param headerName the header's name, skipped before the value in tolerant mode
   * @param element reads one value and stops before the comma or the end that follows it
   * @param endExpected the message when a value is followed by something other than a comma or the end
   */
  static <T> HeaderValues<T> parseList(CharSequence value, ParseMode mode, String headerName, String what,
      Function<Lexer, T> element, String endExpected) {
    String input = Objects.requireNonNull(value, "value").toString();
    Objects.requireNonNull(mode, "mode");
    Lexer lexer;
    try {
      lexer = over(input, mode);
    } catch (Failure f) {
      UnparsedValue whole = new UnparsedValue(input.strip(), 0, f.offset, f.expected);
      return new HeaderValues<>(List.of(), List.of(whole), what, input);
    }
    return lexer.list(headerName, what, element, endExpected);
  }

  private <T> HeaderValues<T> list(String headerName, String what, Function<Lexer, T> element, String endExpected) {
    skipWhitespace();
    if (tolerant) {
      skipHeaderName(headerName);
      skipEmptyElements();
      if (atEnd()) {
        return HeaderValues.empty();
      }
    }
    // Most headers hold one value: it becomes a List.of(value), which HeaderValues keeps without a copy.
    T first = null;
    List<T> more = null;
    List<UnparsedValue> unparsed = List.of();
    do {
      int start = pos;
      try {
        T value = element.apply(this);
        skipWhitespace();
        if (!atEnd() && peek() != ',') {
          throw fail(endExpected);
        }
        if (first == null) {
          first = value;
        } else {
          if (more == null) {
            more = new ArrayList<>(4);
            more.add(first);
          }
          more.add(value);
        }
      } catch (Failure f) {
        if (unparsed.isEmpty()) {
          unparsed = new ArrayList<>(1);
        }
        int partEnd = nextComma(start);
        if (partEnd < f.offset) {
          partEnd = nextComma(f.offset);
        }
        unparsed.add(new UnparsedValue(input.substring(start, partEnd).strip(), start, f.offset, f.expected));
        pos = partEnd;
      }
      if (!accept(',')) {
        break;
      }
      skipWhitespace();
      if (tolerant) {
        skipEmptyElements();
      }
    } while (!(tolerant && atEnd()));
    List<T> values = more != null ? more : first != null ? List.of(first) : List.of();
    return new HeaderValues<>(values, unparsed, what, input);
  }

  private void skipEmptyElements() {
    while (accept(',')) {
      skipWhitespace();
    }
  }

  /** Returns the offset of the next comma outside a quoted-string at or after {@code from}, or the end. */
  private int nextComma(int from) {
    int i = from;
    while (i < end) {
      char c = input.charAt(i);
      if (c == ',') {
        return i;
      }
      if (c == '"') {
        i++;
        while (i < end && input.charAt(i) != '"') {
          i += input.charAt(i) == '\\' ? 2 : 1;
        }
      }
      i++;
    }
    return end;
  }

  // ---- the cursor

  String input() {
    return input;
  }

  boolean isTolerant() {
    return tolerant;
  }

  int pos() {
    return pos;
  }

  /** Moves back to an offset read before, to read it again another way. */
  void moveTo(int offset) {
    pos = offset;
  }

  /** Where the input ends: its length, or less by a line end the tolerant mode dropped. */
  int end() {
    return end;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** Returns the current character, or 0 at the end. */
  char peek() {
    return pos < end ? input.charAt(pos) : 0;
  }

  Failure fail(String expected) {
    return new Failure(pos, expected);
  }

  static Failure failAt(int offset, String expected) {
    return new Failure(offset, expected);
  }

  /** Skips spaces and tabs; tells whether there were any. */
  boolean skipWhitespace() {
    int start = pos;
    while (pos < end && isWhitespace(input.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  /** Requires white space: a space or tab, or more. */
  void requireWhitespace(String expected) {
    if (!skipWhitespace()) {
      throw fail(expected);
    }
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
      throw fail(expected);
    }
  }

  /** Fails unless the whole input has been read. */
  void expectEnd(String expected) {
    if (!atEnd()) {
      throw fail(expected);
    }
  }

  /**
   * In tolerant mode, skips the header's own name and colon before the value ({@code "Reason: "}, any case), as SIP
   * stacks print a header with {@code toString()}. No value of the headers read here can start with its name and a
   * colon, since a colon is not a token character.
   */
  void skipHeaderName(String name) {
    int length = name.length();
    if (!tolerant || !AsciiCase.regionMatches(input, pos, name)) {
      return;
    }
    int after = pos + length;
    while (after < end && isWhitespace(input.charAt(after))) {
      after++;
    }
    if (after < end && input.charAt(after) == ':') {
      pos = after + 1;
      skipWhitespace();
    }
  }

  // ---- RFC 3261 §25.1 building blocks

  /** Reads {@code 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")}. */
  String token(String expected) {
    int start = pos;
    while (pos < end && isTokenChar(input.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw fail(expected);
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
      throw fail(expected);
    }
    return input.substring(start, pos);
  }

  /**
   * Reads {@code 1*DIGIT} as a number no greater than {@code max}.
   *
   * @param tooLarge the message when the number exceeds {@code max}; {@code null} to clamp it to {@code max} instead
   */
  long number(String expected, long max, @Nullable String tooLarge) {
    int start = pos;
    long value = 0;
    while (pos < end && isDigit(input.charAt(pos))) {
      value = value * 10 + (input.charAt(pos) - '0');
      if (value > max) {
        if (tooLarge != null) {
          throw failAt(start, tooLarge);
        }
        value = max;
        while (pos < end && isDigit(input.charAt(pos))) {
          pos++;
        }
        return value;
      }
      pos++;
    }
    if (pos == start) {
      throw fail(expected);
    }
    return value;
  }

  /** Reads exactly three digits that are not followed by a fourth. */
  int threeDigits(String expected) {
    int start = pos;
    int value = 0;
    for (int i = 0; i < 3; i++) {
      if (pos >= end || !isDigit(input.charAt(pos))) {
        throw failAt(start, expected);
      }
      value = value * 10 + (input.charAt(pos++) - '0');
    }
    if (pos < end && isDigit(input.charAt(pos))) {
      throw failAt(start, expected);
    }
    return value;
  }

  /** Reads a quoted-string and returns its text with the quoted-pairs unescaped. */
  String quotedString(String expected) {
    if (!accept('"')) {
      throw fail(expected);
    }
    // Most quoted-strings have no escapes: they end as a substring, and a builder is made at the first backslash.
    int start = pos;
    StringBuilder unescaped = null;
    while (true) {
      if (pos >= end) {
        throw fail("expected '\"' to close the quoted-string");
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
        throw fail("expected ')' to close the comment");
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

  /** Reads the text up to the end or to {@code stop}, without the white space at its end; may be empty. */
  String textUntil(int stop) {
    int start = pos;
    int significantEnd = pos;
    while (pos < stop) {
      char c = input.charAt(pos);
      checkText(c);
      pos++;
      if (!isWhitespace(c)) {
        significantEnd = pos;
      }
    }
    return input.substring(start, significantEnd);
  }

  // ---- the parameter loop, once for every header: *( SEMI name [ EQUAL value ] )

  /**
   * Reads {@code ;} and the name of the next parameter, with the white space around them, and returns the name; or
   * returns {@code null} when no parameter follows. Tolerant mode skips empty parameters ({@code ;;}, a trailing
   * {@code ;}). {@link #parameterAt()} then says where the name starts.
   */
  @Nullable String nextParameter() {
    skipWhitespace();
    while (accept(';')) {
      skipWhitespace();
      if (tolerant && (atEnd() || peek() == ';' || peek() == ',')) {
        continue;
      }
      parameterAt = pos;
      String name = token("expected a parameter name");
      skipWhitespace();
      return name;
    }
    return null;
  }

  /** Where the name returned by the last {@link #nextParameter()} starts. */
  int parameterAt() {
    return parameterAt;
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

  /** Reads '=' and the value of a parameter, unquoted if it is a quoted-string. */
  String parameterValue(String name) {
    expect('=', "expected '=' and a value after " + name);
    skipWhitespace();
    return peek() == '"'
        ? quotedString("expected a quoted-string")
        : hostOrToken("expected a value (a token, a host or a quoted-string) after " + name + "=");
  }

  /** Reads a gen-value (RFC 3261 §25.1): a token, a host, or a quoted-string, returned as written. */
  String genericValue() {
    return peek() == '"'
        ? rawQuotedString("expected a quoted-string")
        : hostOrToken("expected a parameter value (a token, a host or a quoted-string)");
  }

  /**
   * Moves to the header parameters of the current value: past a display name, an address in angle brackets or a Via's
   * sent-protocol and sent-by, to the first {@code ;}, or to the comma or end that closes the value. Without angle
   * brackets the parameters after an address are header parameters (RFC 3261 §20.10).
   */
  void skipToHeaderParameters() {
    while (pos < end) {
      char c = input.charAt(pos);
      if (c == ';' || c == ',') {
        return;
      }
      if (c == '"') {
        pos = closingQuote(pos + 1);
      } else if (c == '<') {
        int close = input.indexOf('>', pos);
        pos = close < 0 || close >= end ? end : close;
      }
      pos = Math.min(pos + 1, end);
    }
  }

  private int closingQuote(int from) {
    int i = from;
    while (i < end && input.charAt(i) != '"') {
      i += input.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, end);
  }

  /**
   * Finds a header parameter of the current value by name (case-insensitive) and returns its value, unquoted; an
   * empty string for a parameter without a value. Reads the parameters of this value only.
   */
  Optional<String> findParameter(String wanted) {
    for (String name = nextParameter(); name != null; name = nextParameter()) {
      if (AsciiCase.equals(name, wanted)) {
        return Optional.of(peek() == '=' ? parameterValue(name) : "");
      }
      genericParameter(name);
    }
    return Optional.empty();
  }

  /** Reads the character after a backslash, which must be ASCII and not CR or LF (RFC 3261 quoted-pair). */
  private char escaped() {
    pos++;
    if (pos >= end) {
      throw fail("expected a character after '\\'");
    }
    char c = input.charAt(pos);
    if (c > 0x7F) {
      throw fail("expected an ASCII character after '\\'");
    }
    pos++;
    return c;
  }

  private void checkText(char c) {
    if (isControl(c)) {
      throw fail("expected text without control characters (escape them with '\\')");
    }
  }

  // ---- line ends and folding

  static boolean isLineBreak(char c) {
    return c == '\r' || c == '\n';
  }

  /**
   * Returns where the content of a start line (a status or request line) in {@code text[start, end)} begins and
   * ends, packed as {@code (begin << 32) | end}: tolerant mode drops a trailing CRLF, LF or CR and the white space
   * around the line, strict mode one trailing CRLF only.
   */
  static long lineBounds(String text, int start, int end, boolean tolerant) {
    int first = start;
    int last = end;
    if (tolerant) {
      last = trimEnd(text, start, withoutLineEnd(text, start, end));
      while (first < last && isWhitespace(text.charAt(first))) {
        first++;
      }
    } else if (last - start >= 2 && text.charAt(last - 2) == '\r' && text.charAt(last - 1) == '\n') {
      last -= 2;
    }
    return ((long) first << 32) | last;
  }

  /**
   * Reads the space a start line's grammar has at {@code p}: exactly one SP, or in tolerant mode a run of spaces and
   * tabs; returns the offset after it. A failure's offset counts from {@code start}.
   */
  static int lineSpace(String text, int p, int last, boolean tolerant, int start, String expected) {
    if (p >= last || (tolerant ? !isWhitespace(text.charAt(p)) : text.charAt(p) != ' ')) {
      throw failAt(p - start, expected);
    }
    p++;
    while (tolerant && p < last && isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** Returns {@code end} moved back over the spaces and tabs before it, not before {@code start}. */
  static int trimEnd(CharSequence text, int start, int end) {
    while (end > start && isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Returns {@code end} without one trailing CRLF, LF or CR. */
  static int withoutLineEnd(CharSequence text, int start, int end) {
    if (end > start && text.charAt(end - 1) == '\n') {
      end--;
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
    } else if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  /**
   * Replaces each line break (CRLF, LF or CR) and the white space after it with one space (RFC 3261 §7.3.1), from
   * {@code from} (at or before the first line break) to {@code end}.
   */
  static String unfold(String input, int from, int end) {
    StringBuilder out = new StringBuilder(end).append(input, 0, from);
    int i = from;
    while (i < end) {
      char c = input.charAt(i++);
      if (!isLineBreak(c)) {
        out.append(c);
        continue;
      }
      if (c == '\r' && i < end && input.charAt(i) == '\n') {
        i++;
      }
      while (i < end && isWhitespace(input.charAt(i))) {
        i++;
      }
      out.append(' ');
    }
    return out.toString();
  }

  /** Refuses a line break that is not followed by white space, which would end the header rather than fold it. */
  private static void checkFolds(String input, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = input.charAt(i);
      if (isLineBreak(c)) {
        int next = c == '\r' && i + 1 < end && input.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        if (next >= end || !isWhitespace(input.charAt(next))) {
          throw new Failure(i, "expected no line break other than a folded line (a line break, then a space or tab)");
        }
        i = next;
      }
    }
  }

  // ---- checks used by the record constructors: plain scans, no lexer and no allocation

  /** One token character or more. */
  static boolean isToken(CharSequence text) {
    return isRun(text, TOKEN_LOW, TOKEN_HIGH);
  }

  /** One token character or more, the ':' '[' ']' of a host and port included. */
  static boolean isHostOrToken(CharSequence text) {
    return isRun(text, HOST_LOW, HOST_HIGH);
  }

  private static boolean isRun(CharSequence text, long low, long high) {
    int length = text.length();
    if (length == 0) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!inSet(text.charAt(i), low, high)) {
        return false;
      }
    }
    return true;
  }

  /** A token, a host, or a whole quoted-string as written (RFC 3261 gen-value). */
  static boolean isGenericValue(String text) {
    if (text.length() < 2 || text.charAt(0) != '"') {
      return isHostOrToken(text);
    }
    int last = text.length() - 1;
    if (text.charAt(last) != '"') {
      return false;
    }
    for (int i = 1; i < last; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (++i >= last || text.charAt(i) > 0x7F) {
          return false;
        }
      } else if (c == '"' || isControl(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text that a quoted-string can carry once escaped: anything but CR and LF. Returns the index of the first one, or
   * -1. Two {@code indexOf} calls, which the JIT compiles to vector instructions, are faster than one loop that tests
   * both characters, and most texts hold neither.
   */
  static int lineBreakIn(String text) {
    int lineFeed = text.indexOf('\n');
    int carriageReturn = text.indexOf('\r');
    return lineFeed < 0 ? carriageReturn : carriageReturn < 0 ? lineFeed : Math.min(lineFeed, carriageReturn);
  }

  static void checkQuotable(String text, String what) {
    int at = lineBreakIn(text);
    if (at >= 0) {
      throw new IllegalArgumentException(
          "Invalid " + what + ": line break at index " + at + " (expected text a quoted-string can carry)");
    }
  }

  /**
   * The content of a comment as {@link #comment()} returns it: balanced parentheses, quoted-pairs with an ASCII
   * character, no control character other than tab, and no white space at either end.
   */
  static boolean isCommentContent(String text) {
    int length = text.length();
    if (length > 0 && isWhitespace(text.charAt(0))) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (++i >= length || text.charAt(i) > 0x7F) {
          return false;
        }
      } else if (c == '(') {
        depth++;
      } else if ((c == ')' && --depth < 0) || isControl(c) || (i == length - 1 && isWhitespace(c))) {
        return false;
      }
    }
    return depth == 0;
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

  /** One of the {@link #TOKEN_CHARS}. */
  static boolean isTokenChar(char c) {
    return inSet(c, TOKEN_LOW, TOKEN_HIGH);
  }

  /** One of the {@link #HOST_CHARS}. */
  private static boolean isHostChar(char c) {
    return inSet(c, HOST_LOW, HOST_HIGH);
  }

  /** The bits of the characters from {@code base} to {@code base + 63} among {@code chars}. */
  private static long mask(String chars, int base) {
    long bits = 0;
    for (int i = 0; i < chars.length(); i++) {
      int c = chars.charAt(i) - base;
      if (c >= 0 && c < 64) {
        bits |= 1L << c;
      }
    }
    return bits;
  }

  /** Tells whether {@code c} is in the set whose masks are given; a long shift uses the low six bits of {@code c}. */
  private static boolean inSet(char c, long low, long high) {
    return c < 128 && ((c < 64 ? low : high) >>> c & 1) != 0;
  }
}
