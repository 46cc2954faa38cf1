package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The English texts for every code and situation, the situation variants, caching, and missing-key fallback. */
class ExplanationTest {

  /** The general text and the three situations; {@code null} stands for the general text. */
  static List<@Nullable Situation> situations() {
    List<@Nullable Situation> all = new ArrayList<>();
    all.add(null);
    all.addAll(Arrays.asList(Situation.values()));
    return all;
  }

  static Stream<Arguments> everyCodeInEverySituation() {
    return IntStream.rangeClosed(100, 699)
        .boxed()
        .flatMap(code -> situations().stream().map(situation -> Arguments.of(code, situation)));
  }

  private static Explanation explain(int code, @Nullable Situation situation, Locale locale) {
    SipResponse response = SipResponse.of(code);
    return situation == null ? response.explain(locale) : response.explain(locale, situation);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyCodeInEverySituation")
  void everyCode_hasANonBlankEnglishSummaryAndDescription(int code, @Nullable Situation situation) {
    Explanation e = explain(code, situation, Locale.ENGLISH);
    assertEquals(Locale.ENGLISH, e.locale());
    assertFalse(e.summary().isBlank(), "summary");
    assertFalse(e.description().isBlank(), "description");
    assertTrue(e.summary().length() <= 40, () -> "a summary is a short title: " + e.summary());
    assertFalse(e.summary().equals(e.description()), "the description says more than the title");
    for (String text : texts(e)) {
      assertFalse(text.isBlank(), "blank hint");
      assertEquals(text.strip(), text, "no surrounding spaces");
      assertFalse(text.contains("{") || text.contains("}"), () -> "an unfilled placeholder: " + text);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyCodeInEverySituation")
  void registeredCodes_haveHintsExactlyWhenTheyNeedAction(int code, @Nullable Situation situation) {
    SipResponse response = SipResponse.of(code);
    Explanation e = explain(code, situation, Locale.ENGLISH);
    if (response instanceof SipStatus) {
      // 1xx and 2xx need no action; every redirect and failure says what to check.
      assertEquals(code >= 300, !e.hints().isEmpty(), () -> code + " hints: " + e.hints());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyCodeInEverySituation")
  void repeatedCalls_returnTheSameInstance(int code, @Nullable Situation situation) {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("sw"))) {
      Explanation first = explain(code, situation, locale);
      assertSame(first, explain(code, situation, locale));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 200, 401, 486, 499, 503})
  void hints_areUnmodifiable(int code) {
    List<String> hints = SipResponse.of(code).explain(Locale.ENGLISH).hints();
    assertThrows(UnsupportedOperationException.class, () -> hints.add("x"));
    assertThrows(UnsupportedOperationException.class, hints::clear);
  }

  @ParameterizedTest
  @ValueSource(ints = {150, 250, 350, 499, 556, 699})
  void unregisteredCodes_getTheirClassText_namingTheCode(int code) {
    Explanation e = SipResponse.of(code).explain(Locale.ENGLISH);
    assertTrue(e.description().contains(Integer.toString(code)), e.description());
    // Another unregistered code of the class gets the same title and its own number.
    int sibling = code % 100 == 99 ? code - 1 : code + 1;
    Explanation other = SipResponse.of(sibling).explain(Locale.ENGLISH);
    assertEquals(e.summary(), other.summary());
    assertEquals(e.description().replace(Integer.toString(code), Integer.toString(sibling)), other.description());
  }

  @Test
  void unregisteredClientFailure_readsLikeTheClass() {
    Explanation e = SipResponse.of(499).explain(Locale.ENGLISH);
    assertEquals("Request failed", e.summary());
    assertEquals("The call or request could not be completed (status code 499).", e.description());
    assertTrue(e.hints().get(0).startsWith("Code 499 is not a standard SIP code"), e.hints().get(0));
    assertTrue(e.hints().get(1).contains("400 Bad Request"), e.hints().get(1));
    assertEquals("The call or request could not be completed (status code 498).",
        SipResponse.of(498).explain(Locale.ENGLISH).description());
  }

  @ParameterizedTest
  @ValueSource(ints = {409, 411})
  void historicCodes_areExplained_andSaySo(int code) {
    Explanation e = SipResponse.of(code).explain(Locale.ENGLISH);
    assertTrue(SipResponse.of(code).reasonPhrase().equalsIgnoreCase(e.summary()), e.summary());
    assertTrue(e.description().contains("old code"), e.description());
    assertTrue(e.hints().get(0).contains("RFC 2543"), e.hints().get(0));
  }

  @Test
  void busy_readsAsDocumented() {
    Explanation e = SipStatus.BUSY_HERE.explain(Locale.ENGLISH);
    assertEquals("Busy", e.summary());
    assertEquals("The person you called is busy.", e.description());
    assertEquals("Nothing is wrong if the line really is busy: try again later.", e.hints().get(0));
  }

  @Test
  void unauthorized_isTheFirstStepOfRegistration_butARefusal_onAnIncomingCall() {
    Explanation register = SipStatus.UNAUTHORIZED.explain(Locale.ENGLISH, Situation.REGISTRATION);
    Explanation incoming = SipStatus.UNAUTHORIZED.explain(Locale.ENGLISH, Situation.INCOMING_CALL);
    assertEquals("Credentials requested", register.summary());
    assertTrue(register.description().contains("normal first step"), register.description());
    assertTrue(register.hints().get(0).startsWith("Nothing to do"), register.hints().get(0));
    assertTrue(incoming.summary().startsWith("Call refused"), incoming.summary());
    assertTrue(incoming.hints().get(0).contains("turn off authentication for incoming calls"), incoming.hints().get(0));
    // An outgoing call has no variant: the general text, the same instance.
    assertSame(SipStatus.UNAUTHORIZED.explain(Locale.ENGLISH),
        SipStatus.UNAUTHORIZED.explain(Locale.ENGLISH, Situation.OUTGOING_CALL));
  }

  @Test
  void ok_meansRegistered_orAnswered() {
    assertEquals("OK", SipStatus.OK.explain(Locale.ENGLISH).summary());
    assertEquals("Registered", SipStatus.OK.explain(Locale.ENGLISH, Situation.REGISTRATION).summary());
    assertEquals("Answered", SipStatus.OK.explain(Locale.ENGLISH, Situation.OUTGOING_CALL).summary());
    assertEquals("Answered", SipStatus.OK.explain(Locale.ENGLISH, Situation.INCOMING_CALL).summary());
    assertTrue(SipStatus.OK.explain(Locale.ENGLISH, Situation.REGISTRATION).hints().isEmpty());
  }

  @Test
  void notFound_isANumberNotInService_outgoing_andAMissingInboundRoute_incoming() {
    Explanation outgoing = SipStatus.NOT_FOUND.explain(Locale.ENGLISH, Situation.OUTGOING_CALL);
    Explanation incoming = SipStatus.NOT_FOUND.explain(Locale.ENGLISH, Situation.INCOMING_CALL);
    assertEquals("Number not in service", outgoing.summary());
    assertEquals("Number not routed", incoming.summary());
    assertTrue(incoming.hints().get(0).contains("inbound route"), incoming.hints().get(0));
    assertTrue(incoming.hints().get(0).contains("DID"), incoming.hints().get(0));
  }

  @Test
  void variants_thatChangeOnlySomeFields_keepTheGeneralOthers() {
    Explanation general = SipStatus.FORBIDDEN.explain(Locale.ENGLISH);
    Explanation outgoing = SipStatus.FORBIDDEN.explain(Locale.ENGLISH, Situation.OUTGOING_CALL);
    assertEquals(general.summary(), outgoing.summary(), "403 has no outgoing summary of its own");
    assertNotEquals(general.description(), outgoing.description());
    assertNotEquals(general.hints(), outgoing.hints());
    Explanation incoming = SipStatus.BUSY_HERE.explain(Locale.ENGLISH, Situation.INCOMING_CALL);
    assertEquals("Busy", incoming.summary());
    assertNotEquals(SipStatus.BUSY_HERE.explain(Locale.ENGLISH).description(), incoming.description());
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 180, 486, 488, 503, 606, 499})
  void codesWhoseMeaningDoesNotChange_shareOneInstanceAcrossSituations(int code) {
    Explanation general = SipResponse.of(code).explain(Locale.ENGLISH);
    for (Situation situation : Situation.values()) {
      if (code == 486 && situation == Situation.INCOMING_CALL) {
        continue;
      }
      assertSame(general, SipResponse.of(code).explain(Locale.ENGLISH, situation), situation::name);
    }
  }

  @Test
  void theHintsCarryWhatTheRfcsSayAClientShouldDo() {
    assertTrue(String.join(" ", SipStatus.SERVICE_UNAVAILABLE.explain(Locale.ENGLISH).hints()).contains("Retry-After"));
    assertTrue(String.join(" ", SipStatus.INTERVAL_TOO_BRIEF.explain(Locale.ENGLISH).hints()).contains("Min-Expires"));
    assertTrue(String.join(" ", SipStatus.SESSION_INTERVAL_TOO_SMALL.explain(Locale.ENGLISH).hints())
        .contains("Min-SE"));
    assertTrue(String.join(" ", SipStatus.BAD_EXTENSION.explain(Locale.ENGLISH).hints()).contains("Unsupported"));
    assertTrue(String.join(" ", SipStatus.EXTENSION_REQUIRED.explain(Locale.ENGLISH).hints()).contains("Require"));
    assertTrue(String.join(" ", SipStatus.UNSUPPORTED_MEDIA_TYPE.explain(Locale.ENGLISH).hints()).contains("Accept"));
    assertTrue(String.join(" ", SipStatus.LOOP_DETECTED.explain(Locale.ENGLISH).hints()).contains("B forwards back"));
    assertTrue(String.join(" ", SipStatus.NOT_ACCEPTABLE_HERE.explain(Locale.ENGLISH).hints()).contains("SRTP"));
    assertTrue(String.join(" ", SipStatus.DECLINE.explain(Locale.ENGLISH).hints()).contains("caller ID"));
  }

  @Test
  void explain_rejectsNull_namingTheParameter() {
    NullPointerException noLocale = assertThrows(NullPointerException.class, () -> SipStatus.OK.explain(nullLocale()));
    assertEquals("locale", noLocale.getMessage());
    NullPointerException noLocale2 = assertThrows(NullPointerException.class,
        () -> SipStatus.OK.explain(nullLocale(), Situation.REGISTRATION));
    assertEquals("locale", noLocale2.getMessage());
    NullPointerException noSituation = assertThrows(NullPointerException.class,
        () -> SipStatus.OK.explain(Locale.ENGLISH, nullSituation()));
    assertEquals("situation", noSituation.getMessage());
  }

  @SuppressWarnings("NullAway") // deliberately passes null to check the guard
  private static Locale nullLocale() {
    return null;
  }

  @SuppressWarnings("NullAway") // deliberately passes null to check the guard
  private static Situation nullSituation() {
    return null;
  }

  @Test
  void constructor_copiesTheHints_andRejectsNulls() {
    List<String> hints = new ArrayList<>(List.of("a"));
    Explanation e = new Explanation(Locale.ENGLISH, "s", "d", hints);
    hints.add("b");
    assertEquals(List.of("a"), e.hints());
    assertThrows(UnsupportedOperationException.class, () -> e.hints().add("c"));
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> new Explanation(Locale.ENGLISH, "s", "d", withNull));
    assertEquals("summary", assertThrows(NullPointerException.class,
        () -> new Explanation(Locale.ENGLISH, nullString(), "d", List.of())).getMessage());
    assertEquals("description", assertThrows(NullPointerException.class,
        () -> new Explanation(Locale.ENGLISH, "s", nullString(), List.of())).getMessage());
    assertEquals("locale", assertThrows(NullPointerException.class,
        () -> new Explanation(nullLocale(), "s", "d", List.of())).getMessage());
  }

  @SuppressWarnings("NullAway") // deliberately passes null to check the guard
  private static String nullString() {
    return null;
  }

  @Test
  void supportedLocales_areOurLanguages_englishFirst() {
    Set<Locale> supported = Explanation.supportedLocales();
    assertEquals(
        List.of("en", "de", "fr", "es", "it", "pt", "pt-BR", "nl", "pl", "ru", "uk", "ja", "zh-CN", "zh-TW", "ko", "tr",
            "sv"),
        supported.stream().map(Locale::toLanguageTag).toList());
    assertThrows(UnsupportedOperationException.class, () -> supported.add(Locale.forLanguageTag("sw")));
    assertSame(supported, Explanation.supportedLocales());
    assertEquals(Languages.OURS, List.copyOf(supported), "no provider is installed in this JVM: ours only");
  }

  @Test
  void aKeyMissingFromATranslation_fallsBackToEnglish_thenToTheReasonPhrase() {
    Explanations.Bundle english = new Explanations.Bundle(Locale.ENGLISH, Map.of(
        "code.486.summary", "Busy",
        "code.486.hint.1", "Try later.",
        "code.486.incoming.summary", "Extension busy",
        "class.4xx.description", "Failed ({0})."), null);
    Explanations.Bundle german = new Explanations.Bundle(Locale.GERMAN, Map.of(
        "code.486.summary", "Besetzt",
        "code.486.incoming.hint.1", "Nebenstelle prüfen."), english);

    Explanation busy = german.explanation(SipStatus.BUSY_HERE, null);
    assertEquals(new Explanation(Locale.GERMAN, "Besetzt", "Busy Here", List.of("Try later.")), busy);
    assertSame(busy, german.explanation(SipStatus.BUSY_HERE, null));

    Explanation incoming = german.explanation(SipStatus.BUSY_HERE, Situation.INCOMING_CALL);
    assertEquals(new Explanation(Locale.GERMAN, "Extension busy", "Busy Here", List.of("Nebenstelle prüfen.")),
        incoming);
    assertSame(busy, german.explanation(SipStatus.BUSY_HERE, Situation.REGISTRATION), "no variant: shared");

    Explanation unknown = german.explanation(SipResponse.of(499), null);
    assertEquals(new Explanation(Locale.GERMAN, "Unknown Client Failure", "Failed (499).", List.of()), unknown);

    Explanations.Bundle empty = new Explanations.Bundle(Locale.ENGLISH, Map.of(), null);
    assertEquals(new Explanation(Locale.ENGLISH, "Decline", "Decline", List.of()),
        empty.explanation(SipStatus.DECLINE, Situation.INCOMING_CALL));
  }

  @Test
  void aVariantWithOnlyADescription_stillCounts() {
    Explanations.Bundle bundle = new Explanations.Bundle(Locale.ENGLISH, Map.of(
        "code.603.summary", "Declined",
        "code.603.incoming.description", "Declined here."), null);
    Explanation general = bundle.explanation(SipStatus.DECLINE, null);
    Explanation incoming = bundle.explanation(SipStatus.DECLINE, Situation.INCOMING_CALL);
    assertNotSame(general, incoming);
    assertEquals(new Explanation(Locale.ENGLISH, "Declined", "Declined here.", List.of()), incoming);
  }

  private static List<String> texts(Explanation e) {
    List<String> texts = new ArrayList<>(e.hints());
    texts.add(e.summary());
    texts.add(e.description());
    return texts;
  }
}
