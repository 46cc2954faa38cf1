package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Diagnosis;
import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.RequestDirection;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ResponseHead#diagnosis}: a whole response read into the model's {@link Diagnosis}. */
class ResponseHeadDiagnosisTest {

  private static String response(String... lines) {
    return String.join("\r\n", lines) + "\r\n\r\n";
  }

  @Test
  void everythingThatCameWithTheResponse_isRead() {
    ResponseHead head = ResponseHead.parse(response(
        "SIP/2.0 480 Temporarily Unavailable",
        "CSeq: 7 INVITE",
        "Warning: 399 sbc.example.net \"Trunk busy\", 370 sbc.example.net \"Bandwidth\"",
        "Reason: SIP;cause=486;text=\"Busy\"",
        "Reason: Q.850;cause=19;text=\"NO_ANSWER\"",
        "Warning: 305 \"no codec\"",
        "Retry-After: 120 (back soon)"));
    Diagnosis expected = Diagnosis.of(SipResponse.of(480), Situation.OUTGOING_CALL)
        .withRetryAfter(Duration.ofMinutes(2))
        .withQ850Cause(Q850Cause.NO_ANSWER_FROM_USER)
        .withSipCause(SipResponse.of(486))
        .withWarnCodes(List.of(399, 370, 305));
    assertEquals(expected, head.diagnosis(RequestDirection.SENT));
    assertEquals(CallOutcome.NO_ANSWER, head.diagnosis(RequestDirection.SENT).callOutcome());
    assertEquals(Optional.of(Situation.INCOMING_CALL), head.diagnosis(RequestDirection.RECEIVED).situation());
    assertEquals(expected.withSituation(Situation.REGISTRATION), head.diagnosis(Situation.REGISTRATION));
  }

  @Test
  void theFirstCauseOfEachProtocolCounts_andPartsThatDoNotParseAreLeftOut() {
    ResponseHead head = ResponseHead.parse(response(
        "SIP/2.0 503 Service Unavailable",
        "CSeq: 2 REGISTER",
        "Reason: Q.850;cause=34, Q.850;cause=41, garbage;;, SIP;cause=999, SIP;cause=503",
        "Warning: 399 \"ok\", nonsense, 305 host \"x\""));
    Diagnosis d = head.diagnosis(RequestDirection.SENT);
    assertEquals(Optional.of(Situation.REGISTRATION), d.situation());
    assertEquals(Optional.of(Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE), d.q850Cause());
    assertEquals(Optional.of(SipResponse.of(503)), d.sipCause());
    assertEquals(List.of(399, 305), d.warnCodes());
    assertEquals(CallOutcome.CONGESTION, d.callOutcome());
  }

  @Test
  void aBadCSeqOrRetryAfter_countsAsAbsent() {
    ResponseHead head = ResponseHead.parse(response(
        "SIP/2.0 486 Busy Here",
        "CSeq: INVITE",
        "Retry-After: soon",
        "Reason: Q.850;cause=17"));
    assertThrows(SipParseException.class, head::cseq);
    Diagnosis d = head.diagnosis(RequestDirection.SENT);
    assertEquals(Diagnosis.of(SipResponse.of(486)).withQ850Cause(Q850Cause.USER_BUSY), d);
  }

  /** A device that sends a bad Retry-After and then a good one: the delay is the first that parses. */
  @Test
  void severalRetryAfter_theFirstThatParsesCounts() {
    ResponseHead head = ResponseHead.parse(response(
        "SIP/2.0 503 Service Unavailable",
        "CSeq: 1 INVITE",
        "Retry-After: soon",
        "Retry-After: 90",
        "Retry-After: 30"));
    assertThrows(SipParseException.class, head::retryAfter);
    assertEquals(Optional.of(Duration.ofSeconds(90)), head.diagnosis(RequestDirection.SENT).retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(90)), head.diagnosis(Situation.REGISTRATION).retryAfter());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void aResponseWithNothingElse_isTheCodeAlone() {
    ResponseHead head = ResponseHead.parse(response("SIP/2.0 404 Not Found", "CSeq: 1 OPTIONS"));
    assertEquals(Diagnosis.of(SipResponse.of(404)), head.diagnosis(RequestDirection.SENT));
    assertThrows(NullPointerException.class, () -> head.diagnosis((RequestDirection) null));
    assertThrows(NullPointerException.class, () -> head.diagnosis((Situation) null));
  }

  @Test
  void fromAStacksHeaders_theSame() {
    Map<String, List<String>> headers = Map.of(
        "CSeq", List.of("CSeq: 1 INVITE\r\n"),
        "Reason", List.of("Reason: Q.850;cause=20\r\n", "Reason: SIP;cause=480\r\n"),
        "Warning", List.of("Warning: 399 gw \"Subscriber absent\"\r\n"));
    ResponseHead head = ResponseHead.of(480, name -> headers.getOrDefault(name, List.of()));
    Diagnosis d = head.diagnosis(RequestDirection.SENT);
    assertEquals(Diagnosis.of(SipResponse.of(480), Situation.OUTGOING_CALL)
        .withQ850Cause(Q850Cause.SUBSCRIBER_ABSENT).withSipCause(SipResponse.of(480)).withWarnCodes(List.of(399)), d);
    assertEquals(CallOutcome.UNAVAILABLE, d.callOutcome());
  }
}
