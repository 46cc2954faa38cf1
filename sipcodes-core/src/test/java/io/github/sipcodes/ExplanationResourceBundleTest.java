package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Explanation#resourceBundle(Locale)}: our texts as a standard {@link ResourceBundle}, checked against the
 * bundle files read independently: keys, values, locale, parent chain and identity.
 */
class ExplanationResourceBundleTest {

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.ExplanationBundleTest#allBundles")
  void everyLanguageOfOurs_hasEveryKey_withTheTextOfItsFile(Locale locale) {
    ResourceBundle bundle = Explanation.resourceBundle(locale);
    Map<String, String> file = ExplanationBundleTest.entries(locale);
    assertEquals(locale, bundle.getLocale());
    Map<String, String> english = ExplanationBundleTest.english();
    Set<String> keys = english.keySet();
    assertEquals(keys, bundle.keySet());
    assertEquals(keys, new HashSet<>(Collections.list(bundle.getKeys())));
    for (String key : keys) {
      assertEquals(file.getOrDefault(key, english.get(key)), bundle.getString(key), key);
      assertTrue(bundle.containsKey(key), key);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "de-AT", "de-CH", "de-Latn-DE"})
  void everyLocaleOfOneLanguage_getsTheSameInstance(String tag) {
    ResourceBundle german = Explanation.resourceBundle(Locale.GERMAN);
    assertSame(german, Explanation.resourceBundle(Locale.forLanguageTag(tag)));
    assertEquals(Locale.GERMAN, german.getLocale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sw", "und", "zh-US", "en-GB"})
  void aLocaleThatNoLanguageServes_getsEnglish(String tag) {
    ResourceBundle bundle = Explanation.resourceBundle(Locale.forLanguageTag(tag));
    assertSame(Explanation.resourceBundle(Locale.ENGLISH), bundle);
    assertEquals(Locale.ENGLISH, bundle.getLocale());
    assertEquals("Busy", bundle.getString("code.486.summary"));
  }

  @Test
  void valuesAreTheStoredTexts_withTheirPlaceholder() {
    ResourceBundle english = Explanation.resourceBundle(Locale.ENGLISH);
    assertEquals(
        ExplanationBundleTest.english().get("class.4xx.description"), english.getString("class.4xx.description"));
    assertTrue(english.getString("class.4xx.description").contains("{0}"));
    assertEquals(ExplanationBundleTest.english().get("code.401.registration.summary"),
        english.getString("code.401.registration.summary"));
  }

  @Test
  void anUnknownKey_isMissing_andNullIsRejected() {
    ResourceBundle english = Explanation.resourceBundle(Locale.ENGLISH);
    MissingResourceException e =
        assertThrows(MissingResourceException.class, () -> english.getString("code.486.register.summary"));
    assertEquals("code.486.register.summary", e.getKey());
    assertFalse(english.containsKey("code.486.register.summary"));
    assertThrows(NullPointerException.class, () -> english.getString(nullKey()));
    assertThrows(NullPointerException.class, () -> Explanation.resourceBundle(nullLocale()));
  }

  @Test
  void theParentChain_isThatOfTheLookup() {
    // Keys that only Portuguese, and only English, have: visible from Brazilian Portuguese through its parents.
    Languages languages = new Languages(
        List.of(Locale.ENGLISH, Locale.forLanguageTag("pt"), Locale.forLanguageTag("pt-BR")),
        new ApplicationTexts(List.of(new ExplanationTextProviderTest.AlphaTexts(Map.of(
            Locale.forLanguageTag("pt"), Map.of("app.pt.only", "só pt"),
            Locale.ENGLISH, Map.of("app.en.only", "English only", "code.486.summary", "Engaged"))))));
    ResourceBundle brazilian = languages.bundle(Locale.forLanguageTag("pt-BR")).resourceBundle();
    ResourceBundle portuguese = languages.bundle(Locale.forLanguageTag("pt-PT")).resourceBundle();
    ResourceBundle english = languages.bundle(Locale.ENGLISH).resourceBundle();
    assertEquals(Locale.forLanguageTag("pt-BR"), brazilian.getLocale());
    assertEquals(Locale.forLanguageTag("pt"), portuguese.getLocale());
    assertEquals("só pt", brazilian.getString("app.pt.only"));
    assertEquals("English only", brazilian.getString("app.en.only"));
    assertFalse(english.containsKey("app.pt.only"));
    assertEquals("Engaged", english.getString("code.486.summary"));
    assertEquals(ExplanationBundleTest.entries(Locale.forLanguageTag("pt-BR")).get("code.486.summary"),
        brazilian.getString("code.486.summary"));

    Set<String> all = new HashSet<>(ExplanationBundleTest.english().keySet());
    all.add("app.en.only");
    assertEquals(all, english.keySet());
    all.add("app.pt.only");
    assertEquals(all, brazilian.keySet());
    assertEquals(all, new HashSet<>(Collections.list(brazilian.getKeys())));
    assertEquals(all, portuguese.keySet());
    assertSame(brazilian, languages.bundle(Locale.forLanguageTag("pt-BR")).resourceBundle());
  }

  @SuppressWarnings("NullAway") // deliberately passes null to check the guard
  private static String nullKey() {
    return null;
  }

  @SuppressWarnings("NullAway") // deliberately passes null to check the guard
  private static Locale nullLocale() {
    return null;
  }
}
