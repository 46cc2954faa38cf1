package io.github.sipcodes;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The warn-codes of the IANA "Warning Codes (warn-codes)" registry, used in the {@code Warning} header to say more
 * about a failure, mostly about the session description (RFC 3261 §20.43).
 *
 * <pre>{@code
 * WarningCode.find(307);                     // Optional[SESSION_DESCRIPTION_PARAMETER_NOT_UNDERSTOOD]
 * WarningCode.INSUFFICIENT_BANDWIDTH.text(); // "Insufficient bandwidth"
 * WarningCode.INSUFFICIENT_BANDWIDTH.explain(Locale.ENGLISH).summary(); // "Not enough bandwidth"
 * }</pre>
 *
 * <p>RFC 3261 §20.43 groups the codes: 300-329 problems with a session description keyword, 330-339 basic network
 * services, 370-379 quality of service, 390-399 miscellaneous. {@link #text()} is the registered text; the
 * explanation a peer actually sends in its warn-text may differ.
 *
 * <p><b>Any warn-code.</b> The grammar allows every three-digit number ({@code warn-code = 3DIGIT}, RFC 3261 §25.1),
 * registered or not. {@link #isValidCode(int)}, {@link #checkCode(int)} and {@link #toThreeDigits(int)} are the one
 * place where that range ({@value #MIN_CODE} to {@value #MAX_CODE}) and the three-digit form are defined; the
 * {@code Warning} header value of {@code io.github.sipcodes.wire} and {@link Explanation#ofWarning(int, Locale)} use
 * them.
 *
 * <pre>{@code
 * WarningCode.isValidCode(1000);   // false
 * WarningCode.toThreeDigits(7);    // "007"
 * WarningCode.checkCode(1000);     // IllegalArgumentException: "Invalid warn-code: 1000 (expected three digits,
 *                                  //   000-999)"
 * }</pre>
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-5">IANA SIP
 *     Warning Codes registry</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.43">RFC 3261 §20.43</a>
 * @since 0.1.0
 */
public enum WarningCode {
  /** {@code 300 Incompatible network protocol}: none of the offered network protocols is available. */
  INCOMPATIBLE_NETWORK_PROTOCOL(300, "Incompatible network protocol", 3261, "20.43"),
  /** {@code 301 Incompatible network address formats}: none of the offered address formats is available. */
  INCOMPATIBLE_NETWORK_ADDRESS_FORMATS(301, "Incompatible network address formats", 3261, "20.43"),
  /** {@code 302 Incompatible transport protocol}: none of the offered transport protocols is available. */
  INCOMPATIBLE_TRANSPORT_PROTOCOL(302, "Incompatible transport protocol", 3261, "20.43"),
  /** {@code 303 Incompatible bandwidth units}: a bandwidth measure unit was not understood. */
  INCOMPATIBLE_BANDWIDTH_UNITS(303, "Incompatible bandwidth units", 3261, "20.43"),
  /** {@code 304 Media type not available}: none of the offered media types is available. */
  MEDIA_TYPE_NOT_AVAILABLE(304, "Media type not available", 3261, "20.43"),
  /** {@code 305 Incompatible media format}: none of the offered media formats (codecs) is available. */
  INCOMPATIBLE_MEDIA_FORMAT(305, "Incompatible media format", 3261, "20.43"),
  /** {@code 306 Attribute not understood}: a media attribute of the session description is not supported. */
  ATTRIBUTE_NOT_UNDERSTOOD(306, "Attribute not understood", 3261, "20.43"),
  /** {@code 307 Session description parameter not understood}: a session description parameter is unknown. */
  SESSION_DESCRIPTION_PARAMETER_NOT_UNDERSTOOD(307, "Session description parameter not understood", 3261, "20.43"),
  /** {@code 308 Incompatible language specification}: none of the requested languages is supported. */
  INCOMPATIBLE_LANGUAGE_SPECIFICATION(308, "Incompatible language specification", 8373, ""),
  /** {@code 330 Multicast not available}: the site where the user is cannot receive multicast. */
  MULTICAST_NOT_AVAILABLE(330, "Multicast not available", 3261, "20.43"),
  /** {@code 331 Unicast not available}: the site where the user is cannot receive unicast, usually a firewall. */
  UNICAST_NOT_AVAILABLE(331, "Unicast not available", 3261, "20.43"),
  /** {@code 370 Insufficient bandwidth}: the bandwidth asked for or used would exceed what is available. */
  INSUFFICIENT_BANDWIDTH(370, "Insufficient bandwidth", 3261, "20.43"),
  /** {@code 380 SIPS Not Allowed}: the element will not serve the request because it uses SIPS. */
  SIPS_NOT_ALLOWED(380, "SIPS Not Allowed", 5630, ""),
  /** {@code 381 SIPS Required}: the element will not serve the request because it does not use SIPS. */
  SIPS_REQUIRED(381, "SIPS Required", 5630, ""),
  /** {@code 399 Miscellaneous warning}: free text for people; a receiver must not act on it automatically. */
  MISCELLANEOUS_WARNING(399, "Miscellaneous warning", 3261, "20.43");

  /** The smallest warn-code the grammar allows: {@code 000} (RFC 3261 §25.1, {@code warn-code = 3DIGIT}). */
  public static final int MIN_CODE = 0;

  /** The largest warn-code the grammar allows: {@code 999}. */
  public static final int MAX_CODE = 999;

  private static final @Nullable WarningCode[] BY_CODE = new WarningCode[MAX_CODE + 1];

  static {
    for (WarningCode code : values()) {
      BY_CODE[code.code] = code;
    }
  }

  private final int code;
  private final String text;
  private final RfcReference specification;

  WarningCode(int code, String text, int rfc, String section) {
    this.code = code;
    this.text = text;
    this.specification = new RfcReference(rfc, section);
  }

  /**
   * Tells whether a number is a warn-code: three digits, {@value #MIN_CODE} to {@value #MAX_CODE}, registered or not.
   *
   * @param code any integer
   * @return {@code true} from 0 to 999
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-25.1">RFC 3261 §25.1 (warn-code)</a>
   * @since 0.1.0
   */
  public static boolean isValidCode(int code) {
    return code >= MIN_CODE && code <= MAX_CODE;
  }

  /**
   * Checks that a number is a warn-code, registered or not.
   *
   * @param code the number
   * @return {@code code}
   * @throws IllegalArgumentException if {@code code} is not between 0 and 999, with a message that names it
   * @since 0.1.0
   */
  public static int checkCode(int code) {
    if (!isValidCode(code)) {
      throw new IllegalArgumentException("Invalid warn-code: " + code + " (expected three digits, 000-999)");
    }
    return code;
  }

  /**
   * Writes a warn-code as it appears on the wire: always three digits.
   *
   * @param code the warn-code
   * @return for example {@code "007"}, {@code "042"} or {@code "399"}
   * @throws IllegalArgumentException if {@code code} is not between 0 and 999
   * @since 0.1.0
   */
  public static String toThreeDigits(int code) {
    checkCode(code);
    return code < 10 ? "00" + code : code < 100 ? "0" + code : Integer.toString(code);
  }

  /**
   * Finds the registered warn-code with a number.
   *
   * @param code any integer
   * @return the warn-code, or empty if {@code code} is not registered
   */
  public static Optional<WarningCode> find(int code) {
    return isValidCode(code) ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
  }

  /**
   * Returns the three-digit code.
   *
   * @return 300 to 399
   */
  public int code() {
    return code;
  }

  /**
   * Returns the text the IANA registry gives the code.
   *
   * @return for example {@code "Incompatible media format"}
   */
  public String text() {
    return text;
  }

  /**
   * Returns the RFC that defines the code: RFC 3261 §20.43, RFC 5630 (380, 381) or RFC 8373 (308).
   *
   * @return the reference
   */
  public RfcReference specification() {
    return specification;
  }

  /**
   * Explains this warn-code to people in a language: a short title, a sentence or two for the person whose call it
   * concerns, and what an administrator should check, most likely cause first.
   *
   * <pre>{@code
   * Explanation e = WarningCode.INCOMPATIBLE_MEDIA_FORMAT.explain(Locale.ENGLISH);
   * e.summary();       // "No common codec"
   * e.description();   // "The two sides have no audio or video format (codec) in common, ..."
   * e.hints().get(0);  // "Compare the codecs enabled on both sides ..."
   * }</pre>
   *
   * <p>Every code has at least one hint. For {@link #MISCELLANEOUS_WARNING} the hints point at the warn-text, since a
   * receiver must not act on that warning automatically (RFC 3261 §20.43). The locale is matched by language and
   * falls back to English, never to the JVM's default locale ({@link Explanation#supportedLocales()}). After the first
   * call for a language and code, the same instance is returned and nothing is allocated.
   *
   * @param locale the language wanted, such as {@code Locale.GERMAN}
   * @return the explanation, never {@code null}; {@link Explanation#locale()} says which language it is in
   * @throws NullPointerException if {@code locale} is {@code null}
   * @since 0.1.0
   */
  public Explanation explain(Locale locale) {
    return Explanation.ofWarning(code, locale);
  }

  /**
   * Returns the code and text, such as {@code "305 Incompatible media format"}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return code + " " + text;
  }
}
