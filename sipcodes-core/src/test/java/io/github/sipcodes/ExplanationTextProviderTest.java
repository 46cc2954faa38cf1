package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.spi.ExplanationTextProvider;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of {@link ExplanationTextProvider}, with providers handed to {@link Languages} directly: precedence over
 * our texts and between providers, matching of added languages, fallback field by field and by parent, caching, and
 * the errors a broken provider causes. Our texts come from the real bundles, read independently to compute what to
 * expect. (How providers are found is {@link ProviderDiscoveryTest}'s and {@link ProviderFixtureTest}'s part.)
 */
class ExplanationTextProviderTest {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
  private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
  private static final Locale BRAZILIAN = Locale.forLanguageTag("pt-BR");

  /** Some of our languages, fixed here so that languages we add later do not change these tests. */
  private static final List<Locale> OURS =
      List.of(Locale.ENGLISH, Locale.GERMAN, PORTUGUESE, BRAZILIAN, Locale.SIMPLIFIED_CHINESE);

  private static final String SERVICE = "io.github.sipcodes.spi.ExplanationTextProvider: ";

  /** A provider with fixed texts per locale; the subclasses differ in their class names, which decide precedence. */
  static class FixedTexts implements ExplanationTextProvider {
    private final Map<Locale, Map<String, String>> texts;

    FixedTexts(Map<Locale, Map<String, String>> texts) {
      this.texts = texts;
    }

    @Override
    public Set<Locale> locales() {
      return texts.keySet();
    }

    @Override
    public Map<String, String> texts(Locale locale) {
      return texts.getOrDefault(locale, Map.of());
    }
  }

  static final class AlphaTexts extends FixedTexts {
    AlphaTexts(Map<Locale, Map<String, String>> texts) {
      super(texts);
    }
  }

  static final class BetaTexts extends FixedTexts {
    BetaTexts(Map<Locale, Map<String, String>> texts) {
      super(texts);
    }
  }

  private static Languages languages(ExplanationTextProvider... providers) {
    return new Languages(OURS, new ApplicationTexts(List.of(providers)));
  }

  private static Map<String, String> english() {
    return ExplanationBundleTest.english();
  }

  private static String englishText(String key) {
    return Objects.requireNonNull(english().get(key), key);
  }

  private static List<String> englishHints(int code) {
    Map<String, String> english = english();
    List<String> hints = new ArrayList<>();
    for (int k = 1; english.containsKey("code." + code + ".hint." + k); k++) {
      hints.add(englishText("code." + code + ".hint." + k));
    }
    return hints;
  }

  private static Explanation busy(Languages languages, String tag) {
    return languages.bundle(Locale.forLanguageTag(tag)).explanation(SipStatus.BUSY_HERE, null);
  }

  @Test
  void anAddedLanguage_isServed_andTakesWhatItLacksFromEnglish_fieldByField() {
    Languages languages = languages(new AlphaTexts(Map.of(NORWEGIAN, Map.of("code.486.summary", "Opptatt"))));
    Explanation norwegian = busy(languages, "nb");
    assertEquals(new Explanation(NORWEGIAN, "Opptatt", englishText("code.486.description"), englishHints(486)),
        norwegian);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nb-NO", "nb-SJ", "nb-Latn", "nb-Latn-NO"})
  void anAddedLanguage_isMatchedLikeOurs(String tag) {
    Languages languages = languages(new AlphaTexts(Map.of(NORWEGIAN, Map.of("code.486.summary", "Opptatt"))));
    assertEquals(NORWEGIAN, languages.match(Locale.forLanguageTag(tag)));
    assertSame(busy(languages, "nb"), busy(languages, tag));
  }

  @Test
  void addedLanguages_areListedAfterOurs_inTheOrderOfTheirTags_once() {
    Languages languages = languages(
        new AlphaTexts(
            Map.of(NORWEGIAN, Map.of(), Locale.forLanguageTag("zh-Hant"), Map.of(), Locale.GERMAN, Map.of())),
        new BetaTexts(Map.of(Locale.KOREAN, Map.of(), NORWEGIAN, Map.of(), Locale.ENGLISH, Map.of())));
    assertEquals(List.of("en", "de", "pt", "pt-BR", "zh-CN", "ko", "nb", "zh-Hant"),
        languages.supported().stream().map(Locale::toLanguageTag).collect(Collectors.toList()));
    assertThrows(UnsupportedOperationException.class, () -> languages.supported().add(Locale.ITALIAN));
    assertSame(languages.supported(), languages.supported());
  }

  @Test
  void withoutProviders_theLanguagesAreOurs() {
    assertEquals(OURS, List.copyOf(new Languages(OURS, ApplicationTexts.NONE).supported()));
  }

  @Test
  void aLanguageThatIsNotOurs_hasTheApplicationsTextsOnly_evenWhereAFileOfThatNameExists() {
    // German is ours elsewhere, but not in this list: explanations_de.properties is not read for it.
    Languages languages = new Languages(List.of(Locale.ENGLISH),
        new ApplicationTexts(List.of(new AlphaTexts(Map.of(Locale.GERMAN, Map.of("code.486.summary", "Besetzt!"))))));
    assertEquals(new Explanation(Locale.GERMAN, "Besetzt!", englishText("code.486.description"), englishHints(486)),
        busy(languages, "de"));
  }

  @Test
  void theApplicationsText_winsOverOurs_forTheSameKeyAndLocale_only() {
    Languages languages = languages(new AlphaTexts(Map.of(
        Locale.ENGLISH, Map.of("code.486.hint.3", "Call +1 555 0100."),
        Locale.GERMAN, Map.of("code.486.summary", "Leitung besetzt"))));
    Map<String, String> german = ExplanationBundleTest.entries(Locale.GERMAN);

    List<String> hints = englishHints(486);
    hints.set(2, "Call +1 555 0100.");
    assertEquals(new Explanation(Locale.ENGLISH, englishText("code.486.summary"),
        englishText("code.486.description"), hints), busy(languages, "en"));
    // A language we do not have falls back to English, override included.
    assertEquals(busy(languages, "en"), busy(languages, "sw"));

    Explanation inGerman = busy(languages, "de-AT");
    assertEquals("Leitung besetzt", inGerman.summary());
    assertEquals(german.get("code.486.description"), inGerman.description());
    assertEquals(List.of(german.get("code.486.hint.1"), german.get("code.486.hint.2"), german.get("code.486.hint.3")),
        inGerman.hints(), "our German hint 3 stays: the override is English");
  }

  @Test
  void twoProvidersOfOneKey_theFirstClassNameWins_whateverTheirOrder() {
    Map<Locale, Map<String, String>> alpha = Map.of(NORWEGIAN, Map.of("code.486.summary", "Alpha"));
    Map<Locale, Map<String, String>> beta =
        Map.of(NORWEGIAN, Map.of("code.486.summary", "Beta", "code.486.description", "Beta description"));
    for (Languages languages : List.of(
        languages(new AlphaTexts(alpha), new BetaTexts(beta)), languages(new BetaTexts(beta), new AlphaTexts(alpha)))) {
      Explanation norwegian = busy(languages, "nb");
      assertEquals("Alpha", norwegian.summary());
      assertEquals("Beta description", norwegian.description(), "a key only Beta gives is Beta's");
    }
  }

  @Test
  void aCountryOfAnAddedLanguage_fallsBackToTheLanguage_thenToEnglish() {
    Locale svalbard = Locale.forLanguageTag("nb-SJ");
    Languages languages = languages(new AlphaTexts(Map.of(
        svalbard, Map.of("code.486.summary", "Opptatt på Svalbard"),
        NORWEGIAN, Map.of("code.486.description", "Personen du ringer til, er opptatt."))));
    assertEquals(new Explanation(svalbard, "Opptatt på Svalbard", "Personen du ringer til, er opptatt.",
        englishHints(486)), busy(languages, "nb-SJ"));
    assertEquals(NORWEGIAN, busy(languages, "nb-NO").locale());
    assertEquals(svalbard, languages.match(Locale.forLanguageTag("nb-Latn-SJ")));
  }

  @Test
  void aScriptOfAnAddedLanguage_fallsBackToTheLanguage_thenToEnglish() {
    Locale serbian = Locale.forLanguageTag("sr");
    Locale latin = Locale.forLanguageTag("sr-Latn");
    Languages languages = languages(new AlphaTexts(Map.of(
        latin, Map.of("code.486.summary", "Zauzeto"),
        serbian, Map.of("code.486.description", "Позвани број је заузет."))));
    assertEquals(new Explanation(latin, "Zauzeto", "Позвани број је заузет.", englishHints(486)),
        busy(languages, "sr-Latn-RS"));
    assertEquals(serbian, busy(languages, "sr-RS").locale());
  }

  @Test
  void aKeyMissingInBrazilianPortuguese_comesFromPortuguese_thenFromEnglish() {
    Languages languages = languages(new AlphaTexts(Map.of(
        PORTUGUESE, Map.of("code.486.summary", "Ocupado (pt)"),
        Locale.ENGLISH, Map.of("code.486.hint.4", "A fourth hint."))));
    Map<String, String> brazilian = ExplanationBundleTest.entries(BRAZILIAN);
    Explanation e = busy(languages, "pt-BR");
    assertEquals(brazilian.get("code.486.summary"), e.summary(), "pt_BR has its own summary");
    assertEquals("A fourth hint.", e.hints().get(3), "a key only English has");
    assertEquals("Ocupado (pt)", busy(languages, "pt-PT").summary());
  }

  @Test
  void traditionalChinese_addedByAnApplication_fallsBackWithinItsScript() {
    Locale hant = Locale.forLanguageTag("zh-Hant");
    Locale taiwan = Locale.forLanguageTag("zh-TW");
    Languages languages = languages(new AlphaTexts(Map.of(
        hant, Map.of("code.486.summary", "忙線中"),
        taiwan, Map.of("code.486.description", "您撥的電話忙線中。"))));
    Explanation e = busy(languages, "zh-TW");
    assertEquals(new Explanation(taiwan, "忙線中", "您撥的電話忙線中。", englishHints(486)), e,
        "zh-TW falls back to zh-Hant, then English: never to our Simplified Chinese");
    for (String tag : List.of("zh-HK", "zh-MO", "zh-Hant", "zh-Hant-CN", "zh-Hant-HK")) {
      assertEquals(hant, languages.match(Locale.forLanguageTag(tag)), tag);
    }
    for (String tag : List.of("zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-TW")) {
      assertEquals(Locale.SIMPLIFIED_CHINESE, languages.match(Locale.forLanguageTag(tag)), tag);
    }
    assertEquals(Locale.ENGLISH, languages.match(Locale.forLanguageTag("zh-US")), "no script known, none given");
  }

  @Test
  void anAddedCountryOfEnglish_hasEnglishAsItsParent() {
    Locale britain = Locale.forLanguageTag("en-GB");
    Languages languages = languages(new AlphaTexts(Map.of(britain, Map.of("code.486.summary", "Engaged"))));
    assertEquals(new Explanation(britain, "Engaged", englishText("code.486.description"), englishHints(486)),
        busy(languages, "en-GB"));
    assertEquals(Locale.ENGLISH, busy(languages, "en-US").locale());
  }

  @Test
  void situationTexts_fromAProvider_fallBackAsOurs() {
    Languages languages = languages(new AlphaTexts(Map.of(
        NORWEGIAN, Map.of("code.401.registration.summary", "Pålogging", "code.401.summary", "Pålogging kreves"))));
    Explanations.Bundle norwegian = languages.bundle(NORWEGIAN);
    Explanation registration = norwegian.explanation(SipStatus.UNAUTHORIZED, Situation.REGISTRATION);
    assertEquals("Pålogging", registration.summary());
    // The situation's field through the parents comes before the general field.
    assertEquals(englishText("code.401.registration.description"), registration.description());
    assertEquals("Pålogging kreves", norwegian.explanation(SipStatus.UNAUTHORIZED, null).summary());
    assertSame(norwegian.explanation(SipStatus.UNAUTHORIZED, null),
        norwegian.explanation(SipStatus.UNAUTHORIZED, Situation.OUTGOING_CALL), "no variant anywhere: shared");
  }

  @Test
  void classAndWarningTexts_fromAProvider_nameTheCode() {
    Languages languages = languages(new AlphaTexts(Map.of(
        NORWEGIAN, Map.of("class.4xx.description", "Samtalen kunne ikke kobles opp ({0}).",
            "warning.class.summary", "Advarsel {0}"),
        Locale.ENGLISH, Map.of("warning.342.summary", "Our own warning"))));
    Explanations.Bundle norwegian = languages.bundle(NORWEGIAN);
    assertEquals("Samtalen kunne ikke kobles opp (499).",
        norwegian.explanation(SipResponse.of(499), null).description());
    assertEquals("Advarsel 343", norwegian.warning(343).summary());
    assertEquals("Our own warning", norwegian.warning(342).summary(), "a warn-code with a summary has its own texts");
  }

  @Test
  void afterFirstUse_theSameInstancesAreReturned() {
    Languages languages = languages(new AlphaTexts(Map.of(NORWEGIAN, Map.of("code.486.summary", "Opptatt"))));
    Explanations.Bundle norwegian = languages.bundle(Locale.forLanguageTag("nb-NO"));
    assertSame(norwegian, languages.bundle(NORWEGIAN));
    assertSame(busy(languages, "nb"), busy(languages, "nb-NO"));
    assertSame(norwegian.warning(305), languages.bundle(NORWEGIAN).warning(305));
    assertSame(norwegian.resourceBundle(), languages.bundle(Locale.forLanguageTag("nb-SJ")).resourceBundle());
  }

  // --- Broken providers ---

  /** A provider whose methods do what a test says. */
  static final class Broken implements ExplanationTextProvider {
    private final Function<Broken, @Nullable Set<Locale>> locales;
    private final Function<Locale, @Nullable Map<String, String>> texts;

    Broken(Function<Broken, @Nullable Set<Locale>> locales, Function<Locale, @Nullable Map<String, String>> texts) {
      this.locales = locales;
      this.texts = texts;
    }

    static Broken texts(Function<Locale, @Nullable Map<String, String>> texts) {
      return new Broken(broken -> Set.of(NORWEGIAN), texts);
    }

    @Override
    @SuppressWarnings("NullAway") // returns null when a test says so
    public Set<Locale> locales() {
      return locales.apply(this);
    }

    @Override
    @SuppressWarnings("NullAway") // returns null when a test says so
    public Map<String, String> texts(Locale locale) {
      return texts.apply(locale);
    }
  }

  private static final String BROKEN = Broken.class.getName();

  @Test
  void locales_thatThrow_areReported_namingTheProvider() {
    IllegalStateException boom = new IllegalStateException("boom");
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class,
        () -> languages(new Broken(broken -> { throw boom; }, locale -> Map.of())));
    assertEquals(SERVICE + BROKEN + ".locales() failed: java.lang.IllegalStateException: boom", e.getMessage());
    assertSame(boom, e.getCause());
  }

  @Test
  void locales_null_isReported() {
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class,
        () -> languages(new Broken(broken -> null, locale -> Map.of())));
    assertEquals(SERVICE + BROKEN + ".locales() returned null (expected a set of locales)", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"und", "de-CH-1996", "de-u-co-phonebk", "en-x-private"})
  void locales_thatAreNotALanguageWithScriptAndCountry_areReported(String tag) {
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class,
        () -> languages(new Broken(broken -> Set.of(NORWEGIAN, Locale.forLanguageTag(tag)), locale -> Map.of())));
    assertEquals(SERVICE + BROKEN + ".locales() returned " + tag
        + " (expected a language, optionally with a script and a country, such as sv, zh-Hant or pt-BR)",
        e.getMessage());
  }

  @Test
  void locales_withNull_areReported() {
    Set<Locale> withNull = new HashSet<>();
    withNull.add(null);
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class,
        () -> languages(new Broken(broken -> withNull, locale -> Map.of())));
    assertTrue(String.valueOf(e.getMessage()).endsWith(".locales() returned null (expected a language, optionally with a script and"
        + " a country, such as sv, zh-Hant or pt-BR)"), e::getMessage);
  }

  @Test
  void locales_whoseSetFails_areReported() {
    Set<Locale> failing = new HashSet<>(Set.of(NORWEGIAN)) {
      @Override
      public java.util.Iterator<Locale> iterator() {
        throw new UnsupportedOperationException("no iterator");
      }
    };
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class,
        () -> languages(new Broken(broken -> failing, locale -> Map.of())));
    assertEquals(SERVICE + BROKEN + ".locales() returned a set that failed: "
        + "java.lang.UnsupportedOperationException: no iterator", e.getMessage());
  }

  @Test
  void texts_thatThrow_areReported_whenTheLanguageIsFirstUsed_andNothingIsKept() {
    int[] calls = {0};
    Languages languages = languages(Broken.texts(locale -> {
      if (calls[0]++ == 0) {
        throw new IllegalStateException("not yet");
      }
      return Map.of("code.486.summary", "Opptatt");
    }));
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class, () -> busy(languages, "nb-NO"));
    assertEquals(SERVICE + BROKEN + ".texts(nb) failed: java.lang.IllegalStateException: not yet", e.getMessage());
    assertEquals("not yet", Objects.requireNonNull(e.getCause()).getMessage());
    // Other languages are not affected; Norwegian is asked for again, and then whole.
    assertEquals(Locale.GERMAN, busy(languages, "de").locale());
    Explanation norwegian = busy(languages, "nb");
    assertEquals(new Explanation(NORWEGIAN, "Opptatt", englishText("code.486.description"), englishHints(486)),
        norwegian);
    assertEquals(2, calls[0]);
    assertSame(norwegian, busy(languages, "nb"));
    assertEquals(2, calls[0], "asked once per language once it succeeded");
  }

  @Test
  void anEnglishOverrideThatFails_failsTheLanguagesThatFallBackToIt_untilItWorks() {
    int[] calls = {0};
    Languages languages = languages(new Broken(broken -> Set.of(Locale.ENGLISH), locale -> {
      if (calls[0]++ == 0) {
        throw new IllegalStateException("not yet");
      }
      return Map.of("code.486.hint.3", "Call +1 555 0100.");
    }));
    assertThrows(ServiceConfigurationError.class, () -> busy(languages, "de"));
    assertEquals("Call +1 555 0100.", busy(languages, "sw").hints().get(2));
    assertEquals(Locale.GERMAN, busy(languages, "de").locale());
  }

  @Test
  void texts_null_isReported() {
    Languages languages = languages(Broken.texts(locale -> null));
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class, () -> busy(languages, "nb"));
    assertEquals(SERVICE + BROKEN + ".texts(nb) returned null (expected a map of keys to texts)", e.getMessage());
  }

  @Test
  void texts_withANullKeyOrText_areReported() {
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "Opptatt");
    ServiceConfigurationError key = assertThrows(ServiceConfigurationError.class,
        () -> busy(languages(Broken.texts(locale -> nullKey)), "nb"));
    assertEquals(SERVICE + BROKEN + ".texts(nb) returned a null key (expected keys and texts)", key.getMessage());

    Map<String, String> nullText = new HashMap<>();
    nullText.put("code.486.summary", null);
    ServiceConfigurationError text = assertThrows(ServiceConfigurationError.class,
        () -> busy(languages(Broken.texts(locale -> nullText)), "nb"));
    assertEquals(SERVICE + BROKEN + ".texts(nb) returned a null text for key code.486.summary (expected keys and"
        + " texts)", text.getMessage());
  }

  @Test
  void texts_whoseMapFails_areReported() {
    Map<String, String> failing = new AbstractMap<>() {
      @Override
      public Set<Map.Entry<String, String>> entrySet() {
        throw new UnsupportedOperationException("no entries");
      }
    };
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class,
        () -> busy(languages(Broken.texts(locale -> failing)), "nb"));
    assertEquals(SERVICE + BROKEN + ".texts(nb) returned a map that failed: "
        + "java.lang.UnsupportedOperationException: no entries", e.getMessage());
  }

  @Test
  void aProviderThatAsksForExplanationsWhileGivingItsTexts_isReported() {
    List<Languages> under = new ArrayList<>();
    Languages languages = languages(Broken.texts(locale -> {
      busy(under.get(0), "nb");
      return Map.of();
    }));
    under.add(languages);
    ServiceConfigurationError e = assertThrows(ServiceConfigurationError.class, () -> busy(languages, "nb"));
    assertEquals(SERVICE + BROKEN + ".texts(nb) failed: java.util.ServiceConfigurationError: " + SERVICE
        + "a provider asked for explanations in nb while it was being asked for its texts", e.getMessage());
    // An explanation already loaded may be asked for meanwhile: it needs no provider.
    List<Languages> second = new ArrayList<>();
    Languages fine = languages(Broken.texts(locale -> {
      busy(second.get(0), "de");
      return Map.of("code.486.summary", "Opptatt");
    }));
    second.add(fine);
    busy(fine, "de");
    assertEquals("Opptatt", busy(fine, "nb").summary());
    assertNotSame(busy(fine, "de"), busy(fine, "nb"));
  }
}
