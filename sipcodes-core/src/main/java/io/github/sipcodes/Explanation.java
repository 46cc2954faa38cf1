package io.github.sipcodes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a SIP response code means to people, in one language: a short title for a user interface, a sentence or two
 * for the person who placed or received the call, and what an administrator or support person should check.
 *
 * <p>Obtain explanations from {@link SipResponse#explain(Locale)} or {@link SipResponse#explain(Locale, Situation)}
 * (the codes of {@code Warning} header values have explanations too: {@link #ofWarning(int, Locale)}):
 *
 * <pre>{@code
 * Explanation e = SipResponse.of(486).explain(Locale.GERMAN);
 * e.locale();        // de (or en while no German bundle is installed)
 * e.summary();       // a short title such as "Besetzt"
 * e.description();   // a sentence for the caller
 * e.hints();         // what to check, most likely cause first
 * }</pre>
 *
 * <p>Explanations are built once per language, code and situation and then reused: asking again returns the same
 * instance and allocates nothing. The texts carry what the RFCs say a client should do (such as waiting for
 * {@code Retry-After}) and what usually causes each failure in practice, in plain words.
 *
 * <p>Immutable and thread-safe: {@link #hints()} is an unmodifiable list.
 *
 * @param locale the language of the texts: one of {@link #supportedLocales()}, which may be less specific than the
 *     locale asked for ({@code de} for {@code de-AT}) and is {@link Locale#ENGLISH} when the language asked for has no
 *     bundle
 * @param summary a short title for a user interface, such as {@code "Busy"}
 * @param description one or two sentences for the person who placed or received the call
 * @param hints what an administrator or support person should check, most likely cause first; empty only for codes
 *     that need no action (such as {@code 180 Ringing} or {@code 200 OK})
 * @see SipResponse#explain(Locale)
 * @see SipResponse#explain(Locale, Situation)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21">RFC 3261 §21 Response Codes</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.33">RFC 3261 §20.33 Retry-After</a>
 * @since 0.1.0
 */
public record Explanation(Locale locale, String summary, String description, List<String> hints) {

  /**
   * Checks the components and makes {@code hints} an unmodifiable copy.
   *
   * @param locale the language of the texts
   * @param summary a short title
   * @param description one or two sentences for a person
   * @param hints what to check; copied
   * @throws NullPointerException if any argument or any hint is {@code null}
   */
  public Explanation {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    hints = List.copyOf(Objects.requireNonNull(hints, "hints"));
  }

  /**
   * Returns the languages that explanations are written in: English (the root language, used for every other
   * locale) and {@code de}, {@code fr}, {@code es}, {@code it}, {@code pt}, {@code pt_BR}, {@code nl}, {@code pl},
   * {@code ru}, {@code uk}, {@code ja} and {@code zh_CN}.
   *
   * <p>A locale asked for is matched by language, whatever its country: {@code de-AT} and {@code de-CH} get
   * {@code de}, {@code pt-PT} gets {@code pt} and {@code pt-BR} gets {@code pt_BR}. Chinese gets {@code zh_CN}
   * (Simplified Chinese) when the locale says script {@code Hans}, or says no script and the country {@code CN},
   * {@code SG} or none; Traditional Chinese ({@code zh-TW}, {@code zh-HK}, {@code zh-Hant}) has no bundle and gets
   * English. Every other language gets English. The JVM's default locale plays no part.
   *
   * @return the 13 locales, English first, in a fixed order; unmodifiable
   */
  public static Set<Locale> supportedLocales() {
    return Explanations.SUPPORTED;
  }

  /**
   * Explains a {@code Warning} header code (warn-code) to people in a language, given as a number.
   *
   * <p>Warning header values say more about a failure, mostly about the media offered for a session, such as
   * {@code 305 Incompatible media format} next to {@code 488 Not Acceptable Here} (RFC 3261 §20.43). The registered
   * codes (IANA "Warning Codes" registry, {@link WarningCode}) get their own texts; any other
   * code gets a general text that names the code, written with three digits. Prefer
   * {@link WarningCode#explain(Locale)} for a registered code and
   * {@link io.github.sipcodes.wire.Warning#explain(Locale)} for a parsed header value; they return the same instances.
   *
   * <pre>{@code
   * Explanation.ofWarning(305, Locale.ENGLISH).summary();      // "No common codec"
   * Explanation.ofWarning(342, Locale.ENGLISH).description();  // "... added warning 342 about the call. ..."
   * }</pre>
   *
   * <p>The locale is matched as for {@link SipResponse#explain(Locale)}. After the first call for a language and
   * code, the same instance is returned and nothing is allocated.
   *
   * @param warnCode the warn-code, 0 to 999 (three digits; SIP uses 300-399)
   * @param locale the language wanted
   * @return the explanation, never {@code null}
   * @throws IllegalArgumentException if {@code warnCode} is not between 0 and 999
   * @throws NullPointerException if {@code locale} is {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-20.43">RFC 3261 §20.43 Warning</a>
   * @since 0.1.0
   */
  public static Explanation ofWarning(int warnCode, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Explanations.ofWarning(WarningCode.checkCode(warnCode), locale);
  }
}
