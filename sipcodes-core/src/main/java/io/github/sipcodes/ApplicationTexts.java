package io.github.sipcodes;

import io.github.sipcodes.spi.ExplanationTextProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The texts that applications add through {@link ExplanationTextProvider}: which locales they have texts for, and the
 * texts of one locale with the providers' precedence applied. Every call into a provider is checked here; what a
 * provider does wrong becomes a {@link ServiceConfigurationError} naming its class.
 */
final class ApplicationTexts {

  /** No provider: sipcodes' own texts only. */
  static final ApplicationTexts NONE = new ApplicationTexts(List.of());

  /** The providers in the order they take precedence: by class name. */
  private final List<ExplanationTextProvider> providers;

  /** The locales of the providers, each with the providers that have texts for it, in order of precedence. */
  private final Map<Locale, List<ExplanationTextProvider>> byLocale;

  /**
   * Asks every provider for its locales.
   *
   * @param providers the providers, in any order
   * @throws ServiceConfigurationError if a provider's {@code locales()} throws, returns {@code null}, or returns a
   *     locale that is not a language with an optional script and country
   */
  ApplicationTexts(List<? extends ExplanationTextProvider> providers) {
    List<ExplanationTextProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparing(provider -> provider.getClass().getName()));
    this.providers = List.copyOf(sorted);
    Map<Locale, List<ExplanationTextProvider>> locales = new LinkedHashMap<>();
    for (ExplanationTextProvider provider : this.providers) {
      for (Locale locale : locales(provider)) {
        locales.computeIfAbsent(locale, l -> new ArrayList<>()).add(provider);
      }
    }
    this.byLocale = locales;
  }

  /**
   * Finds the providers installed for a class loader, with {@link ServiceLoader}.
   *
   * @param loader the class loader to look in, or {@code null} for the system class loader
   * @throws ServiceConfigurationError if a provider cannot be found or made, or its {@code locales()} fails
   */
  static ApplicationTexts installed(@Nullable ClassLoader loader) {
    List<ExplanationTextProvider> found = new ArrayList<>();
    ServiceLoader.load(ExplanationTextProvider.class, loader).forEach(found::add);
    return new ApplicationTexts(found);
  }

  /** Returns the locales that providers have texts for, in the order of their language tags. */
  List<Locale> locales() {
    List<Locale> locales = new ArrayList<>(byLocale.keySet());
    locales.sort(Comparator.comparing(Locale::toLanguageTag));
    return locales;
  }

  /** Whether a provider has texts for exactly this locale. */
  boolean has(Locale locale) {
    return byLocale.containsKey(locale);
  }

  /**
   * Returns the texts that providers give for exactly this locale; where two give the same key, the text of the one
   * whose class name comes first.
   *
   * @throws ServiceConfigurationError if a provider's {@code texts} throws, returns {@code null} or a {@code null}
   *     key or text
   */
  Map<String, String> texts(Locale locale) {
    Map<String, String> texts = new HashMap<>();
    for (ExplanationTextProvider provider : byLocale.getOrDefault(locale, List.of())) {
      Map<String, String> given;
      try {
        given = provider.texts(locale);
      } catch (RuntimeException | ServiceConfigurationError e) { // ours too: a provider that calls back
        throw error(provider, "texts(" + locale.toLanguageTag() + ") failed: " + e, e);
      }
      if (given == null) {
        throw error(provider, "texts(" + locale.toLanguageTag() + ") returned null (expected a map of keys to texts)");
      }
      copy(provider, locale, given, texts);
    }
    return texts;
  }

  /** Adds the keys a provider gives that no provider before it gave, checking each. */
  private static void copy(
      ExplanationTextProvider provider, Locale locale, Map<String, String> given, Map<String, String> texts) {
    try {
      for (Map.Entry<String, String> entry : given.entrySet()) {
        String key = entry.getKey();
        String text = entry.getValue();
        if (key == null || text == null) {
          throw error(provider, "texts(" + locale.toLanguageTag() + ") returned a null "
              + (key == null ? "key" : "text for key " + key) + " (expected keys and texts)");
        }
        texts.putIfAbsent(key, text);
      }
    } catch (RuntimeException e) {
      throw error(provider, "texts(" + locale.toLanguageTag() + ") returned a map that failed: " + e, e);
    }
  }

  /** Asks a provider for its locales and checks each. */
  private static Set<Locale> locales(ExplanationTextProvider provider) {
    Set<Locale> locales;
    try {
      locales = provider.locales();
    } catch (RuntimeException | ServiceConfigurationError e) { // ours too: a provider that calls back
      throw error(provider, "locales() failed: " + e, e);
    }
    if (locales == null) {
      throw error(provider, "locales() returned null (expected a set of locales)");
    }
    try {
      for (Locale locale : locales) {
        if (locale == null || locale.getLanguage().isEmpty() || !locale.getVariant().isEmpty()
            || locale.hasExtensions()) {
          throw error(provider, "locales() returned " + (locale == null ? "null" : locale.toLanguageTag())
              + " (expected a language, optionally with a script and a country, such as sv, zh-Hant or pt-BR)");
        }
      }
    } catch (RuntimeException e) {
      throw error(provider, "locales() returned a set that failed: " + e, e);
    }
    return locales;
  }

  private static ServiceConfigurationError error(ExplanationTextProvider provider, String what) {
    return new ServiceConfigurationError(prefix(provider) + what);
  }

  private static ServiceConfigurationError error(ExplanationTextProvider provider, String what, Throwable cause) {
    return new ServiceConfigurationError(prefix(provider) + what, cause);
  }

  /** Names the service and the provider's class, as {@link ServiceLoader} does in its own errors. */
  private static String prefix(ExplanationTextProvider provider) {
    return ExplanationTextProvider.class.getName() + ": " + provider.getClass().getName() + ".";
  }
}
