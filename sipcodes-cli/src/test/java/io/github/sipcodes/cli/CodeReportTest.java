package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Explanation;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CodeReportTest {

  static IntStream allCodes() {
    return IntStream.rangeClosed(100, 699);
  }

  @Test
  void text_showsEveryFieldAndTheExplanation() {
    assertEquals(
        """
        486 Busy Here
          class:        client failure (4xx)
          registered:   yes
          defined in:   RFC 3261 §21.4.24
          retryable:    yes
          auth-related: no
          next step:    retry the same request later (Retry-After says when)
          call outcome: busy
          summary:      Busy
          description:  The person you called is busy.
          hints:
            - Nothing is wrong if the line really is busy: try again later.
            - If the line is free, check do-not-disturb, call waiting and the limit of simultaneous calls on the \
        called phone or account.
            - On a trunk, check the limit of concurrent calls (channels).
        """,
        CodeReport.of(SipResponse.of(486), Locale.ENGLISH, null).text());
  }

  @Test
  void text_isInTheLanguageAskedFor_labelsStayEnglish() {
    String text = CodeReport.of(SipResponse.of(486), Locale.GERMAN, null).text();
    Explanation german = SipResponse.of(486).explain(Locale.GERMAN);
    assertEquals(Locale.GERMAN, german.locale());
    assertEquals(
        "  summary:      " + german.summary() + "\n  description:  " + german.description() + "\n  hints:\n",
        text.substring(text.indexOf("  summary:"), text.indexOf("    - ")));
    assertEquals("  summary:      Besetzt", text.lines().filter(l -> l.startsWith("  summary:")).findFirst().get());
  }

  @Test
  void text_ofAnUnregisteredCode_saysWhatItIsTreatedAs() {
    String text = CodeReport.of(SipResponse.of(499), Locale.ENGLISH, null).text();
    assertEquals("  registered:   no, treated as 400 Bad Request", text.lines().skip(2).findFirst().get());
  }

  @Test
  void text_withoutHints_hasNoHintsHeading() {
    Explanation ringing = SipResponse.of(180).explain(Locale.ENGLISH);
    assertEquals(List.of(), ringing.hints());
    String text = CodeReport.of(SipResponse.of(180), Locale.ENGLISH, null).text();
    assertEquals("  description:  " + ringing.description() + "\n", text.substring(text.indexOf("  description:")));
  }

  @Test
  void situation_changesTheExplanation() {
    CodeReport registration = CodeReport.of(SipResponse.of(401), Locale.ENGLISH, Situation.REGISTRATION);
    assertEquals(SipResponse.of(401).explain(Locale.ENGLISH, Situation.REGISTRATION), registration.explanation());
    assertEquals(SipResponse.of(401).explain(Locale.ENGLISH), CodeReport.of(SipResponse.of(401), Locale.ENGLISH, null)
        .explanation());
  }

  @Test
  void json_ofOneCode_isExact() {
    assertEquals(
        "{\"code\":486,\"phrase\":\"Busy Here\",\"class\":\"CLIENT_FAILURE\",\"registered\":true,\"treatedAs\":486,"
            + "\"rfc\":\"RFC 3261 §21.4.24\",\"rfcUrl\":\"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24\","
            + "\"retryable\":true,\"authRelated\":false,"
            + "\"advice\":\"retry the same request later (Retry-After says when)\",\"outcome\":\"BUSY\","
            + "\"situation\":\"outgoing\",\"locale\":\"en\",\"summary\":\"Busy\","
            + "\"description\":\"The person you called is busy.\",\"hints\":["
            + "\"Nothing is wrong if the line really is busy: try again later.\","
            + "\"If the line is free, check do-not-disturb, call waiting and the limit of simultaneous calls on the "
            + "called phone or account.\",\"On a trunk, check the limit of concurrent calls (channels).\"]}",
        CodeReport.of(SipResponse.of(486), Locale.ENGLISH, Situation.OUTGOING_CALL).json());
  }

  @ParameterizedTest
  @MethodSource("allCodes")
  void json_ofEveryCode_parsesBackToItsFacts(int code) {
    SipResponse response = SipResponse.of(code);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.forLanguageTag("uk"))) {
      Explanation explanation = response.explain(locale);
      Map<?, ?> json = MiniJson.object(CodeReport.of(response, locale, null).json());
      assertEquals(
          List.of("code", "phrase", "class", "registered", "treatedAs", "rfc", "rfcUrl", "retryable",
              "authRelated", "advice", "outcome", "situation", "locale", "summary", "description", "hints"),
          List.copyOf(json.keySet()));
      assertEquals((long) code, json.get("code"));
      assertEquals(response.reasonPhrase(), json.get("phrase"));
      assertEquals(response.responseClass().name(), json.get("class"));
      assertEquals(response.isRegistered(), json.get("registered"));
      assertEquals((long) response.treatedAs().code(), json.get("treatedAs"));
      assertEquals(response.specification().toString(), json.get("rfc"));
      assertEquals(response.specification().uri().toString(), json.get("rfcUrl"));
      assertEquals(response.isRetryable(), json.get("retryable"));
      assertEquals(response.isAuthRelated(), json.get("authRelated"));
      assertEquals(CodeReport.advice(response.retryAdvice()), json.get("advice"));
      assertEquals(response.callOutcome().name(), json.get("outcome"));
      assertNull(json.get("situation"));
      assertEquals(explanation.locale().toLanguageTag(), json.get("locale"));
      assertEquals(explanation.summary(), json.get("summary"));
      assertEquals(explanation.description(), json.get("description"));
      assertEquals(explanation.hints(), json.get("hints"));
    }
  }

  @ParameterizedTest
  @CsvSource({"outgoing, OUTGOING_CALL", "incoming, INCOMING_CALL", "registration, REGISTRATION"})
  void json_namesTheSituationAsTheOptionSpellsIt(String name, Situation situation) throws UsageException {
    assertEquals(situation, Options.situation(name));
    Map<?, ?> json = MiniJson.object(CodeReport.of(SipResponse.of(401), Locale.ENGLISH, situation).json());
    assertEquals(name, json.get("situation"));
    assertEquals(SipResponse.of(401).explain(Locale.ENGLISH, situation).summary(), json.get("summary"));
  }

  @ParameterizedTest
  @CsvSource({
    "PROVISIONAL, provisional (1xx)",
    "SUCCESS, success (2xx)",
    "REDIRECTION, redirection (3xx)",
    "CLIENT_FAILURE, client failure (4xx)",
    "SERVER_FAILURE, server failure (5xx)",
    "GLOBAL_FAILURE, global failure (6xx)",
  })
  void classLabel_isReadable(ResponseClass responseClass, String label) {
    assertEquals(label, CodeReport.classLabel(responseClass));
  }

  @ParameterizedTest
  @CsvSource({"AUTHENTICATION_FAILED, authentication failed", "BUSY, busy", "IN_PROGRESS, in progress"})
  void outcomeLabel_isReadable(CallOutcome outcome, String label) {
    assertEquals(label, CodeReport.outcomeLabel(outcome));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "180 | do not retry",
        "302 | send the request to the addresses in Contact",
        "401 | retry with Authorization answering WWW-Authenticate",
        "407 | retry with Proxy-Authorization answering Proxy-Authenticate",
        "420 | retry with the request changed as Unsupported says",
        "486 | retry the same request later (Retry-After says when)",
        "491 | retry after a random pause of 0-4000 ms",
        "503 | try the next server for the destination",
      })
  void advice_saysWhatToDo(int code, String text) {
    assertEquals(text, CodeReport.advice(SipResponse.of(code).retryAdvice()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "486 | retry the same request after 90 s",
        "503 | try the next server for the destination; this server again after 90 s",
        "401 | retry with Authorization answering WWW-Authenticate",
      })
  void advice_namesTheRetryAfterDelay(int code, String text) {
    assertEquals(text, CodeReport.advice(SipResponse.of(code).retryAdvice(Duration.ofSeconds(90))));
  }

  @Test
  void advice_differsForEveryKindOfAdvice() {
    assertEquals(
        7,
        IntStream.of(100, 300, 401, 420, 486, 491, 503)
            .mapToObj(code -> CodeReport.advice(SipResponse.of(code).retryAdvice()))
            .distinct()
            .count());
    assertEquals("do not retry", CodeReport.advice(RetryAdvice.DoNotRetry.INSTANCE));
  }

  @Test
  void line_alignsValuesInOneColumn() {
    StringBuilder out = new StringBuilder();
    CodeReport.line(out, "class", "x");
    CodeReport.line(out, "auth-related", "y");
    CodeReport.line(out, "Retry-After", "z");
    assertEquals("  class:        x\n  auth-related: y\n  Retry-After:  z\n", out.toString());
  }
}
