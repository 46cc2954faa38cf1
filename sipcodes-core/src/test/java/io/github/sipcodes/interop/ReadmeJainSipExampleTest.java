package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.sipcodes.RetryAdvice;
import java.time.Duration;
import java.util.Optional;
import javax.sip.SipFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Response;
import org.junit.jupiter.api.Test;

/** The README's JAIN-SIP lines, run on responses JAIN-SIP parsed from wire text. */
class ReadmeJainSipExampleTest {

  private static Response parse(String statusLine, String... extraHeaders) throws Exception {
    StringBuilder wire = new StringBuilder(statusLine).append("\r\n")
        .append("Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-readme\r\n")
        .append("From: <sip:uac@127.0.0.1>;tag=1\r\n")
        .append("To: <sip:uas@127.0.0.1>;tag=2\r\n")
        .append("Call-ID: readme@127.0.0.1\r\n")
        .append("CSeq: 1 INVITE\r\n");
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

  @Test
  void decide_busyWithRetryAfter_isReachableLaterNotBeforeThatDelay() throws Exception {
    Response busy = parse("SIP/2.0 486 Busy Here", "Retry-After: 600");

    assertEquals(
        new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofMinutes(10))), ReadmeJainSipExample.decide(busy));
  }

  @Test
  void decide_readsTheDelay_notTheDurationParameter() throws Exception {
    Response busy = parse("SIP/2.0 486 Busy Here", "Retry-After: 600 (in a meeting);duration=3600");

    assertEquals(
        new RetryAdvice.CalleeReachableLater(Optional.of(Duration.ofMinutes(10))), ReadmeJainSipExample.decide(busy));
  }

  @Test
  void decide_busyWithoutRetryAfter_isReachableLaterWithoutATime() throws Exception {
    assertEquals(
        RetryAdvice.CalleeReachableLater.UNSPECIFIED, ReadmeJainSipExample.decide(parse("SIP/2.0 486 Busy Here")));
  }

  @Test
  void decide_overloadWithRetryAfter_triesAnotherServerAndAvoidsThisOne() throws Exception {
    Response overloaded = parse("SIP/2.0 503 Service Unavailable", "Retry-After: 120");

    assertEquals(
        new RetryAdvice.TryAlternateServer(Optional.of(Duration.ofMinutes(2))),
        ReadmeJainSipExample.decide(overloaded));
  }

  @Test
  void decide_challenge_answersTheWwwAuthenticateHeader() throws Exception {
    Response challenge =
        parse("SIP/2.0 401 Unauthorized", "WWW-Authenticate: Digest realm=\"sipcodes.test\", nonce=\"1\"");

    assertEquals(
        new RetryAdvice.RetryWithCredentials("WWW-Authenticate", "Authorization"),
        ReadmeJainSipExample.decide(challenge));
  }

  @Test
  void decide_notFound_doesNotRetry() throws Exception {
    assertSame(RetryAdvice.DoNotRetry.INSTANCE, ReadmeJainSipExample.decide(parse("SIP/2.0 404 Not Found")));
  }

  @Test
  void decide_unknownCode_actsAsTheX00OfItsClass() throws Exception {
    // RFC 3261 §8.1.3.2: an unrecognized 4xx is treated as 400, which is not retried; an unknown 5xx as 500, which is.
    assertSame(RetryAdvice.DoNotRetry.INSTANCE, ReadmeJainSipExample.decide(parse("SIP/2.0 499 Whatever")));
    assertEquals(RetryAdvice.RetryLater.UNSPECIFIED, ReadmeJainSipExample.decide(parse("SIP/2.0 599 Whatever")));
  }
}
