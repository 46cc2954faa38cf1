package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which language serves which locale when our list grows: adding a language of ours is one entry in
 * {@link Languages#OURS} and one file, and matching (Traditional Chinese for Hong Kong included) follows from the
 * entry alone. (Today's languages: {@link ExplanationLocaleTest}.)
 */
class LanguagesTest {

  /** Our languages once the planned ones are added: Traditional Chinese, Korean, Turkish and Swedish. */
  private static final Languages PLANNED = new Languages(
      List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.KOREAN,
          Locale.forLanguageTag("tr"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("pt"),
          Locale.forLanguageTag("pt-BR")),
      ApplicationTexts.NONE);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "zh-TW, zh-TW", "zh-HK, zh-TW", "zh-MO, zh-TW", "zh-Hant, zh-TW", "zh-Hant-HK, zh-TW", "zh-Hant-CN, zh-TW",
    "zh, zh-CN", "zh-CN, zh-CN", "zh-SG, zh-CN", "zh-Hans, zh-CN", "zh-Hans-TW, zh-CN", "zh-Hans-HK, zh-CN",
    "zh-US, en", "zh-Latn, en",
    "ko, ko", "ko-KR, ko", "tr-TR, tr", "tr-CY, tr", "sv-SE, sv", "sv-FI, sv",
    "pt-PT, pt", "pt-BR, pt-BR", "pt-Latn-BR, pt-BR", "pt-AO, pt",
    "en-GB, en", "und, en", "sw, en", "de, en"
  })
  void plannedLanguages_areMatchedFromTheListAlone(String requested, String served) {
    assertEquals(Locale.forLanguageTag(served), PLANNED.match(Locale.forLanguageTag(requested)));
  }

  @Test
  void amongEqualCandidates_theFirstDeclaredWins() {
    Locale taiwan = Locale.TRADITIONAL_CHINESE;
    Locale hongKong = Locale.forLanguageTag("zh-HK");
    Locale macao = Locale.forLanguageTag("zh-MO");
    assertEquals(taiwan, new Languages(List.of(Locale.ENGLISH, taiwan, hongKong), ApplicationTexts.NONE).match(macao));
    assertEquals(hongKong, new Languages(List.of(Locale.ENGLISH, hongKong, taiwan), ApplicationTexts.NONE).match(macao));
  }

  @Test
  void aLanguageOfOursWithoutItsFile_isServedByItsParent_andSaysSo() {
    Locale esperanto = Locale.forLanguageTag("eo");
    Languages languages = new Languages(List.of(Locale.ENGLISH, Locale.GERMAN, esperanto), ApplicationTexts.NONE);
    assertEquals(esperanto, languages.match(esperanto));
    assertSame(languages.bundle(Locale.ENGLISH), languages.bundle(esperanto));
    assertEquals(Locale.ENGLISH, languages.bundle(esperanto).locale());
    assertEquals(Locale.GERMAN, languages.bundle(Locale.GERMAN).locale());
  }

  @Test
  void theBundleKeptForALocaleAskedAgain_isTheOneMatchingGives_whateverTheOrderAndTheSharedSlots() {
    Languages languages = new Languages(Languages.OURS, ApplicationTexts.NONE);
    List<Locale> all = new ArrayList<>(List.of(Locale.getAvailableLocales()));
    all.addAll(Languages.OURS);
    all.add(Locale.forLanguageTag("de-DE"));
    assertTrue(all.size() > 4 * Languages.RECENT_SLOTS, "enough locales to share slots: " + all.size());
    for (int pass = 0; pass < 3; pass++) {
      for (Locale locale : all) {
        assertSame(languages.matchedBundle(locale), languages.bundle(locale), locale.toLanguageTag());
        assertSame(languages.matchedBundle(locale), languages.bundle(locale), locale.toLanguageTag());
      }
      Collections.reverse(all);
    }
  }

  @Test
  void aRootWithoutItsFile_hasNoTexts_andExplanationsFallBackToThePhrase() {
    Languages languages = new Languages(List.of(Locale.forLanguageTag("eo")), ApplicationTexts.NONE);
    assertEquals(new Explanation(Locale.forLanguageTag("eo"), "Busy Here", "Busy Here", List.of()),
        languages.bundle(Locale.ENGLISH).explanation(SipStatus.BUSY_HERE, null));
  }

  @ParameterizedTest(name = "{0}-{1} -> {2}")
  @CsvSource({
    "zh, '', Hans", "zh, CN, Hans", "zh, SG, Hans", "zh, TW, Hant", "zh, HK, Hant", "zh, MO, Hant", "zh, US, ''",
    "en, TW, ''", "sr, '', ''", "pt, BR, ''"
  })
  void likelyScript_isKnownForChineseOnly(String language, String country, String script) {
    assertEquals(script, Languages.likelyScript(language, country));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "en, explanations.properties", "de, explanations_de.properties", "pt-BR, explanations_pt_BR.properties",
    "zh-CN, explanations_zh_CN.properties", "zh-TW, explanations_zh_TW.properties",
    "zh-Hant, explanations_zh_Hant.properties", "zh-Hant-HK, explanations_zh_Hant_HK.properties"
  })
  void ourFiles_areNamedLikeResourceBundles(String tag, String file) {
    assertEquals(file, Explanations.resourceName(Locale.forLanguageTag(tag)));
  }
}
