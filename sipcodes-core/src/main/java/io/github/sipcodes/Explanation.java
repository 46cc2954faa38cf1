package io.github.sipcodes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What a SIP response code means to people, in one language: a short title for a user interface, a sentence or two
 * for the person who placed or received the call, and what an administrator or support person should check.
 *
 * <p>Obtain explanations from {@link SipResponse#explain(Locale)} or {@link SipResponse#explain(Locale, Situation)}
 * (the codes of {@code Warning} header values have explanations too: {@link #ofWarning(int, Locale)}, and so do the
 * Q.850 causes: {@link Q850Cause#explain(Locale)}; {@link Diagnosis#explain(Locale)} combines them for one response):
 *
 * <pre>{@code
 * Explanation e = SipResponse.of(486).explain(Locale.GERMAN);
 * e.locale();        // de
 * e.summary();       // a short title: "Besetzt"
 * e.description();   // a sentence for the caller
 * e.hints();         // what to check, most likely cause first
 * }</pre>
 *
 * <p>Explanations are built once per language, code and situation and then reused: asking again returns the same
 * instance and allocates nothing. The texts carry what the RFCs say a client should do (such as waiting for
 * {@code Retry-After}) and what usually causes each failure in practice, in plain words.
 *
 * <h2>Where the texts come from</h2>
 *
 * <p>The texts are UTF-8 {@code .properties} bundles inside the library, one per language of
 * {@link #supportedLocales()}, English being the root that the others fall back to. An application adds a language,
 * or its own wording for any text of any language, with an {@link io.github.sipcodes.spi.ExplanationTextProvider};
 * {@link #resourceBundle(Locale)} hands the same texts to code that takes a {@link ResourceBundle}. A provider that
 * fails makes the call that first needs its texts throw {@link java.util.ServiceConfigurationError}.
 *
 * <h2>Keys</h2>
 *
 * <p>The keys of the texts are a public contract: a key keeps its meaning from one release to the next, and new
 * keys only add to it. NNN is a code of three digits.
 *
 * <ul>
 *   <li>{@code code.NNN.FIELD}: the status code NNN, for each code that has a {@link SipStatus} constant
 *       ({@code code.486.summary}).
 *   <li>{@code code.NNN.SITUATION.FIELD}: the same code in one {@link Situation}, SITUATION being its
 *       {@link Situation#key()}: {@code outgoing}, {@code incoming} or {@code registration}
 *       ({@code code.401.registration.summary}). Present only where the meaning changes; a field it lacks is that
 *       of {@code code.NNN.FIELD}, and its hints, when it has {@code hint.1}, replace the general ones.
 *   <li>{@code class.Dxx.FIELD}: the codes of class D, 1 to 6, that have no constant ({@code class.4xx.summary}).
 *   <li>{@code warning.NNN.FIELD}: the warn-code NNN of a {@code Warning} header, for each warn-code whose
 *       {@code summary} a bundle has (the registered ones: {@code warning.305.summary}).
 *   <li>{@code warning.class.FIELD}: every other warn-code.
 *   <li>{@code q850.N.FIELD}: the Q.850 cause N, 1 to 127 without leading zeros ({@code q850.17.summary}), for each
 *       cause whose {@code summary} a bundle has ({@link Q850Cause#explain(Locale)}).
 *   <li>{@code q850.class.FIELD}: every other Q.850 cause.
 *   <li>{@code outcome.O.label}: the label of a {@link CallOutcome}, O being its name in lower case
 *       ({@code outcome.no_answer.label}, {@link CallOutcome#label(Locale)}); the only field of an outcome.
 * </ul>
 *
 * <p>FIELD is {@code summary}, {@code description}, or {@code hint.K} with K counting from 1 without gaps, the most
 * likely cause first; codes that need no action have no hints. The class texts ({@code class.Dxx},
 * {@code warning.class} and {@code q850.class}) may contain {@code {0}}, the only placeholder: the code, three
 * digits, or the cause value, put in literally.
 * The texts are not {@link java.text.MessageFormat} patterns: an apostrophe is written as it is, never doubled.
 *
 * <p>A key that a language lacks is taken from its parent language ({@code pt} for {@code pt-BR}), then from English,
 * each key on its own: a situation's field is looked for in the language and its parents before the general field
 * is. A field that no bundle has becomes the code's reason phrase ({@code Warning NNN} for a warn-code, the Q.850
 * name for a cause, the constant's name for an outcome label).
 *
 * <p>Immutable and thread-safe: {@link #hints()} is an unmodifiable list.
 *
 * @param locale the language of the texts: one of {@link #supportedLocales()}, which may be less specific than the
 *     locale asked for ({@code de} for {@code de-AT}) and is {@link Locale#ENGLISH} when no language serves the
 *     locale asked for
 * @param summary a short title for a user interface, such as {@code "Busy"}
 * @param description one or two sentences for the person who placed or received the call
 * @param hints what an administrator or support person should check, most likely cause first; empty only for codes
 *     that need no action (such as {@code 180 Ringing} or {@code 200 OK})
 * @see SipResponse#explain(Locale)
 * @see SipResponse#explain(Locale, Situation)
 * @see io.github.sipcodes.spi.ExplanationTextProvider
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
   * Returns the languages that explanations are written in: sipcodes' own, then those that applications add with an
   * {@link io.github.sipcodes.spi.ExplanationTextProvider}. Ours are English (the root language, used for every
   * locale that no language serves) and {@code de}, {@code fr}, {@code es}, {@code it}, {@code pt}, {@code pt_BR},
   * {@code nl}, {@code pl}, {@code ru}, {@code uk}, {@code ja}, {@code zh_CN}, {@code zh_TW}, {@code ko}, {@code tr}
   * and {@code sv}.
   *
   * <p>A locale asked for is matched by language, whatever its country: {@code de-AT} and {@code de-CH} get
   * {@code de}, {@code pt-PT} gets {@code pt} and {@code pt-BR} gets {@code pt_BR}; a language an application adds is
   * matched the same way ({@code nb-NO} gets an added {@code nb}). Among the languages of one language subtag, one
   * with the locale's country wins over one without a country. Script counts where a language is written in more
   * than one: Chinese is Simplified ({@code Hans}) when the locale says so, or says no script and the country
   * {@code CN}, {@code SG} or none, and Traditional ({@code Hant}) for {@code TW}, {@code HK} and {@code MO};
   * {@code zh_CN} serves Simplified Chinese and {@code zh_TW} Traditional Chinese ({@code zh-HK}, {@code zh-MO} and
   * {@code zh-Hant} too). Every other language gets English. The JVM's default locale plays no part.
   *
   * <p>The first call (or the first explanation asked for) looks up the applications' providers.
   *
   * @return the locales, ours first (English first) in a fixed order, then the applications' in the order of their
   *     language tags; unmodifiable, the same set on every call
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded or its {@code locales()} fails
   * @since 0.1.0
   */
  public static Set<Locale> supportedLocales() {
    return Languages.installed().supported();
  }

  /**
   * Returns the texts that serve a locale as a standard {@link ResourceBundle}, for code that takes one: Spring's
   * {@code MessageSource} (return it from {@code ResourceBundleMessageSource.doGetBundle}), JSF, or an Android app's
   * own lookups. The keys are those of the layout above.
   *
   * <pre>{@code
   * ResourceBundle texts = Explanation.resourceBundle(Locale.forLanguageTag("de-AT"));
   * texts.getLocale();                              // de
   * texts.getString("code.486.summary");            // "Besetzt"
   * texts.getString("code.401.registration.summary");  // "Anmeldung läuft"
   * }</pre>
   *
   * <p>It is the bundle of the language that serves the locale, matched as for {@link SipResponse#explain(Locale)};
   * {@link ResourceBundle#getLocale()} says which language that is. The applications' texts are in it, taking
   * precedence as they do in explanations. Its parent is the language it falls back to ({@code pt} for
   * {@code pt_BR}, then English), so {@code getString} finds a key that the language lacks where an explanation
   * would; {@code getKeys()} and {@code keySet()} list every key of the bundle and its parents. A value is the text
   * as stored: {@code {0}} in a class text is not filled in, and since the texts are not {@code MessageFormat}
   * patterns, ask a {@code MessageSource} for them without arguments and put the code in with
   * {@code replace("{0}", ...)}.
   *
   * <p>Immutable and thread-safe; every locale that one language serves gets the same instance, on every call.
   *
   * @param locale the language wanted
   * @return the texts of the language that serves it, never {@code null}
   * @throws NullPointerException if {@code locale} is {@code null}
   * @throws java.util.ServiceConfigurationError if a provider of texts fails (see
   *     {@link io.github.sipcodes.spi.ExplanationTextProvider})
   * @since 0.1.0
   */
  public static ResourceBundle resourceBundle(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Explanations.resourceBundle(locale);
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
