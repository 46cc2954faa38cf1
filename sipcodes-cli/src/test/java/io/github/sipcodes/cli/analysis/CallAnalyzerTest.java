package io.github.sipcodes.cli.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.cli.message.CaptureTime;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.Endpoint;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.cli.message.Unreadable;
import io.github.sipcodes.cli.testing.SipMessages;
import io.github.sipcodes.wire.SipParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallAnalyzerTest {

  static final Endpoint PHONE = Endpoint.parse("192.0.2.10:5060").orElseThrow();
  static final Endpoint SERVER = Endpoint.parse("198.51.100.20:5060").orElseThrow();

  /** What the analyzer passes on. */
  static final class Listener implements AnalysisListener {
    final List<AnalyzedResponse> responses = new ArrayList<>();
    final List<String> ended = new ArrayList<>();
    final List<String> malformed = new ArrayList<>();
    final List<Unreadable> unreadable = new ArrayList<>();

    @Override
    public void response(AnalyzedResponse response) {
      responses.add(response);
    }

    @Override
    public void malformed(CapturedMessage message, SipParseException problem) {
      malformed.add(message.startLine());
    }

    @Override
    public void callEnded(String callId) {
      ended.add(callId);
    }

    @Override
    public void unreadable(Unreadable kind, long frame) {
      unreadable.add(kind);
    }
  }

  final Listener listener = new Listener();
  final CallAnalyzer analyzer = new CallAnalyzer(LocalSide.NONE, listener);
  long frame;

  void send(String message, Endpoint from, Endpoint to, long second) {
    byte[] bytes = SipMessages.bytes(message);
    analyzer.message(CapturedMessage.fromCapture(bytes, 0, bytes.length, CaptureTime.ofEpoch(second, 0, 6), from, to,
        Transport.UDP, ++frame));
  }

  static String response(int code, String callId, int cseq, String extra) {
    return SipMessages.response(code, "x", callId, cseq, extra);
  }

  @Test
  void theSameResponseAgain_isResent_andCountedOnce() {
    send(SipMessages.invite("a", 1), PHONE, SERVER, 0);
    send(response(486, "a", 1, ""), SERVER, PHONE, 1);
    send(response(486, "a", 1, ""), SERVER, PHONE, 2);
    TraceCounts counts = analyzer.finish();
    assertEquals(List.of(false, true), listener.responses.stream().map(AnalyzedResponse::resent).toList());
    assertEquals(1, counts.responses());
    assertEquals(1, counts.count(486));
    assertEquals(1, counts.resent());
    assertEquals(1, counts.requests());
    assertEquals(Map.of(CallOutcome.BUSY, 1L), counts.calls());
    assertEquals(1, counts.failedCalls().size());
    FailedCall failed = counts.failedCalls().get(0);
    assertEquals("a", failed.callId());
    assertEquals(2, failed.position());
    assertTrue(failed.inCapture());
    assertEquals(List.of("a"), listener.ended);
  }

  /** A response from another branch of a forked call has its own To tag: not the same response (RFC 3261 §16.7). */
  @Test
  void aResponseWithAnotherToTag_orInAnotherDirection_isNotResent() {
    send(response(180, "a", 1, ""), SERVER, PHONE, 0);
    send(response(180, "a", 1, "").replace("tag=b-a", "tag=other"), SERVER, PHONE, 0);
    send(response(180, "a", 1, ""), PHONE, SERVER, 0);
    send(response(180, "a", 2, ""), SERVER, PHONE, 0);
    analyzer.finish();
    assertEquals(List.of(false, false, false, false),
        listener.responses.stream().map(AnalyzedResponse::resent).toList());
  }

  /** A 407 answered with credentials, then a 200: an answered call, not a failure (RFC 3261 §22.2). */
  @Test
  void aChallengeThenSuccess_isAnAnsweredCall() {
    send(SipMessages.invite("a", 1), PHONE, SERVER, 0);
    send(response(407, "a", 1, ""), SERVER, PHONE, 0);
    send(SipMessages.invite("a", 2), PHONE, SERVER, 0);
    send(response(200, "a", 2, ""), SERVER, PHONE, 1);
    TraceCounts counts = analyzer.finish();
    assertEquals(Map.of(CallOutcome.ANSWERED, 1L), counts.calls());
    assertEquals(List.of(), counts.failedCalls());
  }

  @Test
  void aChallengeLeftUnanswered_isAFailedCall() {
    send(SipMessages.invite("a", 1), PHONE, SERVER, 0);
    send(response(407, "a", 1, ""), SERVER, PHONE, 0);
    TraceCounts counts = analyzer.finish();
    assertEquals(Map.of(CallOutcome.AUTHENTICATION_FAILED, 1L), counts.calls());
    assertEquals(407, counts.failedCalls().get(0).reading().response().code());
  }

  /** RFC 3326: the CANCEL says the call was answered elsewhere; the 487 that follows is no missed call. */
  @Test
  void aCancelWithReason200_makesThe487AnAnswerElsewhere() {
    send(SipMessages.invite("a", 1), SERVER, PHONE, 0);
    send(String.join("\r\n", "CANCEL sip:alice@192.0.2.10 SIP/2.0",
        "Via: SIP/2.0/UDP 198.51.100.20;branch=z9hG4bK-a-1", "Call-ID: a", "CSeq: 1 CANCEL",
        "Reason: SIP;cause=200;text=\"Call completed elsewhere\"", "Content-Length: 0", "", ""), SERVER, PHONE, 1);
    send(response(200, "a", 1, "").replace("1 INVITE", "1 CANCEL"), PHONE, SERVER, 1);
    send(response(487, "a", 1, ""), PHONE, SERVER, 1);
    TraceCounts counts = analyzer.finish();
    assertTrue(listener.responses.get(1).reading().answeredElsewhere());
    assertEquals(Map.of(), counts.calls());
    assertEquals(1, counts.answeredElsewhere());
    assertEquals(List.of(), counts.failedCalls());
  }

  @Test
  void aCancelWithoutThatReason_leavesA487Cancelled() {
    send(SipMessages.invite("a", 1), PHONE, SERVER, 0);
    send("CANCEL sip:bob@example.com SIP/2.0\r\nCall-ID: a\r\nCSeq: 1 CANCEL\r\nReason: Q.850;cause=16\r\n\r\n",
        PHONE, SERVER, 1);
    send(response(487, "a", 1, ""), SERVER, PHONE, 1);
    TraceCounts counts = analyzer.finish();
    assertEquals(Map.of(CallOutcome.CANCELLED, 1L), counts.calls());
    assertEquals(0, counts.answeredElsewhere());
    assertEquals(1, counts.failedCalls().size());
  }

  @Test
  void anInviteWithoutFinalResponse_isInProgress_andOtherMethodsAreNoCalls() {
    send(SipMessages.invite("a", 1), PHONE, SERVER, 0);
    send(response(180, "a", 1, ""), SERVER, PHONE, 0);
    send("OPTIONS sip:x SIP/2.0\r\nCall-ID: b\r\nCSeq: 1 OPTIONS\r\n\r\n", PHONE, SERVER, 0);
    send(response(200, "b", 1, "").replace("1 INVITE", "1 OPTIONS"), SERVER, PHONE, 0);
    TraceCounts counts = analyzer.finish();
    assertEquals(Map.of(CallOutcome.IN_PROGRESS, 1L), counts.calls());
    assertEquals(List.of("a", "b"), listener.ended);
  }

  @Test
  void aResponseWithoutCallId_isCounted_butBelongsToNoCall() {
    send("SIP/2.0 503 Service Unavailable\r\nCSeq: 1 INVITE\r\n\r\n", SERVER, PHONE, 0);
    send("SIP/2.0 503 Service Unavailable\r\nCSeq: 1 INVITE\r\n\r\n", SERVER, PHONE, 0);
    TraceCounts counts = analyzer.finish();
    assertEquals(2, counts.responses());
    assertEquals(Map.of(), counts.calls());
    assertEquals(List.of(), listener.ended);
    assertFalse(listener.responses.get(0).call().isPresent());
  }

  @Test
  void aBadStartLine_isMalformed() {
    send("SIP/2.0 99 Too Low\r\nCall-ID: a\r\n\r\n", SERVER, PHONE, 0);
    send(response(200, "a", 1, "").replace("CSeq: 1 INVITE", "CSeq: x"), SERVER, PHONE, 0);
    TraceCounts counts = analyzer.finish();
    assertEquals(1, counts.malformed());
    assertEquals(List.of("SIP/2.0 99 Too Low"), listener.malformed);
    assertEquals(1, counts.responses());
    assertEquals(null, listener.responses.get(0).cseq());
  }

  @Test
  void aCallIdleForFiveMinutes_isEnded() {
    send(SipMessages.invite("a", 1), PHONE, SERVER, 1000);
    send(SipMessages.invite("b", 1), PHONE, SERVER, 1000 + CallAnalyzer.IDLE_SECONDS - 1);
    assertEquals(List.of(), listener.ended);
    send(SipMessages.invite("c", 1), PHONE, SERVER, 1000 + CallAnalyzer.IDLE_SECONDS);
    assertEquals(List.of("a"), listener.ended);
    assertEquals(2, analyzer.followed());
    analyzer.finish();
    assertEquals(List.of("a", "b", "c"), listener.ended);
    assertEquals(Map.of(CallOutcome.IN_PROGRESS, 3L), analyzer.counts().calls());
  }

  @Test
  void atMostMaxCalls_areFollowed() {
    for (int i = 0; i <= CallAnalyzer.MAX_CALLS; i++) {
      send(SipMessages.invite("call-" + i, 1), PHONE, SERVER, 0);
    }
    assertEquals(CallAnalyzer.MAX_CALLS, analyzer.followed());
    assertEquals(List.of("call-0"), listener.ended);
  }

  @Test
  void textTraceMessages_withoutTime_areNeverIdle() {
    byte[] invite = SipMessages.bytes(SipMessages.invite("a", 1));
    analyzer.message(CapturedMessage.fromText(invite, 0, invite.length, null, null, null, Transport.UNKNOWN, 0, 1));
    send(SipMessages.invite("b", 1), PHONE, SERVER, 1_000_000);
    assertEquals(List.of(), listener.ended);
    byte[] busy = SipMessages.bytes(response(486, "a", 1, ""));
    analyzer.message(CapturedMessage.fromText(busy, 0, busy.length, null, null, null, Transport.UNKNOWN, 0, 20));
    FailedCall failed = analyzer.finish().failedCalls().get(0);
    assertFalse(failed.inCapture());
    assertEquals(20, failed.position());
    assertFalse(failed.captureTime().isPresent());
  }

  @Test
  void unreadable_isPassedOn() {
    analyzer.unreadable(Unreadable.TLS, 3);
    assertEquals(List.of(Unreadable.TLS), listener.unreadable);
  }

  @Test
  void theDirection_comesFromTheLocalSide() {
    Listener seen = new Listener();
    CallAnalyzer local = new CallAnalyzer(LocalSide.of(List.of("192.0.2.10")), seen);
    byte[] busy = SipMessages.bytes(response(486, "a", 1, ""));
    local.message(CapturedMessage.fromCapture(busy, 0, busy.length, null, SERVER, PHONE, Transport.UDP, 1));
    local.message(CapturedMessage.fromCapture(busy, 0, busy.length, null, PHONE, SERVER, Transport.UDP, 2));
    assertEquals(List.of("OUTGOING_CALL", "INCOMING_CALL"),
        seen.responses.stream().map(r -> String.valueOf(r.reading().situation())).toList());
  }
}
