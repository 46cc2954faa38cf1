package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Diagnosis;
import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sip.SipFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Response;
import org.junit.jupiter.api.Test;

/** The README's JAIN-SIP example, run on responses JAIN-SIP parsed from wire text. */
class ReadmeJainSipExampleTest {

  private static Response parse(String statusLine, String... extraHeaders) throws Exception {
    return parseFor("INVITE", statusLine, extraHeaders);
  }

  private static Response parseFor(String method, String statusLine, String... extraHeaders) throws Exception {
    StringBuilder wire = new StringBuilder(statusLine).append("\r\n")
        .append("Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-readme\r\n")
        .append("From: <sip:uac@127.0.0.1>;tag=1\r\n")
        .append("To: <sip:uas@127.0.0.1>;tag=2\r\n")
        .append("Call-ID: readme@127.0.0.1\r\n")
        .append("CSeq: 1 ").append(method).append("\r\n");
    for (String header : extraHeaders) {
      wire.append(header).append("\r\n");
    }
    wire.append("Content-Length: 0\r\n\r\n");
    return messageFactory().createResponse(wire.toString());
  }

  private static MessageFactory messageFactory() throws Exception {
    SipFactory factory = SipFactory.getInstance();
    factory.setPathName("gov.nist");
    return factory.createMessageFactory();
  }

  /** The README's code block is this file's code, line for line: it cannot go stale. */
  @Test
  void readme_showsTheCodeThisTestRuns() throws Exception {
    Path repository = repository();
    String readme = Files.readString(repository.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Using with JAIN-SIP and Jitsi\n");
    assertTrue(section >= 0, "README section");
    int open = readme.indexOf("```java\n", section) + "```java\n".length();
    String block = readme.substring(open, readme.indexOf("\n```", open));
    String source = Files.readString(repository.resolve(
        "sipcodes-core/src/test/java/io/github/sipcodes/interop/ReadmeJainSipExample.java"), StandardCharsets.UTF_8);
    int begin = source.indexOf("// README begin\n") + "// README begin\n".length();
    assertEquals(source.substring(begin, source.indexOf("\n// README end")), block);
    assertTrue(block.contains("import javax.sip.message.Response;"), "with its imports");
  }

  /** The repository's root: above {@code sipcodes-core/target/test-classes}. */
  private static Path repository() throws URISyntaxException {
    Path testClasses = Path.of(ReadmeJainSipExample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path target = Objects.requireNonNull(testClasses.getParent(), "target");
    Path module = Objects.requireNonNull(target.getParent(), "module");
    return Objects.requireNonNull(module.getParent(), "repository");
  }

  @Test
  void diagnose_readsEveryReasonAndWarningHeader() throws Exception {
    Response noAnswer = parse("SIP/2.0 480 Temporarily Unavailable",
        "Reason: SIP;cause=480;text=\"Temporarily Unavailable\"",
        "Warning: 399 gw1.example.com \"Subscriber not answering\"",
        "Reason: Q.850;cause=19;text=\"NO_ANSWER\"",
        "Warning: 370 gw2.example.com \"Insufficient bandwidth\", 305 gw2.example.com \"no codec\"",
        "Retry-After: 300");

    Diagnosis d = ReadmeJainSipExample.diagnose(noAnswer);

    assertEquals(Optional.of(Situation.OUTGOING_CALL), d.situation());
    assertEquals(Optional.of(Q850Cause.NO_ANSWER_FROM_USER), d.q850Cause());
    assertEquals(Optional.of(SipResponse.of(480)), d.sipCause());
    assertEquals(List.of(399, 370, 305), d.warnCodes());
    assertEquals(CallOutcome.NO_ANSWER, d.callOutcome());
    assertEquals(new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofMinutes(5))), d.retryAdvice());
    assertEquals("No answer", d.explain(Locale.ENGLISH).summary());
  }

  @Test
  void diagnose_switchedOff_isUnavailable_notNoAnswer() throws Exception {
    Diagnosis d = ReadmeJainSipExample.diagnose(
        parse("SIP/2.0 480 Temporarily Unavailable", "Reason: Q.850;cause=20"));
    assertEquals(CallOutcome.UNAVAILABLE, d.callOutcome());
  }

  @Test
  void diagnose_busyWithRetryAfter_isReachableLaterNotBeforeThatDelay() throws Exception {
    Response busy = parse("SIP/2.0 486 Busy Here", "Retry-After: 600 (in a meeting);duration=3600");

    assertEquals(new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofMinutes(10))),
        ReadmeJainSipExample.diagnose(busy).retryAdvice());
  }

  @Test
  void diagnose_busyWithoutRetryAfter_isReachableLaterWithoutATime() throws Exception {
    assertEquals(RetryAdvice.CalleeReachableLater.UNSPECIFIED,
        ReadmeJainSipExample.diagnose(parse("SIP/2.0 486 Busy Here")).retryAdvice());
  }

  @Test
  void diagnose_overloadWithRetryAfter_triesAnotherServerAndAvoidsThisOne() throws Exception {
    Response overloaded = parse("SIP/2.0 503 Service Unavailable", "Retry-After: 120");

    assertEquals(new RetryAdvice.TryAlternateServer(Optional.of(Duration.ofMinutes(2))),
        ReadmeJainSipExample.diagnose(overloaded).retryAdvice());
  }

  @Test
  void diagnose_challengeToARegister_isTheNormalFirstStep() throws Exception {
    Response challenge = parseFor("REGISTER", "SIP/2.0 401 Unauthorized",
        "WWW-Authenticate: Digest realm=\"sipcodes.test\", nonce=\"1\"");

    Diagnosis d = ReadmeJainSipExample.diagnose(challenge);
    assertEquals(Optional.of(Situation.REGISTRATION), d.situation());
    assertEquals(new RetryAdvice.RetryWithCredentials("WWW-Authenticate", "Authorization"), d.retryAdvice());
    assertEquals("Credentials requested", d.explain(Locale.ENGLISH).summary());
  }

  @Test
  void diagnose_notFound_doesNotRetry() throws Exception {
    assertSame(RetryAdvice.DoNotRetry.INSTANCE,
        ReadmeJainSipExample.diagnose(parse("SIP/2.0 404 Not Found")).retryAdvice());
  }

  @Test
  void diagnose_unknownCode_actsAsTheX00OfItsClass() throws Exception {
    // RFC 3261 §8.1.3.2: an unrecognized 4xx is treated as 400, which is not retried; an unknown 5xx as 500, which is.
    assertSame(RetryAdvice.DoNotRetry.INSTANCE,
        ReadmeJainSipExample.diagnose(parse("SIP/2.0 499 Whatever")).retryAdvice());
    assertEquals(RetryAdvice.RetryLater.UNSPECIFIED,
        ReadmeJainSipExample.diagnose(parse("SIP/2.0 599 Whatever")).retryAdvice());
  }
}
