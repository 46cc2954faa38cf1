package io.github.sipcodes.wire;

import java.util.Objects;

/**
 * The first line of a SIP request: the method and the Request-URI (RFC 3261 §7.1). The version is always
 * {@value StatusLine#SIP_2_0}, so it is not a component.
 *
 * <pre>{@code
 * RequestLine line = RequestLine.parse("CANCEL sip:bob@example.com SIP/2.0\r\n");
 * line.method();       // "CANCEL"
 * line.requestUri();   // "sip:bob@example.com"
 * line.toString();     // "CANCEL sip:bob@example.com SIP/2.0"
 * }</pre>
 *
 * <p><b>Grammar.</b> {@code Method SP Request-URI SP SIP-Version} (RFC 3261 §7.1, §25.1). The method is a token, kept
 * as received (methods are case-sensitive); an unknown method such as the one of RFC 4475 §3.1.1.2 is a token like
 * any other. The Request-URI is not parsed: it is the run of characters up to the next space, which may not be empty
 * or hold a control character. The version must be 2.0, its "SIP" in any case. A status line is refused with a message
 * that says so. Input longer than {@link #MAX_LENGTH} characters is refused.
 *
 * <p><b>Tolerated</b> ({@link ParseMode#TOLERANT}, the default), beyond the grammar: a trailing CRLF, LF or CR; white
 * space before and after the line; runs of spaces and tabs where the grammar has one SP. {@link ParseMode#STRICT}
 * accepts one trailing CRLF and nothing else. {@link #toString()} writes the line back without its line end; parsing
 * it gives an equal value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method the method, such as {@code INVITE} or {@code CANCEL}
 * @param requestUri the Request-URI as received
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.1">RFC 3261 §7.1</a>
 * @since 0.1.0
 */
public record RequestLine(String method, String requestUri) {

  /** The longest line {@link #parse(CharSequence)} accepts, in characters, line end included. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  private static final String WHAT = "SIP request line";

  /**
   * Checks the components.
   *
   * @param method the method, a token
   * @param requestUri the Request-URI: not empty, no white space or control character
   * @throws IllegalArgumentException if a component does not fit the grammar
   * @throws NullPointerException if an argument is {@code null}
   */
  public RequestLine {
    if (!Lexer.isToken(Objects.requireNonNull(method, "method"))) {
      throw new IllegalArgumentException("Invalid method: \"" + method + "\" (expected a token)");
    }
    if (uriEnd(Objects.requireNonNull(requestUri, "requestUri"), 0, requestUri.length()) != requestUri.length()
        || requestUri.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid Request-URI: \"" + requestUri + "\" (expected no white space or control character, not empty)");
    }
  }

  /**
   * Parses a request line, tolerating what devices send (see the class description).
   *
   * @param line the line, with or without its line end, such as {@code "INVITE sip:bob@example.com SIP/2.0\r\n"}
   * @return the request line
   * @throws SipParseException if {@code line} is not a SIP/2.0 request line, with the offset of the error
   * @throws NullPointerException if {@code line} is {@code null}
   */
  public static RequestLine parse(CharSequence line) {
    return parse(line, ParseMode.TOLERANT);
  }

  /**
   * Parses a request line in a mode.
   *
   * @param line the line
   * @param mode {@link ParseMode#STRICT} to accept the grammar and one trailing CRLF only
   * @return the request line
   * @throws SipParseException if {@code line} is not a request line in that mode, with the offset of the error
   * @throws NullPointerException if an argument is {@code null}
   */
  public static RequestLine parse(CharSequence line, ParseMode mode) {
    String text = Objects.requireNonNull(line, "line").toString();
    return Lexer.parseLine(text, 0, text.length(), WHAT, mode, RequestLine::read);
  }

  /** Reads the request line in {@code text[start, end)}; a failure's offset counts from {@code start}. */
  static RequestLine read(String text, int start, int end, ParseMode mode) {
    if (end - start > MAX_LENGTH) {
      throw Lexer.failAt(MAX_LENGTH, "expected at most " + MAX_LENGTH + " characters");
    }
    boolean tolerant = mode == ParseMode.TOLERANT;
    long bounds = Lexer.lineBounds(text, start, end, tolerant);
    int p = (int) (bounds >>> 32);
    int last = (int) bounds;
    if (AsciiCase.regionMatches(text, p, "SIP/")) {
      throw Lexer.failAt(p - start, "expected a request line (METHOD Request-URI SIP/2.0), found a status line");
    }
    int methodStart = p;
    while (p < last && Lexer.isTokenChar(text.charAt(p))) {
      p++;
    }
    if (p == methodStart) {
      throw Lexer.failAt(p - start, "expected a method such as INVITE (RFC 3261 §7.1)");
    }
    String method = text.substring(methodStart, p);
    p = Lexer.lineSpace(text, p, last, tolerant, start, "expected a space after the method");
    int uriStart = p;
    p = uriEnd(text, p, last);
    if (p == uriStart) {
      throw Lexer.failAt(p - start, "expected a Request-URI (RFC 3261 §7.1)");
    }
    String requestUri = text.substring(uriStart, p);
    p = Lexer.lineSpace(text, p, last, tolerant, start, "expected a space after the Request-URI");
    if (!AsciiCase.regionMatches(text, p, StatusLine.SIP_2_0)) {
      throw Lexer.failAt(p - start, AsciiCase.regionMatches(text, p, "SIP/")
          ? "expected SIP version 2.0 (RFC 3261 §7.1)"
          : "expected \"SIP/2.0\" (RFC 3261 §7.1)");
    }
    p += StatusLine.SIP_2_0.length();
    if (p != last) {
      throw Lexer.failAt(p - start, "expected the end of the line after SIP/2.0");
    }
    return new RequestLine(method, requestUri);
  }

  private static int uriEnd(String text, int p, int last) {
    while (p < last && !Lexer.isWhitespace(text.charAt(p)) && !Lexer.isControl(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /**
   * Returns the line as sent on the wire, without the line end.
   *
   * @return for example {@code "INVITE sip:bob@example.com SIP/2.0"}
   */
  @Override
  public String toString() {
    return method + " " + requestUri + " " + StatusLine.SIP_2_0;
  }
}
