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
          retryable:    yes, unchanged
          auth-related: no
          next step:    the called party may be reachable later: a person or the dialer's policy decides when to \
        call again (no automatic redial)
          call outcome: busy
          summary:      Busy
          description:  The person you called is busy.
          hints:
            - Nothing is wrong if the line really is busy: try again later.
            - If the line is free, check do-not-disturb, call waiting and the limit of simultaneous calls on the \
        called phone or account.
            - On a trunk, check the limit of simultaneous calls (channels).
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
            + "\"advice\":\"the called party may be reachable later: a person or the dialer's policy decides when to "
            + "call again (no automatic redial)\",\"outcome\":\"BUSY\","
            + "\"situation\":\"outgoing\",\"locale\":\"en\",\"summary\":\"Busy\","
            + "\"description\":\"The person you called is busy.\",\"hints\":["
            + "\"Nothing is wrong if the line really is busy: try again later.\","
            + "\"If the line is free, check do-not-disturb, call waiting and the limit of simultaneous calls on the "
            + "called phone or account.\",\"On a trunk, check the limit of simultaneous calls (channels).\"]}",
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
      assertEquals(CodeReport.advice(response, response.retryAdvice()), json.get("advice"));
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
        "100 | wait for the final response",
        "180 | wait for the final response",
        "199 | wait for the final response",
        "200 | done: the request succeeded",
        "202 | done: the request succeeded",
        "302 | send the request to the addresses in Contact",
        "305 | send this one request again through the proxy in Contact, Request-URI unchanged; do not keep the proxy"
            + " for later requests",
        "380 | do not retry",
        "401 | send the request again with Authorization answering WWW-Authenticate",
        "407 | send the request again with Proxy-Authorization answering Proxy-Authenticate",
        "404 | do not retry",
        "408 | the client may send the same request again after a pause of a few seconds",
        "412 | send the request again without its SIP-If-Match header",
        "420 | send the request again, changed as the response's Unsupported header says",
        "428 | send the request again with a valid Identity header",
        "480 | the called party may be reachable later: a person or the dialer's policy decides when to call again"
            + " (no automatic redial)",
        "486 | the called party may be reachable later: a person or the dialer's policy decides when to call again"
            + " (no automatic redial)",
        "491 | retry after a random pause: 2100-4000 ms if this side chose the Call-ID, else 0-2000 ms",
        "503 | try the next server for the destination",
        "603 | do not retry",
      })
  void advice_saysWhatToDo(int code, String text) {
    SipResponse response = SipResponse.of(code);
    assertEquals(text, CodeReport.advice(response, response.retryAdvice()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "486 | the called party may be reachable later: a person or the dialer's policy decides when to call again,"
            + " not before 90 s (no automatic redial)",
        "603 | the called party may be reachable later: a person or the dialer's policy decides when to call again,"
            + " not before 90 s (no automatic redial)",
        "500 | the client may send the same request again after at least 90 s",
        "413 | the client may send the same request again after at least 90 s",
        "503 | try the next server for the destination; this server again after 90 s",
        "401 | send the request again with Authorization answering WWW-Authenticate",
      })
  void advice_namesTheRetryAfterDelay(int code, String text) {
    SipResponse response = SipResponse.of(code);
    assertEquals(text, CodeReport.advice(response, response.retryAdvice(Duration.ofSeconds(90))));
  }

  /** No "retryable: no" followed by a retry: the two fields read as one statement (issue 9). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "401 | only changed, see next step",
        "407 | only changed, see next step",
        "302 | only changed, see next step",
        "412 | only changed, see next step",
        "486 | yes, unchanged",
        "503 | yes, unchanged",
        "404 | no",
        "200 | no",
        "180 | no",
      })
  void retryable_agreesWithTheNextStep(int code, String text) {
    assertEquals(text, CodeReport.retryable(SipResponse.of(code).retryAdvice()));
  }

  @Test
  void advice_differsForEveryKindOfAdvice() {
    assertEquals(
        13,
        IntStream.of(100, 200, 300, 305, 401, 404, 408, 412, 420, 428, 486, 491, 503)
            .mapToObj(code -> CodeReport.advice(SipResponse.of(code), SipResponse.of(code).retryAdvice()))
            .distinct()
            .count());
    assertEquals("do not retry", CodeReport.advice(SipResponse.of(403), RetryAdvice.DoNotRetry.INSTANCE));
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
