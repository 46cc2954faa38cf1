package io.github.sipcodes;

import io.github.sipcodes.spi.ExplanationTextProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The languages explanations are written in, sipcodes' own and those applications add: which one serves a locale
 * asked for, which one each falls back to, and the texts of each, loaded on first use and then kept.
 *
 * <p>Adding a language of ours takes one entry in {@link #OURS} and one file, {@code explanations_<name>.properties}
 * in this package ({@link Explanations#resourceName(Locale)}). Matching needs nothing more: {@code zh-TW} (which
 * Chinese locales write in Traditional characters, {@link #likelyScript(String, String)}) also serves {@code zh-HK},
 * {@code zh-MO} and {@code zh-Hant}.
 *
 * <p>A locale asked for is matched against the languages of its language only, with its script (or, for Chinese
 * without one, the script its country writes) and its country: a language with the same country is preferred, then
 * one without a country, then, only where the script matched by name, one with another country ({@code zh-SG} gets
 * {@code zh-CN}). A language with a script serves only that script; one without serves every script. No match, and
 * every language sipcodes and the applications lack, gets English. The JVM's default locale plays no part. Matching
 * allocates nothing: a map lookup by the (already held) language string, then a loop over its few languages.
 *
 * <p>Most applications ask for a few locales, again and again: the bundle found for a locale is kept in a small
 * table indexed by the locale's hash code (which {@link Locale} computes once), so that asking again is one array
 * load and one comparison. The table has {@value #RECENT_SLOTS} slots, whatever the number of locales asked for; a
 * locale whose slot another one took is matched again, which gives the same bundle.
 */
final class Languages {

  /**
   * Our languages, in the order {@link Explanation#supportedLocales()} lists them. English is first: it is the root
   * that every other language falls back to.
   */
  static final List<Locale> OURS = List.of(
      Locale.ENGLISH,
      Locale.GERMAN,
      Locale.FRENCH,
      Locale.forLanguageTag("es"),
      Locale.ITALIAN,
      Locale.forLanguageTag("pt"),
      Locale.forLanguageTag("pt-BR"),
      Locale.forLanguageTag("nl"),
      Locale.forLanguageTag("pl"),
      Locale.forLanguageTag("ru"),
      Locale.forLanguageTag("uk"),
      Locale.JAPANESE,
      Locale.SIMPLIFIED_CHINESE,
      Locale.TRADITIONAL_CHINESE,
      Locale.KOREAN,
      Locale.forLanguageTag("tr"),

      Locale.forLanguageTag("sv"));

  /** The index of English, the root. */
  private static final int ENGLISH = 0;

  /** The size of {@link #recent}: more than the locales an application serves at once, a power of two. */
  static final int RECENT_SLOTS = 32;

  /** What {@link #installed()} returns once the providers have been found. */
  private static volatile @Nullable Languages installed;

  /** Set while the providers are being found, to catch a provider that asks for explanations meanwhile. */
  private static boolean discovering;

  private final int ours;
  private final ApplicationTexts applications;
  /** Every language, ours first; the indexes of the arrays below. */
  private final Locale[] locales;
  /** The script each language is written in, or "" for any. */
  private final String[] scripts;
  /** The language each falls back to; -1 for English. */
  private final int[] parents;
  /** The indexes of the languages of each language subtag, in order of declaration. */
  private final Map<String, int[]> byLanguage;
  private final Set<Locale> supported;
  private final AtomicReferenceArray<Explanations.Bundle> bundles;

  /**
   * The bundles last found, by the locale's hash code; a slot is replaced whole, and its record's final fields make a
   * slot seen by another thread complete (a stale or empty slot only costs a match).
   */
  private final @Nullable Recent[] recent = new Recent[RECENT_SLOTS];

  /** A locale asked for and the bundle that serves it. */
  private record Recent(Locale locale, Explanations.Bundle bundle) {}

  /** Set while a provider is asked for its texts (under this object's lock). */
  private boolean askingProvider;

  /**
   * Builds the languages from ours and the applications'.
   *
   * @param ours our languages, English first, each with a bundle file (or served by its parent without one)
   * @param applications the texts applications add
   */
  Languages(List<Locale> ours, ApplicationTexts applications) {
    this.ours = ours.size();
    this.applications = applications;
    Set<Locale> all = new LinkedHashSet<>(ours);
    all.addAll(applications.locales());
    this.locales = all.toArray(new Locale[0]);
    this.scripts = new String[locales.length];
    Map<String, List<Integer>> indexes = new HashMap<>();
    for (int i = 0; i < locales.length; i++) {
      Locale locale = locales[i];
      scripts[i] = locale.getScript().isEmpty()
          ? likelyScript(locale.getLanguage(), locale.getCountry())
          : locale.getScript();
      indexes.computeIfAbsent(locale.getLanguage(), language -> new ArrayList<>()).add(i);
    }
    this.byLanguage = new HashMap<>();
    indexes.forEach((language, list) -> byLanguage.put(language, list.stream().mapToInt(i -> i).toArray()));
    this.parents = new int[locales.length];
    for (int i = 0; i < locales.length; i++) {
      parents[i] = parent(i);
    }
    this.supported = Collections.unmodifiableSet(all);
    this.bundles = new AtomicReferenceArray<>(locales.length);
  }

  /**
   * Returns the languages of this class loader: ours and those of the providers installed, found on first use.
   *
   * @throws ServiceConfigurationError if a provider cannot be found, made or asked for its locales; nothing is kept,
   *     and the next call tries again
   */
  static Languages installed() {
    Languages languages = installed;
    return languages != null ? languages : discover();
  }

  private static synchronized Languages discover() {
    Languages languages = installed;
    if (languages == null) {
      if (discovering) {
        throw new ServiceConfigurationError(ExplanationTextProvider.class.getName()
            + ": a provider asked for explanations while the providers were being found");
      }
      discovering = true;
      try {
        languages = new Languages(OURS, ApplicationTexts.installed(Languages.class.getClassLoader()));
      } finally {
        discovering = false;
      }
      installed = languages;
    }
    return languages;
  }

  /** {@link Explanation#supportedLocales()}: ours in their order, then the applications' by language tag. */
  Set<Locale> supported() {
    return supported;
  }

  /** Returns the bundle that serves a locale. Allocates nothing once that bundle has been loaded. */
  Explanations.Bundle bundle(Locale locale) {
    int slot = locale.hashCode() & (RECENT_SLOTS - 1);
    Recent last = recent[slot];
    if (last != null && last.locale.equals(locale)) {
      return last.bundle;
    }
    Explanations.Bundle bundle = matchedBundle(locale);
    recent[slot] = new Recent(locale, bundle);
    return bundle;
  }

  /** Returns the bundle that serves a locale, matched now without {@link #recent}. */
  Explanations.Bundle matchedBundle(Locale locale) {
    return bundle(index(locale));
  }

  /** Returns the language that serves a locale (which may have no texts of its own: see {@link #bundle}). */
  Locale match(Locale locale) {
    return locales[index(locale)];
  }

  /** Returns the index of the language that serves a locale. */
  private int index(Locale locale) {
    String script = locale.getScript();
    if (script.isEmpty()) {
      script = likelyScript(locale.getLanguage(), locale.getCountry());
    }
    return match(locale.getLanguage(), script, locale.getCountry());
  }

  /**
   * Returns the best language for a language subtag, script ("" for none) and country ("" for none): same country
   * over no country over (only where the script matched by name) another country; among equals the first declared.
   * English if none fits.
   */
  private int match(String language, String script, String country) {
    int[] candidates = byLanguage.get(language);
    if (candidates == null) {
      return ENGLISH;
    }
    int best = ENGLISH;
    int bestScore = 0;
    for (int candidate : candidates) {
      boolean byScript = !scripts[candidate].isEmpty();
      if (byScript && !scripts[candidate].equals(script)) {
        continue;
      }
      String theirs = locales[candidate].getCountry();
      int score;
      if (theirs.equals(country)) {
        score = 4;
      } else if (theirs.isEmpty()) {
        score = 2;
      } else if (byScript) {
        score = 0;
      } else {
        continue;
      }
      score += byScript ? 1 : 0;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The language a language falls back to for a key it lacks: the same language and script without the country, then
   * the language without script or country, then English. Each step is strictly less specific, so the chain ends.
   */
  private int parent(int index) {
    if (index == ENGLISH) {
      return -1;
    }
    Locale locale = locales[index];
    String language = locale.getLanguage();
    if (!locale.getCountry().isEmpty()) {
      // Only a language without a country qualifies (for Chinese, one with the same script).
      int sameScript = match(language, scripts[index], "");
      if (locales[sameScript].getCountry().isEmpty()) {
        return sameScript;
      }
    }
    // A query with neither script nor country returns a language with neither, or English.
    int bare = match(language, "", "");
    return bare == index ? ENGLISH : bare;
  }

  /**
   * The script a locale without one is written in, where its language is written in more than one: Chinese in
   * Simplified characters ({@code Hans}) without a country and in China and Singapore, in Traditional characters
   * ({@code Hant}) in Taiwan, Hong Kong and Macao (as Unicode CLDR's likely subtags say). "" for every other
   * language and country: matched whatever the script.
   */
  static String likelyScript(String language, String country) {
    if (!language.equals("zh")) {
      return "";
    }
    return switch (country) {
      case "", "CN", "SG" -> "Hans";
      case "TW", "HK", "MO" -> "Hant";
      default -> "";
    };
  }

  /** Returns the bundle of a language, loading it (and its parents) on first use. */
  private Explanations.Bundle bundle(int index) {
    Explanations.Bundle bundle = bundles.get(index);
    return bundle != null ? bundle : load(index);
  }

  /**
   * Loads the bundle of a language: our file's texts with the applications' over them. Our language without a file
   * (or with one that is not UTF-8) and without texts from applications is served by its parent, and reports the
   * parent's locale. Runs under this object's lock, so that a provider is asked once and the bundle is kept only
   * when whole.
   */
  private synchronized Explanations.Bundle load(int index) {
    Explanations.Bundle bundle = bundles.get(index);
    if (bundle != null) {
      return bundle;
    }
    if (askingProvider) {
      throw new ServiceConfigurationError(ExplanationTextProvider.class.getName()
          + ": a provider asked for explanations in " + locales[index].toLanguageTag()
          + " while it was being asked for its texts");
    }
    Locale locale = locales[index];
    Explanations.Bundle parent = parents[index] < 0 ? null : bundle(parents[index]);
    Map<String, String> texts = index < ours ? Explanations.read(Explanations.resourceName(locale)) : null;
    if (applications.has(locale)) {
      Map<String, String> theirs;
      askingProvider = true;
      try {
        theirs = applications.texts(locale);
      } finally {
        askingProvider = false;
      }
      Map<String, String> merged = texts == null ? new HashMap<>() : new HashMap<>(texts);
      merged.putAll(theirs);
      texts = merged;
    }
    if (texts == null && parent != null) {
      bundle = parent;
    } else {
      bundle = new Explanations.Bundle(locale, texts == null ? Map.of() : texts, parent);
    }
    bundles.set(index, bundle);
    return bundle;
  }
}
