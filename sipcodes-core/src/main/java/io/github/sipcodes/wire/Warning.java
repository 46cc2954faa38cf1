package io.github.sipcodes.wire;

import io.github.sipcodes.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a {@code Warning} header: a three-digit warn-code, the host (or pseudonym) of the element that added
 * it, and a text (RFC 3261 §20.43).
 *
 * <pre>{@code
 * Warning w = Warning.parseAll("307 isi.edu \"Session parameter 'foo' not understood\"").get(0);
 * w.code();          // 307
 * w.agent();         // "isi.edu"
 * w.text();          // "Session parameter 'foo' not understood"
 * w.warningCode();   // Optional[SESSION_DESCRIPTION_PARAMETER_NOT_UNDERSTOOD]
 * w.explain(Locale.ENGLISH).summary();  // "Media offer not understood"
 * }</pre>
 *
 * <p>Parse the value only, without the header name and colon. Header lines must be unfolded first. Input longer
 * than {@link #MAX_LENGTH} characters is refused. A header may hold several values separated by commas; a comma
 * inside the quoted text is text. The text is unescaped. Any three-digit code is accepted: {@link #warningCode()}
 * tells whether it is registered. {@link #toString()} writes a value back, {@link #format(List)} a whole header
 * value; parsing either gives back equal records.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the warn-code, 0 to 999, written with three digits
 * @param agent the warn-agent: a host, a host and port, or a pseudonym
 * @param text the warn-text, unescaped
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.43">RFC 3261 §20.43</a>
 * @since 0.1.0
 */
public record Warning(int code, String agent, String text) {

  /** The longest value {@link #parseAll(CharSequence)} accepts, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  private static final String WHAT = "Warning value";

  /**
   * Checks the components.
   *
   * @param code the warn-code
   * @param agent the warn-agent
   * @param text the warn-text
   * @throws IllegalArgumentException if {@code code} is not between 0 and 999, {@code agent} is not a host or token,
   *     or {@code text} holds a line break
   * @throws NullPointerException if an argument is {@code null}
   */
  public Warning {
    if (code < 0 || code > 999) {
      throw new IllegalArgumentException("Invalid warn-code: " + code + " (expected three digits, 000-999)");
    }
    Lexer.checkHostOrToken(Objects.requireNonNull(agent, "agent"), "warn-agent");
    Lexer.checkQuotable(Objects.requireNonNull(text, "text"), "warn-text");
  }

  /**
   * Creates a value with a registered warn-code.
   *
   * @param code the warn-code
   * @param agent the warn-agent, such as the host name of this element
   * @param text the warn-text
   * @return the value
   * @throws IllegalArgumentException if {@code agent} is not a host or token, or {@code text} holds a line break
   */
  public static Warning of(WarningCode code, String agent, String text) {
    Objects.requireNonNull(code, "code");
    return new Warning(code.code(), agent, text);
  }

  /**
   * Parses a {@code Warning} header value: one or more warning values separated by commas.
   *
   * @param value the header value, such as {@code "370 proxy.example.com \"Insufficient bandwidth\""}
   * @return the values, in order; never empty
   * @throws SipParseException if {@code value} is not a valid {@code Warning} value, with the offset of the error:
   *     a code that is not three digits, a missing agent or text, an unclosed quoted-string
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static List<Warning> parseAll(CharSequence value) {
    Lexer lexer = Lexer.over(value, WHAT);
    List<Warning> warnings = new ArrayList<>();
    lexer.skipWhitespace();
    while (true) {
      int code = lexer.threeDigits("expected a three-digit warn-code (RFC 3261 §20.43)");
      if (!lexer.skipWhitespace()) {
        throw lexer.error("expected a space after the warn-code");
      }
      String agent = lexer.hostOrToken("expected a warn-agent (a host or a pseudonym)");
      if (!lexer.skipWhitespace()) {
        throw lexer.error("expected a space after the warn-agent");
      }
      String text = lexer.quotedString("expected a quoted warn-text");
      warnings.add(new Warning(code, agent, text));
      lexer.skipWhitespace();
      if (lexer.atEnd()) {
        return List.copyOf(warnings);
      }
      lexer.expect(',', "expected ',' or the end of the value");
      lexer.skipWhitespace();
    }
  }

  /**
   * Writes several values as one header value, separated by {@code ", "}.
   *
   * @param warnings the values
   * @return the header value
   * @throws IllegalArgumentException if {@code warnings} is empty
   * @throws NullPointerException if {@code warnings} or one of its elements is {@code null}
   */
  public static String format(List<Warning> warnings) {
    if (warnings.isEmpty()) {
      throw new IllegalArgumentException("Invalid Warning list: empty (expected at least one value)");
    }
    StringBuilder out = new StringBuilder();
    for (Warning warning : warnings) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(Objects.requireNonNull(warning, "warnings contains null"));
    }
    return out.toString();
  }

  /**
   * Returns the registered warn-code, if the code is registered.
   *
   * @return the warn-code, or empty for a code not in the IANA registry
   */
  public Optional<WarningCode> warningCode() {
    return WarningCode.find(code);
  }

  /**
   * Explains this warning's code to people in a language. A registered code gets its own text, the same instance as
   * {@link WarningCode#explain(Locale)}; any other code gets a general text that names the code and points at the
   * warn-text. The warn-text itself is not part of the explanation: show it next to it, as the sender wrote it.
   *
   * <pre>{@code
   * Warning w = Warning.parseAll("370 sbc.example.com \"Bandwidth limit reached\"").get(0);
   * w.explain(Locale.ENGLISH).summary();       // "Not enough bandwidth"
   * Warning odd = Warning.parseAll("342 pbx.example.com \"Trunk group full\"").get(0);
   * odd.explain(Locale.ENGLISH).summary();     // "Warning"
   * odd.explain(Locale.ENGLISH).description(); // "A server or phone added warning 342 about the call. ..."
   * }</pre>
   *
   * <p>After the first call for a language and code, the same instance is returned and nothing is allocated.
   *
   * @param locale the language wanted, such as {@code Locale.GERMAN}
   * @return the explanation, never {@code null}
   * @throws NullPointerException if {@code locale} is {@code null}
   * @see Explanation#ofWarning(int, Locale)
   * @since 0.1.0
   */
  public Explanation explain(Locale locale) {
    return Explanation.ofWarning(code, locale);
  }

  /**
   * Returns the value as written in a header.
   *
   * @return for example {@code 307 isi.edu "Session parameter 'foo' not understood"}
   */
  @Override
  public String toString() {
    String digits = code < 10 ? "00" : code < 100 ? "0" : "";
    return digits + code + " " + agent + " " + Lexer.quote(text);
  }
}
