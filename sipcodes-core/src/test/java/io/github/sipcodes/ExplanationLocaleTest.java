package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which bundle serves which locale, under several JVM default locales: the default must never leak into the
 * fallback. Written to hold both before and after the translations are added.
 */
class ExplanationLocaleTest {

  private Locale savedDefault = Locale.getDefault();

  @BeforeEach
  void saveDefault() {
    savedDefault = Locale.getDefault();
  }

  @AfterEach
  void restoreDefault() {
    Locale.setDefault(savedDefault);
  }

  static Stream<Arguments> requestedAndSupported() {
    return Stream.of(
        Arguments.of("en", "en"),
        Arguments.of("en-GB", "en"),
        Arguments.of("und", "en"),
        Arguments.of("de", "de"),
        Arguments.of("de-AT", "de"),
        Arguments.of("de-CH", "de"),
        Arguments.of("fr-CA", "fr"),
        Arguments.of("es-MX", "es"),
        Arguments.of("it-IT", "it"),
        Arguments.of("pt", "pt"),
        Arguments.of("pt-PT", "pt"),
        Arguments.of("pt-AO", "pt"),
        Arguments.of("pt-BR", "pt-BR"),
        Arguments.of("nl-BE", "nl"),
        Arguments.of("pl-PL", "pl"),
        Arguments.of("ru-RU", "ru"),
        Arguments.of("uk-UA", "uk"),
        Arguments.of("ja-JP", "ja"),
        Arguments.of("zh", "zh-CN"),
        Arguments.of("zh-CN", "zh-CN"),
        Arguments.of("zh-SG", "zh-CN"),
        Arguments.of("zh-Hans", "zh-CN"),
        Arguments.of("zh-Hans-CN", "zh-CN"),
        Arguments.of("tr", "tr"),
        Arguments.of("tr-TR", "tr"),
        Arguments.of("tr-CY", "tr"),
        Arguments.of("zh-Hans-SG", "zh-CN"),
        Arguments.of("zh-Hans-TW", "zh-CN"),
        Arguments.of("zh-Hans-HK", "zh-CN"),
        Arguments.of("zh-TW", "zh-TW"),
        Arguments.of("zh-HK", "zh-TW"),
        Arguments.of("zh-MO", "zh-TW"),
        Arguments.of("zh-Hant", "zh-TW"),
        Arguments.of("zh-Hant-TW", "zh-TW"),
        Arguments.of("zh-Hant-HK", "zh-TW"),
        Arguments.of("zh-Hant-MO", "zh-TW"),
        Arguments.of("zh-Hant-CN", "zh-TW"),
        Arguments.of("zh-US", "en"),
        Arguments.of("sv", "sv"),
        Arguments.of("sv-SE", "sv"),
        Arguments.of("sv-FI", "sv"),
        Arguments.of("nb-NO", "en"),
        Arguments.of("sw", "en"),
        Arguments.of("sw-KE", "en"),
        Arguments.of("ko", "ko"),
        Arguments.of("ko-KR", "ko"),
        Arguments.of("gsw-CH", "en"));
  }

  static Stream<Arguments> defaultsAndRequests() {
    return Stream.of("en-US", "de-DE", "fr-FR", "tr-TR", "ja-JP", "zh-TW", "sw", "und")
        .flatMap(defaultTag -> requestedAndSupported().map(a -> Arguments.of(defaultTag, a.get()[0], a.get()[1])));
  }

  /** The locale whose bundle actually serves a supported locale: its own if present, else its parent's. */
  static Locale servedBy(Locale supported) {
    if (supported.equals(Locale.ENGLISH) || ExplanationBundleTest.bytes(supported) != null) {
      return supported;
    }
    return supported.getLanguage().equals("pt") && !supported.getCountry().isEmpty()
        ? servedBy(Locale.forLanguageTag("pt"))
        : Locale.ENGLISH;
  }

  @ParameterizedTest(name = "default {0}: {1} -> {2}")
  @MethodSource("defaultsAndRequests")
  void locale_isMatchedByLanguage_whateverTheDefault(String defaultTag, String requested, String supported) {
    Locale.setDefault(Locale.forLanguageTag(defaultTag));
    Locale locale = Locale.forLanguageTag(requested);
    assertEquals(Locale.forLanguageTag(supported), Languages.installed().match(locale));
    Explanation e = SipStatus.BUSY_HERE.explain(locale);
    assertEquals(servedBy(Locale.forLanguageTag(supported)), e.locale());
    assertSame(SipStatus.BUSY_HERE.explain(e.locale()), e, "one instance per served language");
  }

  @Test
  void unsupportedLanguage_getsEnglish_evenWhenTheDefaultIsATranslatedLanguage() {
    for (Locale defaultLocale : Explanation.supportedLocales()) {
      Locale.setDefault(defaultLocale);
      Explanation e = SipStatus.SERVICE_UNAVAILABLE.explain(Locale.forLanguageTag("sw"));
      assertEquals(Locale.ENGLISH, e.locale());
      assertEquals("Service unavailable", e.summary());
    }
  }

  @Test
  void rootLocale_getsEnglish() {
    Locale.setDefault(Locale.GERMAN);
    assertEquals("Busy", SipStatus.BUSY_HERE.explain(Locale.ROOT).summary());
    assertSame(SipStatus.BUSY_HERE.explain(Locale.ENGLISH), SipStatus.BUSY_HERE.explain(Locale.ROOT));
  }

  @Test
  void aKeyMissingInBrazilianPortuguese_comesFromPortuguese() {
    Locale portuguese = Locale.forLanguageTag("pt");
    Explanations.Bundle partial =
        new Explanations.Bundle(
            Locale.forLanguageTag("pt-BR"),
            Map.of("code.486.summary", "Linha ocupada"),
            Languages.installed().bundle(portuguese));
    Explanation e = partial.explanation(SipStatus.BUSY_HERE, null);
    assertEquals("Linha ocupada", e.summary());
    assertEquals(SipStatus.BUSY_HERE.explain(portuguese).description(), e.description());
    assertEquals(SipStatus.BUSY_HERE.explain(portuguese).hints(), e.hints());
  }

  @Test
  void brazilianPortuguese_hasItsOwnTexts() {
    assertEquals(Locale.forLanguageTag("pt-BR"), SipStatus.BUSY_HERE.explain(Locale.forLanguageTag("pt-BR")).locale());
    assertEquals(Locale.forLanguageTag("pt"), SipStatus.BUSY_HERE.explain(Locale.forLanguageTag("pt-PT")).locale());
  }

}
