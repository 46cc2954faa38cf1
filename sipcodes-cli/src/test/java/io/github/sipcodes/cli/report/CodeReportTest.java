package io.github.sipcodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.cli.testing.BusyText;
import io.github.sipcodes.cli.testing.MiniJson;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every expectation here is written by hand: the RFC's rule or the wording the bundle was reviewed with. */
class CodeReportTest {

  static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  static IntStream allCodes() {
    return IntStream.rangeClosed(100, 699);
  }

  @Test
  void text_showsEveryFieldAndTheExplanation() {
    assertEquals(
        """
        486 Busy Here
          class:          client failure (4xx)
          registered:     yes
          defined in:     RFC 3261 §21.4.24
          retryable:      yes, unchanged
          authentication: no
          next step:      the called phone may be reachable later: a person or the dialer's policy decides when \
        to call again (no automatic redial)
          call outcome:   Busy
        """ + BusyText.EXPLANATION,
        CodeReport.of(SipResponse.of(486), ENGLISH, null).text());
  }

  @Test
  void text_inGerman_hasTheGermanExplanation() {
    String text = CodeReport.of(SipResponse.of(486), Texts.of(Locale.GERMAN), null).text();
    // messages_de.properties: label.summary=Titel; the value column is aligned after the longest German label.
    assertTrue(text.lines().anyMatch(line -> line.matches("  Titel: +Besetzt")), text);
  }

  @Test
  void text_ofAnUnregisteredCode_saysWhatItIsHandledLike() {
    String text = CodeReport.of(SipResponse.of(499), ENGLISH, null).text();
    assertEquals("  registered:     no, handled like 400 Bad Request", text.lines().skip(2).findFirst().get());
  }

  @Test
  void text_withoutHints_hasNoHintsHeading() {
    String text = CodeReport.of(SipResponse.of(180), ENGLISH, null).text();
    assertFalse(text.contains("hints:"), text);
    assertTrue(text.endsWith("  description:    The phone of the person you are calling is ringing.\n"), text);
  }

  @Test
  void situation_changesTheExplanation() {
    assertTrue(CodeReport.of(SipResponse.of(401), ENGLISH, Situation.REGISTRATION).text()
        .contains("  summary:        Credentials requested\n"));
    assertTrue(CodeReport.of(SipResponse.of(401), ENGLISH, null).text()
        .contains("  summary:        Authentication required\n"));
  }

  @Test
  void json_ofOneCode_isExact() {
    assertEquals(
        "{\"code\":486,\"phrase\":\"Busy Here\",\"class\":\"CLIENT_FAILURE\",\"registered\":true,\"treatedAs\":486,"
            + "\"rfc\":\"RFC 3261 §21.4.24\",\"rfcUrl\":\"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24\","
            + "\"retryable\":true,\"authRelated\":false,\"advice\":\"CALLEE_REACHABLE_LATER\","
            + "\"adviceText\":\"the called phone may be reachable later: a person or the dialer's policy decides when "
            + "to call again (no automatic redial)\",\"outcome\":\"BUSY\","
            + "\"situation\":\"outgoing\",\"locale\":\"en\",\"summary\":\"Busy\","
            + "\"description\":\"The person you called is busy.\",\"hints\":["
            + "\"Nothing is wrong if the line really is busy: try again later.\","
            + "\"If the line is free, check do-not-disturb, call waiting and the limit of simultaneous calls on the "
            + "called phone or account.\",\"On a trunk, check the limit of simultaneous calls (channels).\"]}",
        CodeReport.of(SipResponse.of(486), ENGLISH, Situation.OUTGOING_CALL).json());
  }

  static final Set<String> TOKENS = Set.of("DO_NOT_RETRY", "RETRY_LATER", "CALLEE_REACHABLE_LATER",
      "TRY_ALTERNATE_SERVER", "RANDOM_BACKOFF", "RETRY_WITH_CREDENTIALS", "RETRY_WITH_CHANGES",
      "RETRY_WITH_HEADER_CHANGE", "FOLLOW_REDIRECT", "USE_PROXY");

  /** The shape of the JSON of every code: the fields in order, the code itself, a known advice token. */
  @ParameterizedTest
  @MethodSource("allCodes")
  void json_ofEveryCode_hasTheFieldsInOrder(int code) {
    Map<?, ?> json = MiniJson.object(CodeReport.of(SipResponse.of(code), Texts.of(Locale.JAPANESE), null).json());
    assertEquals(
        List.of("code", "phrase", "class", "registered", "treatedAs", "rfc", "rfcUrl", "retryable",
            "authRelated", "advice", "adviceText", "outcome", "situation", "locale", "summary", "description",
            "hints"),
        List.copyOf(json.keySet()));
    assertEquals((long) code, json.get("code"));
    assertTrue(TOKENS.contains(json.get("advice")), String.valueOf(json.get("advice")));
    assertEquals("ja", json.get("locale"));
  }

  /** The tokens, from the rules of RFC 3261 §21 and the RFCs that define the codes. */
  @ParameterizedTest
  @CsvSource({
    "100, DO_NOT_RETRY", "200, DO_NOT_RETRY", "302, FOLLOW_REDIRECT", "305, USE_PROXY", "401, RETRY_WITH_CREDENTIALS",
    "407, RETRY_WITH_CREDENTIALS", "404, DO_NOT_RETRY", "408, RETRY_LATER", "412, RETRY_WITH_HEADER_CHANGE",
    "420, RETRY_WITH_CHANGES", "423, RETRY_WITH_CHANGES", "486, CALLEE_REACHABLE_LATER", "491, RANDOM_BACKOFF",
    "500, RETRY_LATER", "503, TRY_ALTERNATE_SERVER", "603, DO_NOT_RETRY",
  })
  void advice_token(int code, String token) {
    assertEquals(token, Advice.token(SipResponse.of(code).retryAdvice()));
  }

  @ParameterizedTest
  @CsvSource({"outgoing, OUTGOING_CALL", "incoming, INCOMING_CALL", "registration, REGISTRATION"})
  void json_namesTheSituationAsTheOptionSpellsIt(String name, Situation situation) {
    Map<?, ?> json = MiniJson.object(CodeReport.of(SipResponse.of(401), ENGLISH, situation).json());
    assertEquals(name, json.get("situation"));
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
    assertEquals(label, ENGLISH.classLabel(responseClass));
  }

  /** The command names an outcome as the library does: the labels of its bundles, in the explanations' language. */
  @ParameterizedTest
  @CsvSource({"en, AUTHENTICATION_FAILED, Not allowed", "en, BUSY, Busy", "en, IN_PROGRESS, In progress",
      "en, CANCELLED, Cancelled", "de, BUSY, Besetzt", "de, AUTHENTICATION_FAILED, Nicht erlaubt",
      "de-AT, BUSY, Besetzt", "sw, BUSY, Busy"})
  void outcomeLabel_isTheLibrarysLabel_inTheLanguageOfTheExplanations(String tag, CallOutcome outcome, String label) {
    assertEquals(label, Texts.of(Locale.forLanguageTag(tag)).outcomeLabel(outcome));
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
        "480 | the called phone may be reachable later: a person or the dialer's policy decides when to call again"
            + " (no automatic redial)",
        "486 | the called phone may be reachable later: a person or the dialer's policy decides when to call again"
            + " (no automatic redial)",
        "491 | retry after a random pause: 2100-4000 ms if the client chose the Call-ID, else 0-2000 ms",
        "503 | try the next server for the destination",
        "603 | do not retry",
      })
  void advice_saysWhatToDo(int code, String text) {
    SipResponse response = SipResponse.of(code);
    assertEquals(text, Advice.text(ENGLISH, response, response.retryAdvice()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "486 | the called phone may be reachable later: a person or the dialer's policy decides when to call again,"
            + " not before 90 s (no automatic redial)",
        "603 | the called phone may be reachable later: a person or the dialer's policy decides when to call again,"
            + " not before 90 s (no automatic redial)",
        "500 | the client may send the same request again after at least 90 s",
        "413 | the client may send the same request again after at least 90 s",
        "503 | try the next server for the destination; this server again after 90 s",
        "401 | send the request again with Authorization answering WWW-Authenticate",
      })
  void advice_namesTheRetryAfterDelay(int code, String text) {
    SipResponse response = SipResponse.of(code);
    assertEquals(text, Advice.text(ENGLISH, response, response.retryAdvice(Duration.ofSeconds(90))));
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
    assertEquals(text, Advice.retryable(ENGLISH, SipResponse.of(code).retryAdvice()));
  }

  @Test
  void advice_differsForEveryKindOfAdvice() {
    assertEquals(
        13,
        IntStream.of(100, 200, 300, 305, 401, 404, 408, 412, 420, 428, 486, 491, 503)
            .mapToObj(code -> Advice.text(ENGLISH, SipResponse.of(code), SipResponse.of(code).retryAdvice()))
            .distinct()
            .count());
    assertEquals("do not retry", Advice.text(ENGLISH, SipResponse.of(403), RetryAdvice.DoNotRetry.INSTANCE));
  }
}
