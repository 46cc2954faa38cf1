package io.github.sipcodes.wire;

import io.github.sipcodes.SipResponse;
import java.util.Objects;

/**
 * The first line of a SIP response: the version, the status code and the reason phrase as the peer sent it
 * (RFC 3261 §7.2).
 *
 * <pre>{@code
 * StatusLine line = StatusLine.parse("SIP/2.0 403 Insufficient funds\r\n");
 * line.response();       // 403 Forbidden
 * line.reasonPhrase();   // "Insufficient funds": what the peer sent
 * line.toString();       // "SIP/2.0 403 Insufficient funds"
 * }</pre>
 *
 * <p>The grammar is {@code SIP/2.0 SP 3DIGIT SP phrase} (RFC 3261 §7.2, §25.1). The version must be 2.0; RFC 3261
 * §7.1 makes the "SIP" case-insensitive, so {@code sip/2.0} is accepted and kept as {@code SIP/2.0}. The code must be
 * 100 to 699. One trailing CRLF is accepted and dropped; no other line break is. The phrase may be empty, with or
 * without the space before it. It may hold any character except control characters other than tab: RFC 3261 §25.1
 * is stricter, but devices send phrases with characters such as {@code #} or {@code "}. A request line
 * ({@code INVITE sip:bob@example.com SIP/2.0}) is refused with a message that says so. Input longer than
 * {@link #MAX_LENGTH} characters is refused.
 *
 * <p>{@link #toString()} writes the line back without CRLF; {@code parse(line.toString())} equals {@code line}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param version always {@code "SIP/2.0"}
 * @param response the status code
 * @param reasonPhrase the phrase as received, possibly empty
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.2">RFC 3261 §7.2</a>
 * @since 0.1.0
 */
public record StatusLine(String version, SipResponse response, String reasonPhrase) {

  /** The only SIP version this type accepts. */
  public static final String SIP_2_0 = "SIP/2.0";

  /** The longest line {@link #parse(CharSequence)} accepts, in characters, CRLF included. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  private static final String WHAT = "SIP status line";

  /**
   * Checks the components.
   *
   * @param version the version, {@code "SIP/2.0"}
   * @param response the status code
   * @param reasonPhrase the phrase, possibly empty
   * @throws IllegalArgumentException if {@code version} is not {@code "SIP/2.0"}, or {@code reasonPhrase} holds a
   *     control character other than tab
   * @throws NullPointerException if an argument is {@code null}
   */
  public StatusLine {
    if (!SIP_2_0.equals(Objects.requireNonNull(version, "version"))) {
      throw new IllegalArgumentException("Invalid SIP version: \"" + version + "\" (expected SIP/2.0)");
    }
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(reasonPhrase, "reasonPhrase");
    for (int i = 0; i < reasonPhrase.length(); i++) {
      if (Lexer.isControl(reasonPhrase.charAt(i))) {
        throw new IllegalArgumentException(
            "Invalid reason phrase: control character at index " + i + " (expected text without control characters)");
      }
    }
  }

  /**
   * Creates a status line with the canonical phrase of the code, such as {@code SIP/2.0 486 Busy Here}.
   *
   * @param response the status code
   * @return the status line
   * @throws NullPointerException if {@code response} is {@code null}
   */
  public static StatusLine of(SipResponse response) {
    Objects.requireNonNull(response, "response");
    return new StatusLine(SIP_2_0, response, response.reasonPhrase());
  }

  /**
   * Parses a status line.
   *
   * @param line the line, with or without its CRLF, such as {@code "SIP/2.0 180 Ringing\r\n"}
   * @return the status line
   * @throws SipParseException if {@code line} is not a SIP/2.0 status line with a code from 100 to 699, with the
   *     offset of the error
   * @throws NullPointerException if {@code line} is {@code null}
   */
  public static StatusLine parse(CharSequence line) {
    Objects.requireNonNull(line, "line");
    int end = line.length();
    if (end >= 2 && end <= MAX_LENGTH && line.charAt(end - 2) == '\r' && line.charAt(end - 1) == '\n') {
      end -= 2;
    }
    Lexer lexer = Lexer.over(line, WHAT, end);
    String text = lexer.input();
    if (!text.regionMatches(true, 0, SIP_2_0, 0, SIP_2_0.length())) {
      throw lexer.error(expectedVersion(text, end));
    }
    lexer.moveTo(SIP_2_0.length());
    lexer.expect(' ', "expected a space after SIP/2.0");
    int codeAt = lexer.pos();
    int code = lexer.threeDigits("expected a three-digit status code (RFC 3261 §7.2)");
    if (!SipResponse.isValidCode(code)) {
      throw lexer.errorAt(codeAt, "expected a status code from 100 to 699, found " + text.substring(codeAt, codeAt + 3));
    }
    String phrase = "";
    if (!lexer.atEnd()) {
      lexer.expect(' ', "expected a space after the status code");
      int phraseAt = lexer.pos();
      while (!lexer.atEnd()) {
        if (Lexer.isControl(lexer.peek())) {
          throw lexer.error("expected a reason phrase without control characters");
        }
        lexer.moveTo(lexer.pos() + 1);
      }
      phrase = text.substring(phraseAt, end);
    }
    return new StatusLine(SIP_2_0, SipResponse.of(code), phrase);
  }

  /** Says what was expected at offset 0, recognizing request lines and other SIP versions. */
  private static String expectedVersion(String text, int end) {
    String suffix = " " + SIP_2_0;
    if (end > suffix.length() && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length())) {
      return "expected a status line (SIP/2.0 code phrase), found a request line";
    }
    if (text.regionMatches(true, 0, "SIP/", 0, 4)) {
      return "expected SIP version 2.0 (RFC 3261 §7.1)";
    }
    return "expected \"SIP/2.0\" (RFC 3261 §7.2)";
  }

  /**
   * Returns the line as sent on the wire, without the CRLF.
   *
   * @return for example {@code "SIP/2.0 486 Busy Here"}, or {@code "SIP/2.0 200 "} with an empty phrase
   */
  @Override
  public String toString() {
    return version + " " + response.code() + " " + reasonPhrase;
  }
}
