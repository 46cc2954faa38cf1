package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.wire.Warning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Explanations of {@code Warning} header codes: {@link WarningCode#explain(Locale)}, {@link Warning#explain(Locale)}
 * and {@link Explanation#ofWarning(int, Locale)}: texts, the general text of unregistered codes, caching, fallback.
 */
class WarningExplanationTest {

  /** Every three-digit warn-code without a {@link WarningCode} constant. */
  static IntStream unregisteredWarnCodes() {
    return IntStream.rangeClosed(0, 999).filter(code -> WarningCode.find(code).isEmpty());
  }

  static String threeDigits(int code) {
    return String.format(Locale.ROOT, "%03d", code);
  }

  @ParameterizedTest
  @EnumSource(WarningCode.class)
  void everyWarningCode_explainsInEnglish_withNonBlankFields_andAHint(WarningCode code) {
    Explanation e = code.explain(Locale.ENGLISH);
    assertEquals(Locale.ENGLISH, e.locale());
    assertFalse(e.summary().isBlank(), code::toString);
    assertFalse(e.description().isBlank(), code::toString);
    assertFalse(e.hints().isEmpty(), () -> code + " has no hint");
    List<String> texts = new ArrayList<>(e.hints());
    texts.add(e.summary());
    texts.add(e.description());
    for (String text : texts) {
      assertFalse(text.isBlank(), () -> code + ": blank hint");
      assertFalse(text.contains("{"), () -> code + ": placeholder left in " + text);
      assertFalse(text.contains("not a registered"), () -> code + " got the text of unregistered codes: " + text);
    }
    // Its own text, not the general text of unregistered codes.
    assertNotEquals(Explanation.ofWarning(342, Locale.ENGLISH).summary(), e.summary(), code::toString);
  }

  @Test
  void everyWarningCode_hasItsOwnSummaryAndDescription() {
    Set<String> summaries = new HashSet<>();
    Set<String> descriptions = new HashSet<>();
    for (WarningCode code : WarningCode.values()) {
      Explanation e = code.explain(Locale.ENGLISH);
      assertTrue(summaries.add(e.summary()), () -> "summary shared with another code: " + code);
      assertTrue(descriptions.add(e.description()), () -> "description shared with another code: " + code);
    }
  }

  @ParameterizedTest
  @MethodSource("unregisteredWarnCodes")
  void unregisteredWarnCodes_getTheGeneralText_namingTheCode(int code) {
    Explanation e = Explanation.ofWarning(code, Locale.ENGLISH);
    String digits = threeDigits(code);
    assertEquals("Warning", e.summary());
    assertTrue(e.description().contains("warning " + digits + " "), e::description);
    assertTrue(e.hints().get(0).contains("Code " + digits + " is not a registered SIP warn-code"), e::toString);
    assertFalse(e.toString().contains("{0}"), e::toString);
  }

  @Test
  void unregisteredWarnCodes_shareTheTitle_butEachNamesItsOwnNumber() {
    Explanation a = Explanation.ofWarning(342, Locale.ENGLISH);
    Explanation b = Explanation.ofWarning(309, Locale.ENGLISH);
    assertEquals(a.summary(), b.summary());
    assertNotEquals(a.description(), b.description());
    assertEquals(a.description().replace("342", "309"), b.description());
    // Codes below 100 are written with three digits, as on the wire.
    assertTrue(Explanation.ofWarning(7, Locale.ENGLISH).description().contains("warning 007 "));
    assertTrue(Explanation.ofWarning(42, Locale.ENGLISH).description().contains("warning 042 "));
  }

  @Test
  void unregisteredWarnCodes_explainTheRangesOfRfc3261() {
    String hints = String.join(" ", Explanation.ofWarning(342, Locale.ENGLISH).hints());
    assertTrue(hints.contains("300-329"), hints);
    assertTrue(hints.contains("330-339"), hints);
    assertTrue(hints.contains("370-379"), hints);
    assertTrue(hints.contains("390-399"), hints);
  }

  @Test
  void theTextsCarryWhatTheRfcsAndPracticeSay() {
    assertTrue(hints(WarningCode.INCOMPATIBLE_MEDIA_FORMAT).contains("codec"));
    assertTrue(hints(WarningCode.MEDIA_TYPE_NOT_AVAILABLE).contains("video"));
    assertTrue(WarningCode.UNICAST_NOT_AVAILABLE.explain(Locale.ENGLISH).description().contains("firewall"));
    assertTrue(hints(WarningCode.UNICAST_NOT_AVAILABLE).contains("firewall"));
    assertTrue(hints(WarningCode.INSUFFICIENT_BANDWIDTH).contains("bandwidth"));
    assertTrue(hints(WarningCode.SIPS_NOT_ALLOWED).contains("TLS"));
    assertTrue(hints(WarningCode.SIPS_REQUIRED).contains("TLS"));
    assertTrue(hints(WarningCode.INCOMPATIBLE_LANGUAGE_SPECIFICATION).contains("RFC 8373"));
    // RFC 3261 §20.43: a receiver of 399 must not act on it automatically; the person reads the warn-text.
    String misc = hints(WarningCode.MISCELLANEOUS_WARNING);
    assertTrue(misc.contains("text of the Warning header"), misc);
    assertTrue(misc.contains("must not act on this warning by itself"), misc);
  }

  private static String hints(WarningCode code) {
    return String.join(" ", code.explain(Locale.ENGLISH).hints());
  }

  /** The values the README section on Warning headers shows. */
  @Test
  void readmeExample_readsAsDocumented() {
    Warning warning = Warning.parseAll("305 sbc.example.com \"Incompatible media format\"").values().get(0);
    Explanation e = warning.explain(Locale.ENGLISH);
    assertEquals("No common codec", e.summary());
    assertEquals("The two sides have no audio or video format (codec) in common, so they cannot hear or see each"
        + " other.", e.description());
    assertEquals(List.of(
        "Compare the codecs enabled on both sides (the m= and a=rtpmap lines of the SDP), such as G.711 A-law or"
            + " \u00B5-law, G.722, G.729 or Opus: at least one must match.",
        "If the codec lists cannot be aligned, let the phone system or SBC transcode between them.",
        "For fax, check that T.38 or G.711 fax pass-through is allowed on both sides."), e.hints());
    assertEquals("Incompatible media format", warning.text());
    Warning odd = Warning.parseAll("342 pbx.example.com \"Trunk group full\"").values().get(0);
    assertEquals("Warning", odd.explain(Locale.ENGLISH).summary());
    assertEquals("A server or phone added warning 342 about the call. It is not a standard code: only its text can"
        + " tell what it means.", odd.explain(Locale.ENGLISH).description());
    assertEquals("Not enough bandwidth", WarningCode.INSUFFICIENT_BANDWIDTH.explain(Locale.ENGLISH).summary());
  }

  /** The values the javadoc examples of Warning, WarningCode and Explanation.ofWarning show. */
  @Test
  void javadocExamples_readAsDocumented() {
    Warning w = Warning.parseAll("307 isi.edu \"Session parameter 'foo' not understood\"").values().get(0);
    assertEquals("Media offer not understood", w.explain(Locale.ENGLISH).summary());
    assertEquals("No common codec", Explanation.ofWarning(305, Locale.ENGLISH).summary());
    assertTrue(Explanation.ofWarning(342, Locale.ENGLISH).description().contains(" added warning 342 about the call. "));
    Warning bandwidth = Warning.parseAll("370 sbc.example.com \"Bandwidth limit reached\"").values().get(0);
    assertEquals("Not enough bandwidth", bandwidth.explain(Locale.ENGLISH).summary());
    assertTrue(WarningCode.INCOMPATIBLE_MEDIA_FORMAT.explain(Locale.ENGLISH).hints().get(0)
        .startsWith("Compare the codecs enabled on both sides "));
  }

  static Stream<Locale> supportedLocales() {
    return Languages.OURS.stream();
  }

  @ParameterizedTest
  @MethodSource("supportedLocales")
  void repeatedCalls_returnTheSameInstance_forEveryWarnCode(Locale locale) {
    for (int code = 0; code <= 999; code++) {
      Explanation first = Explanation.ofWarning(code, locale);
      assertSame(first, Explanation.ofWarning(code, locale), () -> locale + " " + first);
      assertSame(first, new Warning(code, "example.com", "text").explain(locale));
    }
    for (WarningCode code : WarningCode.values()) {
      assertSame(code.explain(locale), code.explain(locale));
      assertSame(code.explain(locale), Explanation.ofWarning(code.code(), locale), code::toString);
    }
  }

  @Test
  void aParsedWarning_withARegisteredCode_getsTheWarningCodesExplanation() {
    for (WarningCode code : WarningCode.values()) {
      Warning warning = Warning.of(code, "proxy.example.com", "whatever the peer wrote");
      assertSame(code.explain(Locale.ENGLISH), warning.explain(Locale.ENGLISH), code::toString);
    }
  }

  @ParameterizedTest
  @MethodSource("supportedLocales")
  void everyLocale_servesItsOwnTexts_orItsParentsForKeysItLacks(Locale locale) {
    // The bundles that serve the locale, most specific first: pt_BR falls back to pt, every language to English.
    List<Map<String, String>> chain = new ArrayList<>();
    chain.add(ExplanationBundleTest.entries(locale));
    if (locale.equals(Locale.forLanguageTag("pt-BR"))) {
      chain.add(ExplanationBundleTest.entries(Locale.forLanguageTag("pt")));
    }
    chain.add(ExplanationBundleTest.english());
    for (WarningCode code : WarningCode.values()) {
      Explanation e = code.explain(locale);
      assertEquals(locale, e.locale(), code::toString);
      assertEquals(text(chain, "warning." + code.code() + ".summary"), e.summary(), () -> locale + " " + code);
      assertEquals(text(chain, "warning." + code.code() + ".description"), e.description(), () -> locale + " " + code);
    }
    assertEquals(text(chain, "warning.class.description").replace("{0}", "342"),
        Explanation.ofWarning(342, locale).description());
  }

  private static String text(List<Map<String, String>> chain, String key) {
    for (Map<String, String> bundle : chain) {
      String text = bundle.get(key);
      if (text != null) {
        return text;
      }
    }
    throw new AssertionError("no bundle has " + key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sw", "zh-US", "nb-NO", "und"})
  void unsupportedLanguages_getTheEnglishInstances(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    assertSame(WarningCode.SIPS_REQUIRED.explain(Locale.ENGLISH), WarningCode.SIPS_REQUIRED.explain(locale));
    assertSame(Explanation.ofWarning(342, Locale.ENGLISH), Explanation.ofWarning(342, locale));
  }

  @Test
  void regionalLocales_getTheirLanguage() {
    assertSame(WarningCode.SIPS_REQUIRED.explain(Locale.GERMAN),
        WarningCode.SIPS_REQUIRED.explain(Locale.forLanguageTag("de-AT")));
    assertEquals(Locale.GERMAN, WarningCode.SIPS_REQUIRED.explain(Locale.forLanguageTag("de-CH")).locale());
  }

  @Test
  void aKeyMissingFromATranslation_fallsBackToEnglish_thenToTheGeneralText_thenToTheCode() {
    Explanations.Bundle english = new Explanations.Bundle(Locale.ENGLISH, Map.of(
        "warning.305.summary", "No common codec",
        "warning.305.description", "No codec in common.",
        "warning.305.hint.1", "Compare the codecs.",
        "warning.399.summary", "Note",
        "warning.class.summary", "Warning",
        "warning.class.description", "Warning {0}.",
        "warning.class.hint.1", "Code {0} is not registered."), null);
    Explanations.Bundle german = new Explanations.Bundle(Locale.GERMAN, Map.of(
        "warning.305.summary", "Kein gemeinsamer Codec",
        "warning.class.summary", "Warnung"), english);

    Explanation codec = german.warning(305);
    assertEquals(new Explanation(Locale.GERMAN, "Kein gemeinsamer Codec", "No codec in common.",
        List.of("Compare the codecs.")), codec);
    assertSame(codec, german.warning(305));

    // Registered (it has a summary) but missing other fields everywhere: never the text of unregistered codes.
    assertEquals(new Explanation(Locale.GERMAN, "Note", "Warning 399", List.of()), german.warning(399));

    assertEquals(new Explanation(Locale.GERMAN, "Warnung", "Warning 342.", List.of("Code 342 is not registered.")),
        german.warning(342));
    assertEquals("Warning 007.", german.warning(7).description());

    Explanations.Bundle empty = new Explanations.Bundle(Locale.ENGLISH, Map.of(), null);
    assertEquals(new Explanation(Locale.ENGLISH, "Warning 370", "Warning 370", List.of()), empty.warning(370));
  }

  @Test
  void ofWarning_rejectsCodesThatAreNotThreeDigits_andNull() {
    for (int code : new int[] {-1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Explanation.ofWarning(code, Locale.ENGLISH));
      assertEquals("Invalid warn-code: " + code + " (expected three digits, 000-999)", e.getMessage());
    }
    assertEquals("locale",
        assertThrows(NullPointerException.class, () -> Explanation.ofWarning(305, nullLocale())).getMessage());
    assertEquals("locale", assertThrows(NullPointerException.class,
        () -> WarningCode.SIPS_REQUIRED.explain(nullLocale())).getMessage());
    Warning warning = new Warning(342, "example.com", "text");
    assertEquals("locale", assertThrows(NullPointerException.class, () -> warning.explain(nullLocale())).getMessage());
  }

  @SuppressWarnings("NullAway") // deliberately passes null to check the guard
  private static Locale nullLocale() {
    return null;
  }
}
