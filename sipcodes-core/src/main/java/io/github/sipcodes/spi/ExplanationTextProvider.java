package io.github.sipcodes.spi;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Texts that an application adds to sipcodes' explanations, or puts in place of sipcodes' own: a language sipcodes
 * does not have, or other wording for any text of any language (a provider's own support number in a hint, a house
 * style for the titles).
 *
 * <p>An implementation is found with {@link java.util.ServiceLoader}. Declare it in the application's
 * {@code module-info.java} on the module path, or in a file on the class path, or both:
 *
 * <pre>{@code
 * // module-info.java
 * module com.example.phone {
 *   requires io.github.sipcodes;
 *   provides io.github.sipcodes.spi.ExplanationTextProvider with com.example.phone.NorwegianTexts;
 * }
 *
 * // META-INF/services/io.github.sipcodes.spi.ExplanationTextProvider, one class name per line
 * com.example.phone.NorwegianTexts
 * }</pre>
 *
 * <p>The class is public, with a public constructor that takes no arguments (in a module, a public static
 * {@code provider()} method may take its place). sipcodes looks the providers up once, through the class loader that
 * loaded sipcodes, when an explanation, {@code Explanation.supportedLocales()} or {@code
 * Explanation.resourceBundle(Locale)} is first asked for.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Keys are those of sipcodes' own bundles ({@code code.486.summary}, {@code warning.305.hint.1},
 *       {@code q850.17.summary}, {@code outcome.busy.label} ...); the layout, a public contract, is documented in
 *       {@code io.github.sipcodes.Explanation}. A key outside it is kept (and shown by
 *       {@code Explanation.resourceBundle}) but explains nothing.
 *   <li>For a key and locale that sipcodes has a text for, the application's text wins.
 *   <li>To change a text of one of sipcodes' languages, return that language's locale exactly as {@code
 *       Explanation.supportedLocales()} lists it ({@code pt-BR}, {@code zh-CN}). Any other locale is a language of its
 *       own: it is matched like sipcodes' languages ({@code nb-NO} is served by {@code nb}) and listed by {@code
 *       supportedLocales()} after them.
 *   <li>A key that a language lacks comes from its parent: the same language without the country ({@code pt} for
 *       {@code pt-BR}, {@code nb} for {@code nb-NO}), then without the script, then English; a parent never changes
 *       the script ({@code zh-TW} falls back to a {@code zh-Hant} if there is one, never to Simplified Chinese). Each
 *       field falls back on its own: Norwegian that has only {@code code.486.summary} gets the English description and
 *       hints of 486.
 *   <li>When several providers give one key for one locale, the provider whose class name comes first (in {@link
 *       String#compareTo(String)} order) wins, whatever the order of the class path or module path.
 *   <li>{@link #locales()} is called once; {@link #texts(Locale)} at most once per locale, on first use of that
 *       locale, never by two threads at once. The texts are kept for the life of the class loader: a change made
 *       later is not seen.
 *   <li>A provider that throws, returns {@code null}, names a locale with a variant or extension or without a
 *       language, or returns a {@code null} key or text, makes the call that needed it throw a {@link
 *       java.util.ServiceConfigurationError} that names the provider's class and chains what it threw. Nothing of
 *       that language is kept: the next call asks again. A provider must not ask sipcodes for an explanation while
 *       it is being asked for its own texts.
 * </ul>
 *
 * <pre>{@code
 * public final class NorwegianTexts implements ExplanationTextProvider {
 *   private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
 *
 *   public Set<Locale> locales() {
 *     return Set.of(NORWEGIAN, Locale.ENGLISH);
 *   }
 *
 *   public Map<String, String> texts(Locale locale) {
 *     if (locale.equals(NORWEGIAN)) {
 *       return Map.of("code.486.summary", "Opptatt");
 *     }
 *     return Map.of("code.486.hint.3", "On an Example Telecom trunk, call +1 555 0100 to add channels.");
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ExplanationTextProvider {

  /**
   * Returns the locales this provider has texts for: a language ({@code nb}), optionally with a script or a country
   * ({@code zh-Hant}, {@code pt-BR}), without variant or extensions.
   *
   * @return the locales, never {@code null}; may be empty
   * @since 0.1.0
   */
  Set<Locale> locales();

  /**
   * Returns the texts of one locale, by key.
   *
   * <p>A text is used as it is, except that {@code {0}} in the texts that have it (keys {@code class.Dxx.*},
   * {@code warning.class.*} and {@code q850.class.*}) is replaced by the code or the Q.850 cause value. Texts are not {@link java.text.MessageFormat} patterns: write
   * an apostrophe as it is.
   *
   * @param locale one of the locales that {@link #locales()} returned
   * @return the texts by key, never {@code null}; may be empty; read once, and not kept
   * @since 0.1.0
   */
  Map<String, String> texts(Locale locale);
}
