package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import io.github.sipcodes.wire.HeaderValues;
import io.github.sipcodes.wire.ParseMode;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.ResponseHead;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.SipParseException;
import io.github.sipcodes.wire.StatusLine;
import io.github.sipcodes.wire.Warning;
import org.junit.jupiter.api.Test;

/** Every value README.md shows, so that the README cannot drift from what the library does. */
class ReadmeExamplesTest {

  @Test
  void atAGlance() {
    assertTrue(SipResponse.of(503).isRetryable());
    assertEquals("Busy Here", SipResponse.of(486).reasonPhrase());
    assertEquals(SipStatus.BAD_REQUEST, SipResponse.of(499).treatedAs());
    SipResponse r = SipResponse.of(423);
    assertEquals("Interval Too Brief", r.reasonPhrase());
    assertEquals(ResponseClass.CLIENT_FAILURE, r.responseClass());
    assertEquals("RFC 3261 §21.4.17", r.specification().toString());
    assertEquals("RetryWithChanges[responseHeader=Min-Expires]", r.retryAdvice().toString());
    // "true for 401, 403, 407, 428, 429, 436, 437, 438, 494", and for no other code
    List<Integer> authRelated = new ArrayList<>();
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      if (SipResponse.of(code).isAuthRelated()) {
        authRelated.add(code);
      }
    }
    assertEquals(List.of(401, 403, 407, 428, 429, 436, 437, 438, 494), authRelated);
    assertEquals("423 Interval Too Brief", r.toString());
  }

  @Test
  void retrying() {
    assertEquals("CalleeReachableLater[notBefore=Optional.empty]", SipResponse.of(486).retryAdvice().toString());
    assertEquals(
        "CalleeReachableLater[notBefore=Optional[PT10M]]",
        SipResponse.of(486).retryAdvice(Duration.ofMinutes(10)).toString());
    assertFalse(SipResponse.of(486).retryAdvice().allowsAutomaticRetry());
    assertTrue(SipResponse.of(408).retryAdvice().allowsAutomaticRetry());
    assertEquals(
        "TryAlternateServer[retryThisServerAfter=Optional[PT30S]]",
        SipResponse.of(503).retryAdvice(Duration.ofSeconds(30)).toString());
    assertEquals("RandomBackoff[]", SipResponse.of(491).retryAdvice().toString());
    assertEquals(
        "RetryWithCredentials[challengeHeader=Proxy-Authenticate, credentialsHeader=Proxy-Authorization]",
        SipResponse.of(407).retryAdvice().toString());
    assertEquals(
        "RetryWithHeaderChange[requestHeader=SIP-If-Match, change=REMOVE]", SipResponse.of(412).retryAdvice().toString());
    assertEquals("UseProxy[]", SipResponse.of(305).retryAdvice().toString());
    assertEquals(new RetryAdvice.CalleeReachableLater(Optional.empty()), SipResponse.of(480).retryAdvice());
    // the switch example: a RetryLater without a delay comes only from codes RFC 3261 lets the client repeat
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      if (SipResponse.of(code).retryAdvice() instanceof RetryAdvice.RetryLater) {
        int treated = SipResponse.of(code).treatedAs().code();
        assertTrue(treated == 408 || treated == 500 || treated == 504, "code " + code);
      }
    }
  }

  @Test
  void explaining486_inEnglishAndGerman() {
    Explanation english = SipResponse.of(486).explain(Locale.ENGLISH);
    assertEquals("Busy", english.summary());
    assertEquals("The person you called is busy.", english.description());
    assertEquals(
        List.of(
            "Nothing is wrong if the line really is busy: try again later.",
            "If the line is free, check do-not-disturb, call waiting and the limit of simultaneous calls on the"
                + " called phone or account.",
            "On a trunk, check the limit of simultaneous calls (channels)."),
        english.hints());
    assertEquals(english, SipResponse.of(486).explain(Locale.forLanguageTag("sw")));
    Explanation german = SipResponse.of(486).explain(Locale.GERMAN);
    assertEquals("Besetzt", german.summary());
    assertEquals("Der Anschluss der angerufenen Person ist besetzt.", german.description());
    assertEquals(3, german.hints().size());
    assertEquals(german, SipResponse.of(486).explain(Locale.forLanguageTag("de-AT")));
    assertEquals(german, SipResponse.of(486).explain(Locale.forLanguageTag("de-CH")));
  }

  @Test
  void explainingBySituation() {
    assertEquals(
        "Credentials requested", SipResponse.of(401).explain(Locale.ENGLISH, Situation.REGISTRATION).summary());
    assertEquals(
        "Call refused: credentials requested",
        SipResponse.of(401).explain(Locale.ENGLISH, Situation.INCOMING_CALL).summary());
    assertEquals(
        "Number not in service", SipResponse.of(404).explain(Locale.ENGLISH, Situation.OUTGOING_CALL).summary());
    assertEquals(
        "Number not routed", SipResponse.of(404).explain(Locale.ENGLISH, Situation.INCOMING_CALL).summary());
    assertEquals("Registered", SipResponse.of(200).explain(Locale.ENGLISH, Situation.REGISTRATION).summary());
    assertEquals(List.of(), SipResponse.of(180).explain(Locale.ENGLISH).hints());
    assertEquals(17, Explanation.supportedLocales().size());
  }

  @Test
  void wireFormats() {
    StatusLine line = StatusLine.parse("SIP/2.0 403 Insufficient funds\r\n");
    assertEquals(SipStatus.FORBIDDEN, line.response());
    assertEquals("Insufficient funds", line.reasonPhrase());
    RetryAfter retry = RetryAfter.parse("18000;duration=3600");
    assertEquals(Duration.ofHours(5), retry.delay());
    assertEquals(Optional.of(Duration.ofHours(1)), retry.duration());
    assertEquals(Optional.of("I'm in a meeting"), RetryAfter.parse("120 (I'm in a meeting)").comment());
    assertEquals(SipStatus.FORBIDDEN.retryAdvice(), line.response().retryAdvice(retry.delay()));
    List<Reason> reasons = Reason.parseAll("SIP;cause=200;text=\"Call completed elsewhere\", Q.850;cause=17").values();
    assertEquals(Optional.of(SipStatus.OK), reasons.get(0).sipResponse());
    assertEquals("Optional[17 User busy]", reasons.get(1).q850Cause().toString());
    Warning w = Warning.parseAll("307 isi.edu \"Session parameter 'foo' not understood\"").values().get(0);
    assertEquals(Optional.of(WarningCode.SESSION_DESCRIPTION_PARAMETER_NOT_UNDERSTOOD), w.warningCode());
  }

  @Test
  void wireFormats_wholeHeaderLines_strictMode_andPartialResults() {
    assertEquals(Reason.parseAll("Q.850;cause=21;text=\"Call rejected\""),
        Reason.parseAll("Reason: Q.850;cause=21;text=\"Call rejected\"\r\n"));
    assertEquals(1, Reason.parseAll("Q.850;cause=21;text=\"Call rejected\"").values().size());
    assertEquals("SIP/2.0 200 OK", StatusLine.parse("SIP/2.0 200 OK\n").toString());
    SipParseException strict = assertThrows(SipParseException.class,
        () -> StatusLine.parse("SIP/2.0 200 OK\n", ParseMode.STRICT));
    assertEquals(14, strict.offset());
    assertTrue(String.valueOf(strict.getMessage()).contains("at offset 14: expected no line break"));
    assertEquals("[Q.850;cause=16;text=\"NORMAL_CLEARING\"]",
        Reason.parseAll("Q.850;cause=16;text=NORMAL_CLEARING").values().toString());
    assertEquals("Optional[399 \"No agent logged in\"]",
        Warning.parseAll("399 \"No agent logged in\"").first().toString());
    assertEquals(Optional.empty(), Warning.parseAll("399 \"No agent logged in\"").first().orElseThrow().agent());

    HeaderValues<Reason> r = Reason.parseAll("SIP;cause=abc, Q.850;cause=16");
    assertEquals("[Q.850;cause=16]", r.values().toString());
    assertEquals("[\"SIP;cause=abc\" at offset 10: expected a cause number]", r.unparsed().toString());
    assertEquals(10, assertThrows(SipParseException.class,
        () -> Reason.parseAll("SIP;cause=abc, Q.850;cause=16", ParseMode.STRICT).orElseThrow()).offset());
  }

  @Test
  void wireFormats_responseHead() throws Exception {
    byte[] datagram = String.join("\r\n",
        "SIP/2.0 480 Temporarily Unavailable",
        "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds",
        "From: <sip:alice@example.com>;tag=1928301774",
        "To: <sip:bob@example.org>;tag=a6c85cf",
        "i: a84b4c76e66710@pc33.example.com",
        "CSeq: 1 INVITE",
        "Reason: Q.850;cause=18;text=\"No user responding\"",
        "Content-Length: 0",
        "",
        "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int length = datagram.length;
    ResponseHead head = ResponseHead.parse(datagram, 0, length);
    assertEquals("480 Temporarily Unavailable", head.response().toString());
    assertEquals("Optional[1 INVITE]", head.cseq().toString());
    assertEquals("[Q.850;cause=18;text=\"No user responding\"]", head.reasons().values().toString());
    assertEquals(Optional.of("a84b4c76e66710@pc33.example.com"), head.header("i"));

    javax.sip.SipFactory factory = javax.sip.SipFactory.getInstance();
    factory.setPathName("gov.nist");
    javax.sip.message.Response response = factory.createMessageFactory()
        .createResponse(new String(datagram, java.nio.charset.StandardCharsets.UTF_8));
    ResponseHead fromStack = ResponseHead.ofHeaders(response.getStatusCode(), response::getHeaders);
    assertEquals(head.reasons(), fromStack.reasons());
    assertEquals(head.cseq(), fromStack.cseq());
    java.util.Map<String, List<String>> headers = java.util.Map.of("Retry-After", List.of("120"));
    ResponseHead fromMap = ResponseHead.of(503, name -> headers.getOrDefault(name, List.of()));
    assertEquals(Optional.of(Duration.ofMinutes(2)), fromMap.retryAfter().map(RetryAfter::delay));
    assertEquals(SipStatus.SERVICE_UNAVAILABLE, fromMap.response());
  }

  @Test
  void interworkingAndSelection() {
    assertEquals("Optional[486 Busy Here]", Q850Cause.of(17).toSipResponse().toString());
    assertEquals(Optional.empty(), Q850Cause.of(16).toSipResponse());
    assertEquals(
        "Optional[20 Subscriber absent]",
        Q850Cause.fromSipResponse(SipResponse.of(480), Optional.of(Q850Cause.of(20))).toString());
    assertEquals(
        "Optional[1 Unallocated (unassigned) number]", Q850Cause.fromSipResponse(SipResponse.of(404)).toString());
    assertEquals(
        "Optional[65 Bearer capability not implemented]",
        Q850Cause.fromSipResponse(SipResponse.of(488), 305).toString());
    assertEquals(CallOutcome.BUSY, SipResponse.of(486).callOutcome());
    assertEquals(CallOutcome.OTHER_FAILURE, SipResponse.of(380).callOutcome());
    assertEquals(CallOutcome.DECLINED, CallOutcome.of(SipResponse.of(403), Q850Cause.of(21)));
    assertEquals(CallOutcome.NO_ANSWER, CallOutcome.of(SipResponse.of(480), Q850Cause.of(19)));
    assertEquals(CallOutcome.UNAVAILABLE, CallOutcome.of(SipResponse.of(480), Q850Cause.of(20)));
    assertEquals(CallOutcome.CONGESTION, CallOutcome.of(SipResponse.of(503), Q850Cause.of(34)));
    assertEquals(
        SipStatus.BUSY_HERE,
        ResponseSelection.best(List.of(SipResponse.of(486), SipResponse.of(404), SipResponse.of(480))));
    assertEquals(
        SipStatus.PROXY_AUTHENTICATION_REQUIRED,
        ResponseSelection.best(
            List.of(SipResponse.of(503), SipResponse.of(407), SipResponse.of(501), SipResponse.of(404))));
    assertEquals(SipStatus.SERVER_INTERNAL_ERROR, ResponseSelection.best(List.of(SipResponse.of(503))));
  }

  @Test
  void q850CausesForPeople_andOutcomeLabels() {
    assertEquals("No answer", Q850Cause.of(19).explain(Locale.ENGLISH).summary());
    assertEquals("Phone not reachable", Q850Cause.of(20).explain(Locale.ENGLISH).summary());
    assertEquals(Optional.of("NORMAL_CIRCUIT_CONGESTION"), Q850Cause.of(34).freeSwitchName());
    assertEquals(Optional.of("UNALLOCATED"), Q850Cause.of(1).asteriskName());
    assertEquals("Optional[16 Normal call clearing]", Q850Cause.findBySwitchName("NORMAL_CLEARING").toString());
    assertEquals("No answer", CallOutcome.NO_ANSWER.label(Locale.ENGLISH));
  }

  @Test
  void diagnosingAResponse() throws Exception {
    Diagnosis d = Diagnosis.of(SipResponse.of(480), "INVITE", RequestDirection.SENT)
        .withQ850Cause(Q850Cause.of(19))
        .withRetryAfter(Duration.ofMinutes(5));
    assertEquals(Optional.of(Situation.OUTGOING_CALL), d.situation());
    assertEquals(CallOutcome.NO_ANSWER, d.callOutcome());
    assertEquals(CallOutcome.UNAVAILABLE, SipResponse.of(480).callOutcome());
    assertEquals("CalleeReachableLater[notBefore=Optional[PT5M]]", d.retryAdvice().toString());
    Explanation e = d.explain(Locale.ENGLISH);
    assertEquals("No answer", e.summary());
    assertTrue(e.hints().containsAll(SipResponse.of(480).explain(Locale.ENGLISH, Situation.OUTGOING_CALL).hints()));
    byte[] datagram = String.join("\r\n", "SIP/2.0 480 Temporarily Unavailable", "CSeq: 1 INVITE",
        "Reason: Q.850;cause=19", "Retry-After: 300", "", "").getBytes(StandardCharsets.UTF_8);
    assertEquals(d, ResponseHead.parse(datagram).diagnosis(RequestDirection.SENT));
    assertEquals("Credentials requested",
        Diagnosis.of(SipResponse.of(401), "REGISTER", RequestDirection.SENT).explain(Locale.ENGLISH).summary());
    assertFalse(Diagnosis.of(SipResponse.of(401), "INVITE", RequestDirection.RECEIVED).explain(Locale.ENGLISH)
        .summary().equals("Credentials requested"));
  }

  /** "Add it to your build": no release yet, and the one command that installs the snapshot locally. */
  @Test
  void addItToYourBuild_saysThereIsNoReleaseYet_andHowToInstallTheSnapshot() throws Exception {
    String section = section(readme(), "## Add it to your build");
    assertTrue(section.contains("No release is on Maven Central yet"), "no promise the user cannot reproduce");
    assertTrue(section.contains("```sh\nmvn -B -ntp -pl sipcodes-core -am install -DskipTests\n```"), "the command");
    String version = Files.readString(ProviderFixture.repository().resolve("pom.xml"), StandardCharsets.UTF_8);
    int at = version.indexOf("<version>", version.indexOf("<artifactId>sipcodes-parent</artifactId>"));
    String snapshot = version.substring(at + "<version>".length(), version.indexOf("</version>", at));
    assertTrue(section.contains("<version>" + snapshot + "</version>"), "the Maven snippet names " + snapshot);
    assertTrue(section.contains(":" + snapshot + "\")"), "the Gradle snippet names " + snapshot);
  }

  @Test
  void theTextsAsAResourceBundle() {
    ResourceBundle texts = Explanation.resourceBundle(Locale.forLanguageTag("de-AT"));
    assertEquals(Locale.GERMAN, texts.getLocale());
    assertEquals("Besetzt", texts.getString("code.486.summary"));
    assertEquals("Zugangsdaten angefordert", texts.getString("code.401.registration.summary"));
  }

  /**
   * The provider shown in "Adding a language or changing a text" is the fixture that ProviderFixtureTest runs on the
   * module path and the class path, line for line, and the table under it is what that provider gives.
   */
  @Test
  void addingALanguage_showsTheFixture_andWhatItGives() throws Exception {
    String section = section(readme(), "### Adding a language or changing a text");
    List<String> blocks = codeBlocks(section);
    assertEquals(2, blocks.size(), "the provider and module-info.java");
    assertContainsEveryLine(ProviderFixture.sources().resolve("com/example/texts/NorwegianTexts.java"), blocks.get(0));
    assertContainsEveryLine(ProviderFixture.sources().resolve("module-info.java"), blocks.get(1));
    assertTrue(section.contains("`META-INF/services/io.github.sipcodes.spi.ExplanationTextProvider` holds the line\n"
        + "`com.example.texts.NorwegianTexts`"), "the services file");

    Explanation shown;
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {ProviderFixture.classes().toUri().toURL()}, ReadmeExamplesTest.class.getClassLoader())) {
      Languages languages = new Languages(Languages.OURS, ApplicationTexts.installed(loader));
      shown = languages.bundle(Locale.forLanguageTag("nb-NO")).explanation(SipStatus.BUSY_HERE, null);
    }
    assertTrue(section.contains("| locale | " + shown.locale().toLanguageTag() + " |\n"), "locale");
    assertTrue(section.contains("| summary | " + shown.summary() + " |\n"), "summary");
    assertTrue(section.contains("| description | " + shown.description() + " |\n"), "description");
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < shown.hints().size(); i++) {
      numbered.add((i + 1) + ". " + shown.hints().get(i));
    }
    assertTrue(section.contains("| hints | " + String.join("<br>", numbered) + " |\n"), "hints");
  }

  private static String readme() throws Exception {
    return Files.readString(ProviderFixture.repository().resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** From a heading to the next heading of the same or a higher level. */
  private static String section(String readme, String heading) {
    int start = readme.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, () -> "README has no " + heading);
    int end = readme.indexOf("\n## ", start + 1);
    int sub = readme.indexOf("\n### ", start + 1);
    if (sub >= 0 && (end < 0 || sub < end)) {
      end = sub;
    }
    return readme.substring(start + 1, end < 0 ? readme.length() : end + 1);
  }

  private static List<String> codeBlocks(String section) {
    List<String> blocks = new ArrayList<>();
    for (int open = section.indexOf("```java\n"); open >= 0; open = section.indexOf("```java\n", open + 1)) {
      int close = section.indexOf("\n```", open + 8);
      blocks.add(section.substring(open + 8, close));
    }
    return blocks;
  }

  private static void assertContainsEveryLine(Path source, String block) throws Exception {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    for (String line : block.split("\n", -1)) {
      if (!line.isBlank()) {
        assertTrue(text.contains(line + "\n"), () -> source.getFileName() + " lacks the README's line: " + line);
      }
    }
  }
}
