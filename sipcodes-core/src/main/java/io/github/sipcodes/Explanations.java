package io.github.sipcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Explains codes from the bundles of {@link Languages}, and caches every explanation after its first use.
 *
 * <p>Our bundles are UTF-8 {@code .properties} files in this package: {@code explanations.properties} (English, the
 * root) and {@code explanations_<locale>.properties}. They are read with {@link Class#getResourceAsStream(String)} from
 * this module's own package, which works on the module path and on the class path alike; {@code ResourceBundle} is
 * not used to read them, so neither {@code ResourceBundle.Control} (which a named module may not use) nor the JVM
 * default locale (which {@code ResourceBundle.getBundle} falls back to) plays a part. Applications' texts
 * ({@link io.github.sipcodes.spi.ExplanationTextProvider}) are laid over ours by {@link Languages}.
 *
 * <p>Lookups after the first allocate nothing: the locale is matched to a language without allocating
 * ({@link Languages#bundle(Locale)}), and each bundle keeps an array of built explanations indexed by code and
 * situation, one of Warning header codes (warn-codes) indexed by code, and one of Q.850 causes indexed by cause value.
 * The call outcome labels ({@code outcome.O.label}) need no cache: {@code Bundle.text(key)} with the constant key of
 * each {@link CallOutcome} allocates nothing.
 *
 * <p>A new family of keys needs its keys in every bundle, an array in {@code Bundle} indexed by the family's number, a
 * method there that builds with {@code Bundle.build(variant, general, code, named, fallback)} on a miss and keeps the
 * result with {@code Bundle.keep}, and an entry point here. Matching, fallback, the applications' texts and the
 * {@code ResourceBundle} view need nothing: they work on keys.
 */
final class Explanations {

  private static final String BASE_NAME = "explanations";

  /** The key prefix of the general text of the warn-codes that no RFC defines. */
  private static final String WARNING_CLASS = "warning.class";

  /** The key prefix of the general text of the Q.850 causes without texts of their own. */
  private static final String Q850_CLASS = "q850.class";

  /** Slots per code: the general text (slot 0), then one per {@link Situation} (its ordinal + 1). */
  private static final int SLOTS = Situation.values().length + 1;

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
    return Languages.installed().bundle(locale).explanation(response, situation);
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
    return Languages.installed().bundle(locale).warning(code);
  }

  /**
   * Returns the explanation of a Q.850 cause in a locale: its own text when a bundle has its summary, else the general
   * text of the causes, which names the cause value.
   *
   * @param cause the cause
   * @param locale the locale asked for
   * @return the cached explanation
   */
  static Explanation ofQ850(Q850Cause cause, Locale locale) {
    return Languages.installed().bundle(locale).q850(cause);
  }

  /**
   * Returns a label in a locale, looked up like every text: the language, its parents, then English.
   *
   * @param key the key of the label, a constant of the caller
   * @param fallback the text if no bundle has the key
   * @param locale the locale asked for
   * @return the label; allocates nothing
   */
  static String label(String key, String fallback, Locale locale) {
    String text = Languages.installed().bundle(locale).text(key);
    return text != null ? text : fallback;
  }

  /**
   * Returns the texts that serve a locale as a {@link ResourceBundle}, the same instance on every call.
   *
   * @param locale the locale asked for
   * @return the bundle of the language that serves the locale, whose parents are those of the lookup
   */
  static ResourceBundle resourceBundle(Locale locale) {
    return Languages.installed().bundle(locale).resourceBundle();
  }

  /**
   * Returns the resource name of our bundle of a language, relative to this package: {@code explanations} and, but
   * for English, the language, script and country joined by {@code _} ({@code explanations_pt_BR.properties}).
   */
  static String resourceName(Locale language) {
    if (language.equals(Locale.ENGLISH)) {
      return BASE_NAME + ".properties";
    }
    StringBuilder name = new StringBuilder(BASE_NAME).append('_').append(language.getLanguage());
    for (String part : new String[] {language.getScript(), language.getCountry()}) {
      if (!part.isEmpty()) {
        name.append('_').append(part);
      }
    }
    return name.append(".properties").toString();
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
    private final AtomicReferenceArray<Explanation> causes = new AtomicReferenceArray<>(Q850Cause.MAX_VALUE + 1);
    private final AtomicReference<@Nullable ExplanationResourceBundle> resourceBundle = new AtomicReference<>();

    /**
     * Makes the texts of one locale.
     *
     * @param locale the locale the texts are written in
     * @param texts the texts by key; copied
     * @param parent the bundle of the locale to fall back to, or {@code null} for English
     */
    Bundle(Locale locale, Map<String, String> texts, @Nullable Bundle parent) {
      this.locale = locale;
      this.texts = Map.copyOf(texts);
      this.parent = parent;
    }

    /** Returns the locale of these texts. */
    Locale locale() {
      return locale;
    }

    Explanation explanation(SipResponse response, @Nullable Situation situation) {
      int slot = (response.code() - SipResponse.MIN_CODE) * SLOTS + slot(situation);
      Explanation explanation = built.get(slot);
      return explanation != null ? explanation : keep(built, slot, build(response, situation));
    }

    Explanation warning(int code) {
      Explanation explanation = warnings.get(code);
      return explanation != null ? explanation : keep(warnings, code, buildWarning(code));
    }

    Explanation q850(Q850Cause cause) {
      Explanation explanation = causes.get(cause.value());
      return explanation != null ? explanation : keep(causes, cause.value(), buildQ850(cause));
    }

    /**
     * Returns these texts as a {@link ResourceBundle} whose parent is the parent's, made on first use; the same
     * instance on every call.
     */
    ExplanationResourceBundle resourceBundle() {
      ExplanationResourceBundle view = resourceBundle.get();
      if (view == null) {
        ExplanationResourceBundle made =
            new ExplanationResourceBundle(locale, texts, parent == null ? null : parent.resourceBundle());
        ExplanationResourceBundle witness = resourceBundle.compareAndExchange(null, made);
        view = witness == null ? made : witness;
      }
      return view;
    }

    /**
     * The slot of a situation among a code's {@link #SLOTS}: 0 for the general text, else the situation's ordinal + 1.
     * The ordinal only indexes this in-memory cache (as an {@code EnumMap} would), and is never stored.
     */
    @SuppressWarnings("EnumOrdinal")
    private static int slot(@Nullable Situation situation) {
      return situation == null ? 0 : situation.ordinal() + 1;
    }

    /**
     * Keeps an explanation just made in a cache, unless another thread kept one first, and returns the one kept: every
     * caller gets the same instance.
     */
    private static Explanation keep(AtomicReferenceArray<Explanation> cache, int index, Explanation made) {
      Explanation witness = cache.compareAndExchange(index, null, made);
      return witness == null ? made : witness;
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

    /**
     * A cause with a summary of its own (in this bundle or a parent) gets its own texts; any other gets the general
     * cause text, which names the cause value. A field missing everywhere becomes the cause's Q.850 name.
     */
    private Explanation buildQ850(Q850Cause cause) {
      String value = Integer.toString(cause.value());
      String own = "q850." + value;
      String prefix = text(own + ".summary") != null ? own : Q850_CLASS;
      return build(prefix, prefix, value, true, cause.description());
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

    /** Looks a key up in this bundle, then its parents. Allocates nothing. */
    @Nullable String text(String key) {
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
