package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.SipStatus;
import io.github.sipcodes.wire.CSeq;
import io.github.sipcodes.wire.ResponseHead;
import io.github.sipcodes.wire.Warning;
import java.util.List;
import java.util.Optional;
import javax.sip.SipFactory;
import javax.sip.message.Response;
import org.junit.jupiter.api.Test;

/**
 * A response that JAIN-SIP RI has parsed, handed to sipcodes in one line with {@code ResponseHead.ofHeaders}: every
 * Reason and Warning header is read, and the result equals what sipcodes reads from the same text.
 */
class ResponseHeadJainSipTest {

  private static final String WIRE = String.join("\r\n",
      "SIP/2.0 480 Temporarily Unavailable",
      "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-head",
      "From: <sip:uac@127.0.0.1>;tag=1",
      "To: <sip:uas@127.0.0.1>;tag=2",
      "Call-ID: head@127.0.0.1",
      "CSeq: 4 INVITE",
      "Reason: Q.850;cause=18;text=\"No user responding\"",
      "Reason: SIP;cause=480;text=\"Temporarily Unavailable\"",
      "Warning: 399 gw1.example.com \"Subscriber not answering\"",
      "Warning: 370 gw2.example.com \"Insufficient bandwidth\"",
      "Retry-After: 300",
      "Server: test-uas",
      "Content-Length: 0",
      "",
      "");

  @Test
  void ofHeaders_readsAJainSipResponse_inOneLine() throws Exception {
    SipFactory factory = SipFactory.getInstance();
    factory.setPathName("gov.nist");
    Response response = factory.createMessageFactory().createResponse(WIRE);

    ResponseHead head = ResponseHead.ofHeaders(response.getStatusCode(), response::getHeaders);

    assertEquals(SipStatus.TEMPORARILY_UNAVAILABLE, head.response());
    assertEquals(Optional.of(Q850Cause.NO_USER_RESPONDING), head.reasons().values().get(0).q850Cause());
    assertEquals(Optional.of(SipStatus.TEMPORARILY_UNAVAILABLE), head.reasons().values().get(1).sipResponse());
    assertEquals(List.of(399, 370), head.warnings().values().stream().map(Warning::code).toList());
    assertEquals(Optional.of(new CSeq(4, "INVITE")), head.cseq());
    assertEquals(Optional.of("z9hG4bK-head"), head.viaBranch());
    assertEquals(Optional.of("2"), head.toTag());
    ResponseHead fromText = ResponseHead.parse(WIRE);
    assertEquals(fromText.reasons(), head.reasons());
    assertEquals(fromText.warnings(), head.warnings());
    assertEquals(fromText.retryAfter(), head.retryAfter());
    assertEquals(fromText.callId(), head.callId());
    assertEquals(fromText.server(), head.server());
  }
}
