package io.github.sipcodes.wire;

import io.github.sipcodes.SipResponse;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The first line of a SIP response: the status code and the reason phrase as the peer sent it (RFC 3261 §7.2). The
 * version is always {@value #SIP_2_0}, so it is not a component.
 *
 * <pre>{@code
 * StatusLine line = StatusLine.parse("SIP/2.0 403 Insufficient funds\r\n");
 * line.response();       // 403 Forbidden
 * line.reasonPhrase();   // "Insufficient funds": what the peer sent
 * line.toString();       // "SIP/2.0 403 Insufficient funds"
 * StatusLine.parse("SIP/2.0 200 OK\n");                    // tolerant: LF-only line end
 * StatusLine.parse("SIP/2.0 200 OK\n", ParseMode.STRICT);  // SipParseException at offset 14
 * }</pre>
 *
 * <p><b>Grammar.</b> {@code SIP/2.0 SP 3DIGIT SP Reason-Phrase} (RFC 3261 §7.2, §25.1). The version must be 2.0; the
 * "SIP" is case-insensitive (RFC 3261 §7.1), so {@code sip/2.0} is read as {@code SIP/2.0}. The code must be 100 to
 * 699: RFC 4475 §3.1.2.19 sends {@code 4294967301}, which is refused with "expected a three-digit status code". The
 * phrase may be empty, with or without the space before it (RFC 4475 §3.1.1.13), and may hold any character except
 * control characters other than tab: RFC 3261 §25.1 is stricter, but devices send phrases with characters such as
 * {@code #}, {@code "} or {@code [}. A request line ({@code INVITE sip:bob@example.com SIP/2.0}) is refused with a
 * message that says so. Input longer than {@link #MAX_LENGTH} characters is refused.
 *
 * <p><b>Tolerated</b> ({@link ParseMode#TOLERANT}, the default), beyond the grammar:
 *
 * <ul>
 *   <li>a trailing CRLF, LF or CR (LF-only captures, lines split on {@code \n});
 *   <li>white space before the line and after the phrase, which is dropped;
 *   <li>runs of spaces and tabs where the grammar has one SP, around the code.
 * </ul>
 *
 * <p>{@link ParseMode#STRICT} accepts one trailing CRLF and nothing else beyond the grammar; it keeps the phrase as
 * sent, spaces included. {@link #toString()} writes the line back without CRLF, and parsing that text in either mode
 * gives an equal value (in strict mode, a phrase with white space at an end stays as it is).
 *
 * <p><b>Speed.</b> When the phrase sent is the registered one, parsing allocates nothing: it returns the instance
 * that {@link #of(SipResponse)} caches for the code. A line written exactly as {@link #toString()} writes it, with or
 * without CRLF, is recognized by one comparison of the whole text, without reading it part by part.
 *
 * <p>Immutable and thread-safe.
 *
 * @param response the status code
 * @param reasonPhrase the phrase as received, possibly empty
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.2">RFC 3261 §7.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4475#section-3.1.1.12">RFC 4475 §3.1.1.12 (unusual phrase)</a>
 * @since 0.1.0
 */
public record StatusLine(SipResponse response, String reasonPhrase) {

  /** The only SIP version this type accepts, and the one it writes. */
  public static final String SIP_2_0 = "SIP/2.0";

  /** The longest line {@link #parse(CharSequence)} accepts, in characters, line end included. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  private static final String WHAT = "SIP status line";

  /** The line with the registered phrase and its text, per code, made on first use. */
  private static final @Nullable Canonical[] CANONICAL = new Canonical[SipResponse.MAX_CODE + 1];

  /**
   * The line with the registered phrase of a code and its text as {@link #toString()} writes it, without and with
   * CRLF; one array element holds all three, so that a thread that sees a text also sees the line (final fields).
   */
  private record Canonical(StatusLine line, String text, String textWithCrlf) {}

  /**
   * Checks the components.
   *
   * @param response the status code
   * @param reasonPhrase the phrase, possibly empty
   * @throws IllegalArgumentException if {@code reasonPhrase} holds a control character other than tab
   * @throws NullPointerException if an argument is {@code null}
   */
  public StatusLine {
    Objects.requireNonNull(response, "response");
    for (int i = 0; i < Objects.requireNonNull(reasonPhrase, "reasonPhrase").length(); i++) {
      if (Lexer.isControl(reasonPhrase.charAt(i))) {
        throw new IllegalArgumentException(
            "Invalid reason phrase: control character at index " + i + " (expected text without control characters)");
      }
    }
  }

  /**
   * Returns the status line with the registered phrase of the code, such as {@code SIP/2.0 486 Busy Here}.
   *
   * @param response the status code
   * @return the status line; the same instance for every call with the same code
   * @throws NullPointerException if {@code response} is {@code null}
   */
  public static StatusLine of(SipResponse response) {
    return canonical(Objects.requireNonNull(response, "response").code()).line;
  }

  private static Canonical canonical(int code) {
    Canonical canonical = CANONICAL[code];
    if (canonical == null) {
      // A race makes two equal instances, one of which is kept: harmless, both are immutable.
      StatusLine line = new StatusLine(SipResponse.of(code), SipResponse.of(code).reasonPhrase());
      String text = line.toString();
      canonical = new Canonical(line, text, text + "\r\n");
      CANONICAL[code] = canonical;
    }
    return canonical;
  }

  /**
   * Returns the cached line when {@code text} is exactly what {@link #toString()} writes for a code's registered
   * phrase ({@code SIP/2.0 180 Ringing}), with or without CRLF, the shape nearly every status line has once cut from
   * its message; null otherwise, and then the full parse decides. Both modes read such a text as that line, so this is
   * a shortcut, not a different reading: it finds the code at its fixed place and compares the whole text at once.
   */
  private static @Nullable StatusLine registeredLine(String text) {
    int version = SIP_2_0.length();
    if (text.length() <= version + 4 || text.charAt(version) != ' ' || text.charAt(version + 4) != ' ') {
      return null;
    }
    int code = 0;
    for (int i = version + 1; i <= version + 3; i++) {
      char digit = text.charAt(i);
      if (!Lexer.isDigit(digit)) {
        return null;
      }
      code = code * 10 + digit - '0';
    }
    if (!SipResponse.isValidCode(code)) {
      return null;
    }
    Canonical canonical = canonical(code);
    String expected = text.charAt(text.length() - 1) == '\n' ? canonical.textWithCrlf : canonical.text;
    return text.equals(expected) ? canonical.line : null;
  }

  /**
   * Parses a status line, tolerating what devices send (see the class description).
   *
   * @param line the line, with or without its line end, such as {@code "SIP/2.0 180 Ringing\r\n"}
   * @return the status line
   * @throws SipParseException if {@code line} is not a SIP/2.0 status line with a code from 100 to 699, with the
   *     offset of the error
   * @throws NullPointerException if {@code line} is {@code null}
   */
  public static StatusLine parse(CharSequence line) {
    return parse(line, ParseMode.TOLERANT);
  }

  /**
   * Parses a status line in a mode.
   *
   * @param line the line, such as {@code "SIP/2.0 180 Ringing\r\n"}
   * @param mode {@link ParseMode#STRICT} to accept the grammar and one trailing CRLF only
   * @return the status line
   * @throws SipParseException if {@code line} is not a status line in that mode, with the offset of the error
   * @throws NullPointerException if an argument is {@code null}
   */
  public static StatusLine parse(CharSequence line, ParseMode mode) {
    String text = Objects.requireNonNull(line, "line").toString();
    Objects.requireNonNull(mode, "mode");
    StatusLine registered = registeredLine(text);
    if (registered != null) {
      return registered;
    }
    return Lexer.parseLine(text, 0, text.length(), WHAT, mode, StatusLine::read);
  }

  /**
   * Reads the status line in {@code text[start, end)}; a failure's offset counts from {@code start}. Allocates
   * nothing but the result, and not even that when the phrase is the registered one.
   */
  static StatusLine read(String text, int start, int end, ParseMode mode) {
    if (end - start > MAX_LENGTH) {
      throw Lexer.failAt(MAX_LENGTH, "expected at most " + MAX_LENGTH + " characters");
    }
    boolean tolerant = mode == ParseMode.TOLERANT;
    long bounds = Lexer.lineBounds(text, start, end, tolerant);
    int p = (int) (bounds >>> 32);
    int last = (int) bounds;
    if (!AsciiCase.regionMatches(text, p, SIP_2_0)) {
      throw Lexer.failAt(p - start, expectedVersion(text, p, last));
    }
    p = Lexer.lineSpace(text, p + SIP_2_0.length(), last, tolerant, start, "expected a space after SIP/2.0");
    int codeAt = p;
    int code = 0;
    for (int i = 0; i < 3; i++, p++) {
      if (p >= last || !Lexer.isDigit(text.charAt(p))) {
        throw Lexer.failAt(codeAt - start, "expected a three-digit status code (RFC 3261 §7.2)");
      }
      code = code * 10 + text.charAt(p) - '0';
    }
    if (p < last && Lexer.isDigit(text.charAt(p))) {
      throw Lexer.failAt(codeAt - start, "expected a three-digit status code (RFC 3261 §7.2)");
    }
    if (!SipResponse.isValidCode(code)) {
      throw Lexer.failAt(codeAt - start,
          "expected a status code from 100 to 699, found " + text.substring(codeAt, codeAt + 3));
    }
    if (p < last) {
      p = Lexer.lineSpace(text, p, last, tolerant, start, "expected a space after the status code");
    }
    StatusLine canonical = canonical(code).line;
    String registered = canonical.reasonPhrase;
    // The registered phrase has no control character: when it is what was sent, the phrase needs no other check.
    if (last - p == registered.length() && text.regionMatches(p, registered, 0, registered.length())) {
      return canonical;
    }
    for (int i = p; i < last; i++) {
      char c = text.charAt(i);
      if (Lexer.isLineBreak(c)) {
        throw Lexer.failAt(i - start, "expected no line break (one status line, with or without its line end)");
      }
      if (Lexer.isControl(c)) {
        throw Lexer.failAt(i - start, "expected a reason phrase without control characters");
      }
    }
    return new StatusLine(canonical.response, text.substring(p, last));
  }

  /** Says what was expected at the start, recognizing request lines and other SIP versions. */
  private static String expectedVersion(String text, int start, int end) {
    String suffix = " " + SIP_2_0;
    if (end - start > suffix.length() && AsciiCase.regionMatches(text, end - suffix.length(), suffix)) {
      return "expected a status line (SIP/2.0 code phrase), found a request line";
    }
    if (AsciiCase.regionMatches(text, start, "SIP/")) {
      return "expected SIP version 2.0 (RFC 3261 §7.1)";
    }
    return "expected \"SIP/2.0\" (RFC 3261 §7.2)";
  }

  /**
   * Returns the line as sent on the wire, without the line end.
   *
   * @return for example {@code "SIP/2.0 486 Busy Here"}, or {@code "SIP/2.0 200 "} with an empty phrase
   */
  @Override
  public String toString() {
    return SIP_2_0 + " " + response.code() + " " + reasonPhrase;
  }
}
