package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnosisTest {

  private static final Map<String, String> EN = ExplanationBundleTest.english();

  private static List<String> hints(String prefix) {
    List<String> hints = new ArrayList<>();
    for (int k = 1; EN.containsKey(prefix + ".hint." + k); k++) {
      hints.add(EN.get(prefix + ".hint." + k));
    }
    return hints;
  }

  @ParameterizedTest
  @CsvSource({
    "REGISTER, SENT, REGISTRATION",
    "REGISTER, RECEIVED, REGISTRATION",
    "INVITE, SENT, OUTGOING_CALL",
    "INVITE, RECEIVED, INCOMING_CALL",
    "OPTIONS, SENT, ",
    "BYE, RECEIVED, ",
    "invite, SENT, ",
    "Register, SENT, "
  })
  void situation_fromTheMethodAndTheDirection(String method, RequestDirection direction, Situation situation) {
    assertEquals(Optional.ofNullable(situation), Situation.forRequest(method, direction));
    assertEquals(Optional.ofNullable(situation), Diagnosis.of(SipResponse.of(401), method, direction).situation());
  }

  @Test
  void of_withNothingElse_isTheCodeAlone() {
    Diagnosis d = Diagnosis.of(SipResponse.of(486));
    assertEquals(Optional.empty(), d.situation());
    assertEquals(List.of(), d.warnCodes());
    assertSame(SipResponse.of(486).retryAdvice(), d.retryAdvice());
    assertEquals(CallOutcome.BUSY, d.callOutcome());
    assertSame(SipResponse.of(486).explain(Locale.ENGLISH), d.explain(Locale.ENGLISH));
  }

  @ParameterizedTest
  @CsvSource({
    "480, 18, NO_ANSWER",
    "480, 19, NO_ANSWER",
    "480, 20, UNAVAILABLE",
    "503, 34, CONGESTION",
    "503, 42, CONGESTION",
    "403, 21, DECLINED",
    "403, 57, AUTHENTICATION_FAILED",
    "404, 22, NOT_FOUND",
    "480, 16, UNAVAILABLE",
    "486, 31, BUSY",
    "200, 16, ANSWERED"
  })
  void callOutcome_isRefinedByTheQ850Cause(int code, int cause, CallOutcome outcome) {
    Diagnosis d = Diagnosis.of(SipResponse.of(code), Situation.OUTGOING_CALL).withQ850Cause(Q850Cause.of(cause));
    assertEquals(outcome, d.callOutcome());
  }

  @Test
  void callOutcome_withoutACause_isTheCodes_andTheSipCauseDoesNotChangeIt() {
    assertEquals(CallOutcome.UNAVAILABLE, Diagnosis.of(SipResponse.of(480)).callOutcome());
    assertEquals(CallOutcome.UNAVAILABLE,
        Diagnosis.of(SipResponse.of(480)).withSipCause(SipResponse.of(486)).callOutcome());
  }

  @Test
  void retryAdvice_appliesRetryAfter() {
    Diagnosis busy = Diagnosis.of(SipResponse.of(486)).withRetryAfter(Duration.ofMinutes(2));
    RetryAdvice.CalleeReachableLater later = assertInstanceOf(RetryAdvice.CalleeReachableLater.class,
        busy.retryAdvice());
    assertEquals(Optional.of(Duration.ofMinutes(2)), later.notBefore());
    RetryAdvice.TryAlternateServer alternate = assertInstanceOf(RetryAdvice.TryAlternateServer.class,
        Diagnosis.of(SipResponse.of(503)).withRetryAfter(Duration.ofSeconds(30)).retryAdvice());
    assertEquals(Optional.of(Duration.ofSeconds(30)), alternate.retryThisServerAfter());
    assertEquals(SipResponse.of(503).retryAdvice(), Diagnosis.of(SipResponse.of(503)).retryAdvice());
  }

  @Test
  void explain_leadsWithTheQ850Cause_andKeepsTheCodesHints() {
    Explanation e = Diagnosis.of(SipResponse.of(480), "INVITE", RequestDirection.SENT)
        .withQ850Cause(Q850Cause.NO_ANSWER_FROM_USER)
        .explain(Locale.ENGLISH);
    assertEquals("No answer", e.summary());
    assertEquals(EN.get("q850.19.description"), e.description());
    List<String> expected = new ArrayList<>(hints("q850.19"));
    expected.addAll(hints("code.480"));
    assertEquals(expected, e.hints());
    assertEquals(Locale.ENGLISH, e.locale());
  }

  @Test
  void explain_aSwitchedOffPhone_isNotANoAnswer() {
    Explanation absent = Diagnosis.of(SipResponse.of(480)).withQ850Cause(Q850Cause.SUBSCRIBER_ABSENT)
        .explain(Locale.ENGLISH);
    assertEquals("Phone not reachable", absent.summary());
    Explanation congestion = Diagnosis.of(SipResponse.of(503))
        .withQ850Cause(Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE).explain(Locale.ENGLISH);
    assertEquals("No free line", congestion.summary());
    assertTrue(congestion.hints().containsAll(hints("code.503")), "keeps the hints of 503");
  }

  @Test
  void explain_usesTheSituationOfTheCode() {
    Explanation incoming = Diagnosis.of(SipResponse.of(401), "INVITE", RequestDirection.RECEIVED)
        .explain(Locale.ENGLISH);
    assertSame(SipResponse.of(401).explain(Locale.ENGLISH, Situation.INCOMING_CALL), incoming);
    Explanation registration = Diagnosis.of(SipResponse.of(401), Situation.REGISTRATION).explain(Locale.ENGLISH);
    assertEquals(EN.get("code.401.registration.summary"), registration.summary());
    assertNotEquals(incoming.summary(), registration.summary());
    Explanation withCause = Diagnosis.of(SipResponse.of(404), Situation.INCOMING_CALL)
        .withQ850Cause(Q850Cause.UNALLOCATED_NUMBER).explain(Locale.ENGLISH);
    List<String> expected = new ArrayList<>(hints("q850.1"));
    hints("code.404.incoming").stream().filter(h -> !expected.contains(h)).forEach(expected::add);
    assertEquals(expected, withCause.hints());
  }

  @Test
  void explain_causesThatSayNothingMore_doNotLead() {
    for (int cause : new int[] {16, 31, 127}) {
      Diagnosis d = Diagnosis.of(SipResponse.of(480)).withQ850Cause(Q850Cause.of(cause));
      assertSame(SipResponse.of(480).explain(Locale.ENGLISH), d.explain(Locale.ENGLISH), "cause " + cause);
    }
  }

  @Test
  void explain_leadsWithARegisteredWarning_whenThereIsNoSpecificCause() {
    Explanation e = Diagnosis.of(SipResponse.of(488))
        .withWarnCodes(List.of(399, 305, 305, 370))
        .explain(Locale.ENGLISH);
    assertEquals(EN.get("warning.305.summary"), e.summary());
    assertEquals(EN.get("warning.305.description"), e.description());
    List<String> expected = new ArrayList<>(hints("warning.305"));
    expected.addAll(hints("warning.370"));
    expected.addAll(hints("code.488"));
    expected.addAll(hints("warning.399"));
    assertEquals(expected, e.hints());
  }

  @Test
  void explain_theQ850CauseLeadsBeforeAWarning() {
    Explanation e = Diagnosis.of(SipResponse.of(488)).withQ850Cause(Q850Cause.BEARER_CAPABILITY_NOT_IMPLEMENTED)
        .withWarnCodes(List.of(305)).explain(Locale.ENGLISH);
    assertEquals(EN.get("q850.65.summary"), e.summary());
    assertTrue(e.hints().containsAll(hints("warning.305")));
  }

  @Test
  void explain_onlyUnspecificWarnings_keepTheCodesTexts_andAddTheirHints() {
    Explanation e = Diagnosis.of(SipResponse.of(403)).withWarnCodes(List.of(399, 342)).explain(Locale.ENGLISH);
    assertEquals(EN.get("code.403.summary"), e.summary());
    List<String> expected = new ArrayList<>(hints("code.403"));
    expected.addAll(hints("warning.399"));
    hints("warning.class").forEach(h -> expected.add(h.replace("{0}", "342")));
    assertEquals(expected, e.hints());
  }

  @Test
  void explain_aSipCauseOtherThanTheCode_leadsAfterCausesAndWarnings() {
    Explanation e = Diagnosis.of(SipResponse.of(480), Situation.OUTGOING_CALL).withSipCause(SipResponse.of(486))
        .explain(Locale.ENGLISH);
    assertEquals(EN.get("code.486.summary"), e.summary());
    assertSame(SipResponse.of(480).explain(Locale.ENGLISH, Situation.OUTGOING_CALL),
        Diagnosis.of(SipResponse.of(480), Situation.OUTGOING_CALL).withSipCause(SipResponse.of(480))
            .explain(Locale.ENGLISH));
    assertSame(SipResponse.of(480).explain(Locale.ENGLISH),
        Diagnosis.of(SipResponse.of(480)).withSipCause(SipResponse.of(200)).explain(Locale.ENGLISH));
  }

  @Test
  void explain_aResponseThatIsNotAFailure_isTheCodesText() {
    Diagnosis answered = Diagnosis.of(SipResponse.of(200), Situation.OUTGOING_CALL)
        .withQ850Cause(Q850Cause.NORMAL_CALL_CLEARING).withWarnCodes(List.of(304));
    assertSame(SipResponse.of(200).explain(Locale.ENGLISH, Situation.OUTGOING_CALL),
        answered.explain(Locale.ENGLISH));
    assertSame(SipResponse.of(302).explain(Locale.ENGLISH),
        Diagnosis.of(SipResponse.of(302)).withQ850Cause(Q850Cause.USER_BUSY).explain(Locale.ENGLISH));
  }

  @Test
  void explain_inAnotherLanguage_isInThatLanguage() {
    Explanation e = Diagnosis.of(SipResponse.of(480)).withQ850Cause(Q850Cause.NO_ANSWER_FROM_USER)
        .explain(Locale.forLanguageTag("de-AT"));
    assertEquals(Locale.GERMAN, e.locale());
    assertEquals(Q850Cause.NO_ANSWER_FROM_USER.explain(Locale.GERMAN).summary(), e.summary());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void components_areChecked() {
    SipResponse busy = SipResponse.of(486);
    assertThrows(IllegalArgumentException.class,
        () -> Diagnosis.of(busy).withRetryAfter(Duration.ofSeconds(-1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Diagnosis.of(busy).withWarnCodes(List.of(305, 1000)));
    assertTrue(String.valueOf(e.getMessage()).contains("1000"), e::getMessage);
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy).withWarnCodes(Arrays.asList(305, null)));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(null));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy, null));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy, null, RequestDirection.SENT));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy, "INVITE", null));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy).withQ850Cause(null));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy).withSipCause(null));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy).withRetryAfter(null));
    assertThrows(NullPointerException.class, () -> Diagnosis.of(busy).explain(null));
    assertThrows(NullPointerException.class, () -> new Diagnosis(busy, Optional.empty(), Optional.empty(),
        Optional.empty(), null, List.of()));
  }

  @Test
  void warnCodes_areAnUnmodifiableCopy_andEqualityIsByValue() {
    List<Integer> codes = new ArrayList<>(List.of(305));
    Diagnosis d = Diagnosis.of(SipResponse.of(488)).withWarnCodes(codes);
    codes.add(370);
    assertEquals(List.of(305), d.warnCodes());
    assertThrows(UnsupportedOperationException.class, () -> d.warnCodes().add(1));
    assertEquals(Diagnosis.of(SipResponse.of(488)).withWarnCodes(List.of(305)), d);
    assertNotEquals(Diagnosis.of(SipResponse.of(488)), d);
    assertEquals(Duration.ZERO, Diagnosis.of(SipResponse.of(503)).withRetryAfter(Duration.ZERO).retryAfter().get());
  }
}
