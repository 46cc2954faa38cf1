package io.github.sipcodes.wire;

import io.github.sipcodes.Explanation;
import io.github.sipcodes.WarningCode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a {@code Warning} header: a three-digit warn-code, the host (or pseudonym) of the element that added
 * it, and a text (RFC 3261 §20.43).
 *
 * <pre>{@code
 * Warning w = Warning.parseAll("307 isi.edu \"Session parameter 'foo' not understood\"").values().get(0);
 * w.code();          // 307
 * w.agent();         // Optional[isi.edu]
 * w.text();          // "Session parameter 'foo' not understood"
 * w.warningCode();   // Optional[SESSION_DESCRIPTION_PARAMETER_NOT_UNDERSTOOD]
 * w.explain(Locale.ENGLISH).summary();  // "Media offer not understood"
 * Warning.parseAll("399 \"No agent logged in\"").first();   // tolerant: no warn-agent
 * }</pre>
 *
 * <p><b>Grammar.</b> {@code warning-value = warn-code SP warn-agent SP warn-text}, where the warn-code is three digits,
 * the warn-agent a host, a host and port, or a pseudonym (a token), and the warn-text a quoted-string (RFC 3261
 * §20.43, §25.1). A header holds one value or more, separated by commas; a comma inside the quoted text is text. The
 * text is unescaped. Any three-digit code is accepted: {@link #warningCode()} tells whether it is registered. Input
 * longer than {@link #MAX_LENGTH} characters is refused.
 *
 * <p><b>Tolerated</b> ({@link ParseMode#TOLERANT}, the default), beyond the grammar:
 *
 * <ul>
 *   <li>the header name before the value, in any case: {@code "Warning: 399 ..."} (the header has no compact form);
 *   <li>a trailing CRLF, LF or CR, white space around the value, runs of spaces and tabs between the parts, and
 *       folded lines (unfolded first);
 *   <li>no warn-agent: {@code 399 "No agent logged in"}; {@link #agent()} is then empty;
 *   <li>a text without quotes, running to the end of the value or to a comma that starts another value
 *       ({@code , 3DIGIT} and a space or a quote). Without quotes the agent cannot be told from the text's first
 *       word, so that word is taken as the agent only when it looks like a host (it holds a dot, a colon or a
 *       bracket: {@code 399 10.2.0.22 Originating endpoint ...}); otherwise the whole is text and the agent is
 *       empty ({@code 399 No agent logged in});
 *   <li>empty list elements ({@code ,,}), and an empty header (no values and nothing unparsed).
 * </ul>
 *
 * <p><b>Partial results.</b> {@link #parseAll(CharSequence)} returns a {@link HeaderValues}: the values that parse
 * and, separately, every comma-separated part that does not. In {@link ParseMode#STRICT} mode
 * {@link HeaderValues#orElseThrow()} throws the exception sipcodes threw for the first bad part before the tolerant
 * mode existed.
 *
 * <p>{@link #toString()} writes the canonical form, with the text quoted and escaped; a value without agent is
 * written without one ({@code 399 "text"}), since RFC 3261 has no placeholder for an unknown agent: the tolerant mode
 * reads it back, the strict one refuses it. {@link #format(List)} writes a whole header value. Parsing either gives
 * back equal records.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the warn-code, 0 to 999, written with three digits
 * @param agent the warn-agent: a host, a host and port, or a pseudonym; empty when the sender gave none
 * @param text the warn-text, unescaped
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.43">RFC 3261 §20.43</a>
 * @since 0.1.0
 */
public record Warning(int code, Optional<String> agent, String text) {

  /** The longest value {@link #parseAll(CharSequence)} accepts, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  private static final String NAME = "Warning";
  private static final String WHAT = NAME + " value";
  private static final String CODE = "expected a three-digit warn-code (RFC 3261 §20.43)";

  /**
   * Checks the components.
   *
   * @param code the warn-code
   * @param agent the warn-agent, or empty
   * @param text the warn-text
   * @throws IllegalArgumentException if {@code code} is not between 0 and 999, {@code agent} is not a host or token,
   *     or {@code text} holds a line break
   * @throws NullPointerException if an argument is {@code null}
   */
  public Warning {
    WarningCode.checkCode(code);
    if (Objects.requireNonNull(agent, "agent").isPresent() && !Lexer.isHostOrToken(agent.get())) {
      throw new IllegalArgumentException("Invalid warn-agent: \"" + agent.get() + "\" (expected a host or a token)");
    }
    Lexer.checkQuotable(Objects.requireNonNull(text, "text"), "warn-text");
  }

  /**
   * Creates a value with a warn-agent.
   *
   * @param code the warn-code
   * @param agent the warn-agent, such as the host name of this element
   * @param text the warn-text
   * @throws IllegalArgumentException as the canonical constructor
   * @throws NullPointerException if an argument is {@code null}
   */
  public Warning(int code, String agent, String text) {
    this(code, Optional.of(Objects.requireNonNull(agent, "agent")), text);
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
   * Parses a {@code Warning} header value, tolerating what devices send (see the class description).
   *
   * @param value the header value, such as {@code "370 proxy.example.com \"Insufficient bandwidth\""}, with or
   *     without the header name
   * @return the values that parse and the parts that do not; never throws for bad content
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static HeaderValues<Warning> parseAll(CharSequence value) {
    return parseAll(value, ParseMode.TOLERANT);
  }

  /**
   * Parses a {@code Warning} header value in a mode.
   *
   * @param value the header value
   * @param mode {@link ParseMode#STRICT} to accept the RFC 3261 grammar only
   * @return the values that parse and the parts that do not, each with the offset of its error and what was
   *     expected there: a code that is not three digits, a missing agent or text, an unclosed quoted-string
   * @throws NullPointerException if an argument is {@code null}
   */
  public static HeaderValues<Warning> parseAll(CharSequence value, ParseMode mode) {
    return Lexer.parseList(value, mode, NAME, WHAT, Warning::read, "expected ',' or the end of the value");
  }

  private static Warning read(Lexer lexer) {
    int code = lexer.threeDigits(CODE);
    if (!lexer.skipWhitespace() && !(lexer.isTolerant() && lexer.peek() == '"')) {
      throw lexer.fail("expected a space after the warn-code");
    }
    if (lexer.isTolerant() && lexer.peek() == '"') {
      return new Warning(code, Optional.empty(), lexer.quotedString("expected a quoted warn-text"));
    }
    int agentAt = lexer.pos();
    String agent = lexer.hostOrToken(lexer.isTolerant()
        ? "expected a warn-agent (a host or a pseudonym) or a warn-text"
        : "expected a warn-agent (a host or a pseudonym)");
    boolean space = lexer.skipWhitespace();
    if (!lexer.isTolerant() || lexer.peek() == '"') {
      if (!space) {
        throw lexer.fail("expected a space after the warn-agent");
      }
      return new Warning(code, Optional.of(agent), lexer.quotedString("expected a quoted warn-text"));
    }
    if (!space && !lexer.atEnd() && lexer.peek() != ',') {
      throw lexer.fail("expected a space after the warn-agent");
    }
    // Tolerant, and the text has no quotes: see the class description.
    int stop = unquotedTextEnd(lexer);
    if (lexer.pos() < stop && looksLikeHost(agent)) {
      return new Warning(code, Optional.of(agent), lexer.textUntil(stop));
    }
    lexer.moveTo(agentAt);
    return new Warning(code, Optional.empty(), lexer.textUntil(stop));
  }

  /** The end of an unquoted warn-text: a comma followed by the start of another value, or the end. */
  private static int unquotedTextEnd(Lexer lexer) {
    String input = lexer.input();
    int end = lexer.end();
    int comma = input.indexOf(',', lexer.pos());
    for (; comma >= 0 && comma < end; comma = input.indexOf(',', comma + 1)) {
      int i = comma + 1;
      while (i < end && Lexer.isWhitespace(input.charAt(i))) {
        i++;
      }
      if (i + 3 < end && Lexer.isDigit(input.charAt(i)) && Lexer.isDigit(input.charAt(i + 1))
          && Lexer.isDigit(input.charAt(i + 2))
          && (Lexer.isWhitespace(input.charAt(i + 3)) || input.charAt(i + 3) == '"')) {
        return comma;
      }
    }
    return end;
  }

  private static boolean looksLikeHost(String word) {
    return word.indexOf('.') >= 0 || word.indexOf(':') >= 0 || word.indexOf('[') >= 0;
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
   * Warning w = Warning.parseAll("370 sbc.example.com \"Bandwidth limit reached\"").values().get(0);
   * w.explain(Locale.ENGLISH).summary();       // "Not enough bandwidth"
   * Warning odd = Warning.parseAll("342 pbx.example.com \"Trunk group full\"").values().get(0);
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
   * @return for example {@code 307 isi.edu "Session parameter 'foo' not understood"}, or {@code 399 "text"}
   *     without agent
   */
  @Override
  public String toString() {
    String digits = WarningCode.toThreeDigits(code);
    return agent.isPresent() ? digits + " " + agent.get() + " " + Lexer.quote(text) : digits + " " + Lexer.quote(text);
  }
}
