package io.github.sipcodes.wire;

import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.SipResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a {@code Reason} header: why a request (a BYE or CANCEL) was sent or a response was given, as a
 * protocol, a cause in that protocol, and optionally a text (RFC 3326 §2; RFC 6432 allows a Q.850 cause in any
 * response but 100).
 *
 * <pre>{@code
 * List<Reason> reasons = Reason.parseAll("SIP;cause=200;text=\"Call completed elsewhere\", Q.850;cause=16");
 * reasons.get(0).sipResponse();   // Optional[200 OK]
 * reasons.get(0).text();          // Optional[Call completed elsewhere]
 * reasons.get(1).q850Cause();     // Optional[16 Normal call clearing]
 * }</pre>
 *
 * <p>Parse the value only, without the header name and colon. Header lines must be unfolded first. Input longer
 * than {@link #MAX_LENGTH} characters is refused. A header may hold several values separated by commas; a comma
 * inside a quoted text is text. The text is unescaped ({@code \"} becomes {@code "}). The cause parameter is
 * required: the RFC 3326 grammar would let a value omit it, but a reason without a cause says nothing, so a value
 * without one is refused. RFC 3326 §2 asks that the values of one message use different protocols; sipcodes does
 * not check that, since a receiver may ignore the values it does not understand. Parameters other than {@code cause} and {@code text}, such as the
 * {@code location} of RFC 8606, are kept in order in {@link #parameters()}. {@link #toString()} writes a value back,
 * {@link #format(List)} a whole header value; parsing either gives back equal records.
 *
 * <p>Immutable and thread-safe.
 *
 * @param protocol the protocol the cause belongs to: {@code "SIP"}, {@code "Q.850"} or another token, as received
 * @param cause the cause number, 0 or more
 * @param text the text, unescaped, or empty
 * @param parameters other parameters, in the order received
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3326#section-2">RFC 3326 §2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6432#section-3">RFC 6432 §3</a>
 * @since 0.1.0
 */
public record Reason(String protocol, int cause, Optional<String> text, List<GenericParameter> parameters) {

  /** The longest value {@link #parseAll(CharSequence)} accepts, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  /** The protocol whose causes are SIP status codes (RFC 3326 §2). */
  public static final String SIP = "SIP";

  /** The protocol whose causes are ITU-T Q.850 cause values (RFC 3326 §2). */
  public static final String Q850 = "Q.850";

  private static final String WHAT = "Reason value";

  /**
   * Checks the components.
   *
   * @param protocol the protocol, a token
   * @param cause the cause number
   * @param text the text, or empty
   * @param parameters other parameters; copied
   * @throws IllegalArgumentException if {@code protocol} is not a token, {@code cause} is negative, the text holds a
   *     line break, or a parameter is named {@code cause} or {@code text}
   * @throws NullPointerException if an argument or parameter is {@code null}
   */
  public Reason {
    Lexer.checkToken(Objects.requireNonNull(protocol, "protocol"), "Reason protocol");
    if (cause < 0) {
      throw new IllegalArgumentException("Invalid Reason cause: " + cause + " (expected 0 or more)");
    }
    Objects.requireNonNull(text, "text").ifPresent(t -> Lexer.checkQuotable(t, "Reason text"));
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    for (GenericParameter parameter : parameters) {
      String name = parameter.name();
      if (name.equalsIgnoreCase("cause") || name.equalsIgnoreCase("text")) {
        throw new IllegalArgumentException(
            "Invalid Reason parameter: " + name + " (expected it in " + name.toLowerCase(Locale.ROOT) + "())");
      }
    }
  }

  /**
   * Creates a value with the SIP protocol, a status code as cause, and a text.
   *
   * @param response the response whose code is the cause
   * @param text the text
   * @return for example {@code SIP;cause=200;text="Call completed elsewhere"}
   * @throws IllegalArgumentException if {@code text} holds a line break
   */
  public static Reason of(SipResponse response, String text) {
    Objects.requireNonNull(response, "response");
    return new Reason(SIP, response.code(), Optional.of(text), List.of());
  }

  /**
   * Creates a value with the Q.850 protocol and a cause, with the Q.850 name as text.
   *
   * @param cause the cause
   * @return for example {@code Q.850;cause=16;text="Normal call clearing"}
   */
  public static Reason of(Q850Cause cause) {
    Objects.requireNonNull(cause, "cause");
    return new Reason(Q850, cause.value(), Optional.of(cause.description()), List.of());
  }

  /**
   * Parses a {@code Reason} header value: one or more reason values separated by commas.
   *
   * @param value the header value, such as {@code "Q.850;cause=16;text=\"Terminated\""}
   * @return the values, in order; never empty
   * @throws SipParseException if {@code value} is not a valid {@code Reason} value, with the offset of the error: a
   *     missing protocol or cause, a non-numeric cause, an unclosed quoted-string, a second cause or text
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static List<Reason> parseAll(CharSequence value) {
    Lexer lexer = Lexer.over(value, WHAT);
    List<Reason> reasons = new ArrayList<>();
    lexer.skipWhitespace();
    while (true) {
      reasons.add(parseOne(lexer));
      if (lexer.atEnd()) {
        return List.copyOf(reasons);
      }
      lexer.expect(',', "expected ';', ',' or the end of the value");
      lexer.skipWhitespace();
    }
  }

  private static Reason parseOne(Lexer lexer) {
    String protocol = lexer.token("expected a protocol such as SIP or Q.850 (RFC 3326 §2)");
    lexer.skipWhitespace();
    int cause = -1;
    Optional<String> text = Optional.empty();
    List<GenericParameter> parameters = new ArrayList<>();
    while (lexer.accept(';')) {
      lexer.skipWhitespace();
      int nameAt = lexer.pos();
      String name = lexer.token("expected a parameter name");
      lexer.skipWhitespace();
      if (name.equalsIgnoreCase("cause")) {
        if (cause >= 0) {
          throw lexer.errorAt(nameAt, "expected one cause parameter, found a second");
        }
        lexer.expect('=', "expected '=' and a number after cause");
        lexer.skipWhitespace();
        cause = (int) lexer.number("expected a cause number", Integer.MAX_VALUE,
            "expected a cause of at most " + Integer.MAX_VALUE);
      } else if (name.equalsIgnoreCase("text")) {
        if (text.isPresent()) {
          throw lexer.errorAt(nameAt, "expected one text parameter, found a second");
        }
        lexer.expect('=', "expected '=' and a quoted-string after text");
        lexer.skipWhitespace();
        text = Optional.of(lexer.quotedString("expected a quoted-string after text="));
      } else {
        parameters.add(lexer.genericParameter(name));
      }
      lexer.skipWhitespace();
    }
    if (cause < 0) {
      throw lexer.error("expected a cause parameter (RFC 3326 §2)");
    }
    return new Reason(protocol, cause, text, parameters);
  }

  /**
   * Writes several values as one header value, separated by {@code ", "}.
   *
   * @param reasons the values
   * @return the header value
   * @throws IllegalArgumentException if {@code reasons} is empty
   * @throws NullPointerException if {@code reasons} or one of its elements is {@code null}
   */
  public static String format(List<Reason> reasons) {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("Invalid Reason list: empty (expected at least one value)");
    }
    StringBuilder out = new StringBuilder();
    for (Reason reason : reasons) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(Objects.requireNonNull(reason, "reasons contains null"));
    }
    return out.toString();
  }

  /**
   * Returns the cause as a SIP response, when the protocol is SIP (in any case) and the cause a valid status code.
   *
   * @return the response, or empty for another protocol or a cause outside 100 to 699
   */
  public Optional<SipResponse> sipResponse() {
    return protocol.equalsIgnoreCase(SIP) ? SipResponse.find(cause) : Optional.empty();
  }

  /**
   * Returns the cause as a Q.850 cause, when the protocol is Q.850 and the cause between 1 and 127.
   *
   * <p>A value Q.850 leaves unassigned gives the unspecified cause of its class, as {@link Q850Cause#of(int)} does;
   * {@link #cause()} still has the number received.
   *
   * @return the cause, or empty for another protocol or a cause outside 1 to 127
   */
  public Optional<Q850Cause> q850Cause() {
    return protocol.equalsIgnoreCase(Q850) && cause >= Q850Cause.MIN_VALUE && cause <= Q850Cause.MAX_VALUE
        ? Optional.of(Q850Cause.of(cause))
        : Optional.empty();
  }

  /**
   * Returns the value as written in a header.
   *
   * @return for example {@code SIP;cause=200;text="Call completed elsewhere"}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(protocol).append(";cause=").append(cause);
    text.ifPresent(t -> out.append(";text=").append(Lexer.quote(t)));
    for (GenericParameter parameter : parameters) {
      out.append(';').append(parameter);
    }
    return out.toString();
  }
}
