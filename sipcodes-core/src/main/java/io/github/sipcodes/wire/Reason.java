package io.github.sipcodes.wire;

import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.SipResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One value of a {@code Reason} header: why a request (a BYE or CANCEL) was sent or a response was given, as a
 * protocol, optionally a cause in that protocol, and optionally a text (RFC 3326 §2; RFC 6432 allows a Q.850 cause in
 * any response but 100).
 *
 * <pre>{@code
 * List<Reason> reasons = Reason.parseAll("SIP;cause=200;text=\"Call completed elsewhere\", Q.850;cause=16").values();
 * reasons.get(0).sipResponse();   // Optional[200 OK]
 * reasons.get(0).text();          // Optional[Call completed elsewhere]
 * reasons.get(1).q850Cause();     // Optional[16 Normal call clearing]
 * Reason.parseAll("Reason: Q.850;cause=16;text=NORMAL_CLEARING\r\n").first();
 *     // Optional[Q.850;cause=16;text="NORMAL_CLEARING"]
 * }</pre>
 *
 * <p><b>Grammar.</b> {@code reason-value = protocol *(SEMI reason-params)}, where a reason-param is
 * {@code cause=1*DIGIT}, {@code text=quoted-string} or a generic-param (RFC 3326 §2). Every reason-param is optional,
 * so a value may have no cause ({@link #cause()} is then empty). A header holds one value or more, separated by
 * commas; a comma inside a quoted text is text. The text is unescaped ({@code \"} becomes {@code "}). RFC 3326 §2
 * allowed one value per protocol in a message; RFC 9366 lifts that for protocols that define what several values
 * mean (STIR does), so sipcodes keeps every value in order and checks nothing across them. Parameters other than
 * {@code cause} and {@code text}, such as the {@code location} of RFC 8606, are kept in order in
 * {@link #parameters()}. A second {@code cause} or {@code text} in one value is refused in both modes. Input longer
 * than {@link #MAX_LENGTH} characters is refused.
 *
 * <p><b>Tolerated</b> ({@link ParseMode#TOLERANT}, the default), beyond the grammar:
 *
 * <ul>
 *   <li>the header name before the value, in any case: {@code "Reason: Q.850;cause=16"}, as a SIP stack's
 *       {@code Header.toString()} gives it (the header has no compact form);
 *   <li>a trailing CRLF, LF or CR, white space around the value, and folded lines (unfolded first);
 *   <li>a text sent as a token, without quotes: {@code text=NORMAL_CLEARING} (FreeSWITCH-style gateways);
 *   <li>empty parameters ({@code Q.850;;cause=16}, a trailing {@code ;}) and empty list elements ({@code ,,}).
 * </ul>
 *
 * <p><b>Partial results.</b> {@link #parseAll(CharSequence)} returns a {@link HeaderValues}: the values that parse
 * and, separately, every comma-separated part that does not, with its offset and what was expected. In
 * {@link ParseMode#STRICT} mode {@link HeaderValues#orElseThrow()} throws the exception sipcodes threw for the first
 * bad part before the tolerant mode existed.
 *
 * <p>{@link #toString()} writes a value in its canonical form (a quoted text), {@link #format(List)} a whole header
 * value; parsing either in either mode gives back equal records.
 *
 * <p>Immutable and thread-safe.
 *
 * @param protocol the protocol the cause belongs to: {@code "SIP"}, {@code "Q.850"}, {@code "STIR"} or another token,
 *     as received
 * @param cause the cause number, 0 or more, or empty when the value has none
 * @param text the text, unescaped, or empty
 * @param parameters other parameters, in the order received
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3326#section-2">RFC 3326 §2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9366">RFC 9366 (several values per protocol)</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6432#section-3">RFC 6432 §3</a>
 * @since 0.1.0
 */
public record Reason(String protocol, OptionalInt cause, Optional<String> text, List<GenericParameter> parameters) {

  /** The longest value {@link #parseAll(CharSequence)} accepts, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  /** The protocol whose causes are SIP status codes (RFC 3326 §2). */
  public static final String SIP = "SIP";

  /** The protocol whose causes are ITU-T Q.850 cause values (RFC 3326 §2). */
  public static final String Q850 = "Q.850";

  private static final String NAME = "Reason";
  private static final String WHAT = NAME + " value";

  /**
   * Checks the components.
   *
   * @param protocol the protocol, a token
   * @param cause the cause number, or empty
   * @param text the text, or empty
   * @param parameters other parameters; copied
   * @throws IllegalArgumentException if {@code protocol} is not a token, {@code cause} is negative, the text holds a
   *     line break, or a parameter is named {@code cause} or {@code text}
   * @throws NullPointerException if an argument or parameter is {@code null}
   */
  public Reason {
    if (!Lexer.isToken(Objects.requireNonNull(protocol, "protocol"))) {
      throw new IllegalArgumentException("Invalid Reason protocol: \"" + protocol + "\" (expected a token)");
    }
    if (Objects.requireNonNull(cause, "cause").isPresent() && cause.getAsInt() < 0) {
      throw new IllegalArgumentException("Invalid Reason cause: " + cause.getAsInt() + " (expected 0 or more)");
    }
    Objects.requireNonNull(text, "text").ifPresent(t -> Lexer.checkQuotable(t, "Reason text"));
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
    for (GenericParameter parameter : parameters) {
      String name = parameter.name();
      if (AsciiCase.equals(name, "cause") || AsciiCase.equals(name, "text")) {
        throw new IllegalArgumentException(
            "Invalid Reason parameter: " + name + " (expected it in " + name.toLowerCase(Locale.ROOT) + "())");
      }
    }
  }

  /**
   * Creates a value with a cause number.
   *
   * @param protocol the protocol, a token
   * @param cause the cause number, 0 or more
   * @param text the text, or empty
   * @param parameters other parameters; copied
   * @throws IllegalArgumentException as the canonical constructor
   * @throws NullPointerException if an argument or parameter is {@code null}
   */
  public Reason(String protocol, int cause, Optional<String> text, List<GenericParameter> parameters) {
    this(protocol, OptionalInt.of(cause), text, parameters);
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
   * Parses a {@code Reason} header value, tolerating what devices send (see the class description).
   *
   * @param value the header value, such as {@code "Q.850;cause=16;text=\"Terminated\""}, with or without the
   *     header name
   * @return the values that parse and the parts that do not; never throws for bad content
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static HeaderValues<Reason> parseAll(CharSequence value) {
    return parseAll(value, ParseMode.TOLERANT);
  }

  /**
   * Parses a {@code Reason} header value in a mode.
   *
   * @param value the header value
   * @param mode {@link ParseMode#STRICT} to accept the RFC 3326 grammar only
   * @return the values that parse and the parts that do not, each with the offset of its error and what was
   *     expected there: a missing protocol, a non-numeric cause, an unclosed quoted-string, a second cause or text
   * @throws NullPointerException if an argument is {@code null}
   */
  public static HeaderValues<Reason> parseAll(CharSequence value, ParseMode mode) {
    return Lexer.parseList(value, mode, NAME, WHAT, Reason::read, "expected ';', ',' or the end of the value");
  }

  private static Reason read(Lexer lexer) {
    String protocol = lexer.token("expected a protocol such as SIP or Q.850 (RFC 3326 §2)");
    int cause = -1;
    Optional<String> text = Optional.empty();
    List<GenericParameter> parameters = List.of();
    for (String name = lexer.nextParameter(); name != null; name = lexer.nextParameter()) {
      if (AsciiCase.equals(name, "cause")) {
        if (cause >= 0) {
          throw Lexer.failAt(lexer.parameterAt(), "expected one cause parameter, found a second");
        }
        lexer.expect('=', "expected '=' and a number after cause");
        lexer.skipWhitespace();
        cause = (int) lexer.number("expected a cause number", Integer.MAX_VALUE,
            "expected a cause of at most " + Integer.MAX_VALUE);
      } else if (AsciiCase.equals(name, "text")) {
        if (text.isPresent()) {
          throw Lexer.failAt(lexer.parameterAt(), "expected one text parameter, found a second");
        }
        lexer.expect('=', "expected '=' and a quoted-string after text");
        lexer.skipWhitespace();
        text = Optional.of(lexer.isTolerant() && lexer.peek() != '"'
            ? lexer.token("expected a quoted-string or a token after text=")
            : lexer.quotedString("expected a quoted-string after text="));
      } else {
        if (parameters.isEmpty()) {
          parameters = new ArrayList<>(2);
        }
        parameters.add(lexer.genericParameter(name));
      }
    }
    return new Reason(protocol, cause < 0 ? OptionalInt.empty() : OptionalInt.of(cause), text, parameters);
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
   * @return the response, or empty for another protocol, no cause, or a cause outside 100 to 699
   */
  public Optional<SipResponse> sipResponse() {
    return AsciiCase.equals(protocol, SIP) && cause.isPresent() ? SipResponse.find(cause.getAsInt()) : Optional.empty();
  }

  /**
   * Returns the cause as a Q.850 cause, when the protocol is Q.850 and the cause between 1 and 127.
   *
   * <p>A value Q.850 leaves unassigned gives the unspecified cause of its class, as {@link Q850Cause#of(int)} does;
   * {@link #cause()} still has the number received.
   *
   * @return the cause, or empty for another protocol, no cause, or a cause outside 1 to 127
   */
  public Optional<Q850Cause> q850Cause() {
    if (!AsciiCase.equals(protocol, Q850) || cause.isEmpty()) {
      return Optional.empty();
    }
    int value = cause.getAsInt();
    return value >= Q850Cause.MIN_VALUE && value <= Q850Cause.MAX_VALUE
        ? Optional.of(Q850Cause.of(value))
        : Optional.empty();
  }

  /**
   * Returns the value as written in a header, in canonical form: the protocol, then {@code cause}, then {@code text}
   * as a quoted-string, then the other parameters.
   *
   * @return for example {@code SIP;cause=200;text="Call completed elsewhere"}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(protocol);
    cause.ifPresent(c -> out.append(";cause=").append(c));
    text.ifPresent(t -> out.append(";text=").append(Lexer.quote(t)));
    for (GenericParameter parameter : parameters) {
      out.append(';').append(parameter);
    }
    return out.toString();
  }
}
