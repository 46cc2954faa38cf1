package io.github.sipcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Loads the explanation bundles and caches every explanation after its first use.
 *
 * <p>The bundles are UTF-8 {@code .properties} files in this package: {@code explanations.properties} (English, the
 * root) and {@code explanations_<locale>.properties}. They are read with {@link Class#getResourceAsStream(String)} from
 * this module's own package, which works on the module path and on the class path alike; {@code ResourceBundle} is
 * not used, so neither {@code ResourceBundle.Control} (which a named module may not use) nor the JVM default locale
 * (which {@code ResourceBundle.getBundle} falls back to) plays a part. A locale asked for is first mapped to one of the
 * supported locales ({@link #index(Locale)}), then to the most specific bundle present: its own file, else its
 * parent's ({@code pt_BR} to {@code pt}), else English.
 *
 * <p>Lookups after the first allocate nothing: the locale is mapped with string switches on its (interned) fields,
 * and each bundle keeps an array of built explanations indexed by code and situation, and one of Warning header
 * codes (warn-codes) indexed by code.
 */
final class Explanations {

  private static final String BASE_NAME = "explanations";

  // Indexes into LOCALES; ENGLISH must be 0.
  private static final int ENGLISH = 0;
  private static final int GERMAN = 1;
  private static final int FRENCH = 2;
  private static final int SPANISH = 3;
  private static final int ITALIAN = 4;
  private static final int PORTUGUESE = 5;
  private static final int BRAZILIAN_PORTUGUESE = 6;
  private static final int DUTCH = 7;
  private static final int POLISH = 8;
  private static final int RUSSIAN = 9;
  private static final int UKRAINIAN = 10;
  private static final int JAPANESE = 11;
  private static final int SIMPLIFIED_CHINESE = 12;

  /** The supported locales, indexed by the constants above. */
  private static final List<Locale> LOCALES = List.of(
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
      Locale.SIMPLIFIED_CHINESE);

  /** {@link Explanation#supportedLocales()}: the supported locales in a fixed order. */
  static final Set<Locale> SUPPORTED = Collections.unmodifiableSet(new LinkedHashSet<>(LOCALES));

  /** The key prefix of the general text of the warn-codes that no RFC defines. */
  private static final String WARNING_CLASS = "warning.class";

  /** Slots per code: the general text (slot 0), then one per {@link Situation} ({@link Situation#slot()}). */
  private static final int SLOTS = Situation.values().length + 1;

  private static final AtomicReferenceArray<Bundle> BUNDLES = new AtomicReferenceArray<>(LOCALES.size());

  private Explanations() {}

  /**
   * Returns the explanation of a response in a locale, for a situation or ({@code null}) in general.
   *
   * @param response the response to explain
   * @param locale the locale asked for
   * @param situation the situation, or {@code null} for the general text
   * @return the cached explanation
   */
  static Explanation of(SipResponse response, Locale locale, @Nullable Situation situation) {
    return bundle(index(locale)).explanation(response, situation);
  }

  /**
   * Returns the explanation of a Warning header code (warn-code) in a locale: its own text when the English bundle has
   * one (the registered codes), else the general text of the warn-codes, which names the code.
   *
   * @param code the warn-code, 0 to {@value WarningCode#MAX_CODE}
   * @param locale the locale asked for
   * @return the cached explanation
   */
  static Explanation ofWarning(int code, Locale locale) {
    return bundle(index(locale)).warning(code);
  }

  /**
   * Maps a locale to the index of the supported locale that serves it; English for every unsupported language.
   * Allocates nothing.
   */
  static int index(Locale locale) {
    return switch (locale.getLanguage()) {
      case "de" -> GERMAN;
      case "fr" -> FRENCH;
      case "es" -> SPANISH;
      case "it" -> ITALIAN;
      case "pt" -> "BR".equals(locale.getCountry()) ? BRAZILIAN_PORTUGUESE : PORTUGUESE;
      case "nl" -> DUTCH;
      case "pl" -> POLISH;
      case "ru" -> RUSSIAN;
      case "uk" -> UKRAINIAN;
      case "ja" -> JAPANESE;
      case "zh" -> isSimplifiedChinese(locale) ? SIMPLIFIED_CHINESE : ENGLISH;
      default -> ENGLISH;
    };
  }

  /** Script Hans, or no script and a country that writes Simplified Chinese (CN, SG) or no country. */
  private static boolean isSimplifiedChinese(Locale locale) {
    String script = locale.getScript();
    if (!script.isEmpty()) {
      return script.equals("Hans");
    }
    return switch (locale.getCountry()) {
      case "", "CN", "SG" -> true;
      default -> false;
    };
  }

  /** Returns the supported locale at an index of {@link #index(Locale)}. */
  static Locale locale(int index) {
    return LOCALES.get(index);
  }

  /** Returns the resource name of the bundle of a supported locale, relative to this package. */
  static String resourceName(Locale supported) {
    return supported.equals(Locale.ENGLISH) ? BASE_NAME + ".properties" : BASE_NAME + "_" + supported + ".properties";
  }

  /** Returns the bundle serving a supported locale, loading it (and its parents) on first use. */
  static Bundle bundle(int index) {
    Bundle bundle = BUNDLES.get(index);
    if (bundle == null) {
      Bundle loaded = load(index);
      Bundle witness = BUNDLES.compareAndExchange(index, null, loaded);
      bundle = witness == null ? loaded : witness;
    }
    return bundle;
  }

  private static Bundle load(int index) {
    Locale locale = LOCALES.get(index);
    Map<String, String> texts = read(resourceName(locale));
    if (index == ENGLISH) {
      return new Bundle(locale, texts == null ? Map.of() : texts, null);
    }
    Bundle parent = bundle(index == BRAZILIAN_PORTUGUESE ? PORTUGUESE : ENGLISH);
    // Without a file of its own, a locale is served by its parent, and reports the parent's locale.
    return texts == null ? parent : new Bundle(locale, texts, parent);
  }

  /**
   * Reads a UTF-8 properties file of this package. Bytes that are not UTF-8 make the whole file unusable rather than
   * turning into replacement characters.
   *
   * @param resourceName the file name, relative to this package
   * @return the entries, or {@code null} if the file does not exist or cannot be read as UTF-8
   */
  static @Nullable Map<String, String> read(String resourceName) {
    try (InputStream in = Explanations.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        return null;
      }
      // newDecoder() reports malformed input instead of replacing it.
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
      Properties properties = new Properties();
      properties.load(reader);
      Map<String, String> texts = new HashMap<>();
      for (String key : properties.stringPropertyNames()) {
        texts.put(key, properties.getProperty(key));
      }
      return texts;
    } catch (IOException e) {
      return null;
    }
  }

  /** The texts of one locale, its parent for keys it lacks, and its explanations built so far. */
  static final class Bundle {
    private final Locale locale;
    private final Map<String, String> texts;
    private final @Nullable Bundle parent;
    private final AtomicReferenceArray<Explanation> built =
        new AtomicReferenceArray<>((SipResponse.MAX_CODE - SipResponse.MIN_CODE + 1) * SLOTS);
    private final AtomicReferenceArray<Explanation> warnings = new AtomicReferenceArray<>(WarningCode.MAX_CODE + 1);

    Bundle(Locale locale, Map<String, String> texts, @Nullable Bundle parent) {
      this.locale = locale;
      this.texts = texts;
      this.parent = parent;
    }

    Explanation explanation(SipResponse response, @Nullable Situation situation) {
      int slot = (response.code() - SipResponse.MIN_CODE) * SLOTS + (situation == null ? 0 : situation.slot());
      Explanation explanation = built.get(slot);
      if (explanation == null) {
        Explanation made = build(response, situation);
        Explanation witness = built.compareAndExchange(slot, null, made);
        explanation = witness == null ? made : witness;
      }
      return explanation;
    }

    Explanation warning(int code) {
      Explanation explanation = warnings.get(code);
      if (explanation == null) {
        Explanation made = buildWarning(code);
        Explanation witness = warnings.compareAndExchange(code, null, made);
        explanation = witness == null ? made : witness;
      }
      return explanation;
    }

    /**
     * A warn-code with a summary of its own (in this bundle or a parent) is registered and gets its own texts; any other
     * gets the general warning text, which names the code. A field missing everywhere becomes "Warning NNN".
     */
    private Explanation buildWarning(int code) {
      String digits = WarningCode.toThreeDigits(code);
      String own = "warning." + digits;
      String prefix = text(own + ".summary") != null ? own : WARNING_CLASS;
      return build(prefix, prefix, digits, true, "Warning " + digits);
    }

    private Explanation build(SipResponse response, @Nullable Situation situation) {
      boolean registered = response instanceof SipStatus;
      String prefix = registered ? "code." + response.code() : "class." + response.responseClass().digit() + "xx";
      if (situation != null) {
        String variant = prefix + "." + situation.key();
        if (text(variant + ".summary") == null
            && text(variant + ".description") == null
            && text(variant + ".hint.1") == null) {
          return explanation(response, null); // the meaning does not change: share the general instance
        }
        return build(response, variant, prefix, registered);
      }
      return build(response, prefix, prefix, registered);
    }

    /** Builds from the variant's fields, falling back field by field to the general ones, then to the reason phrase. */
    private Explanation build(SipResponse response, String variant, String general, boolean registered) {
      return build(variant, general, Integer.toString(response.code()), !registered, response.reasonPhrase());
    }

    /**
     * Builds from the variant's fields, falling back field by field to the general ones, then to {@code fallback}.
     * {@code named}: the texts may name the code with {0}.
     */
    private Explanation build(String variant, String general, String code, boolean named, String fallback) {
      String summary = field(variant, general, ".summary", code, named, fallback);
      String description = field(variant, general, ".description", code, named, fallback);
      List<String> hints = hints(text(variant + ".hint.1") != null ? variant : general, code, named);
      return new Explanation(locale, summary, description, hints);
    }

    private String field(String variant, String general, String field, String code, boolean named, String fallback) {
      String text = text(variant + field);
      if (text == null) {
        text = text(general + field);
      }
      return text == null ? fallback : fill(text, code, named);
    }

    private List<String> hints(String prefix, String code, boolean named) {
      List<String> hints = new ArrayList<>();
      for (int k = 1; ; k++) {
        String hint = text(prefix + ".hint." + k);
        if (hint == null) {
          return hints.isEmpty() ? List.of() : List.copyOf(hints);
        }
        hints.add(fill(hint, code, named));
      }
    }

    /** The class texts name the code with {0}; it is replaced literally, so apostrophes need no escaping. */
    private static String fill(String text, String code, boolean named) {
      return named ? text.replace("{0}", code) : text;
    }

    /** Looks a key up in this bundle, then its parents. */
    private @Nullable String text(String key) {
      for (Bundle bundle = this; bundle != null; bundle = bundle.parent) {
        String text = bundle.texts.get(key);
        if (text != null) {
          return text;
        }
      }
      return null;
    }
  }
}
