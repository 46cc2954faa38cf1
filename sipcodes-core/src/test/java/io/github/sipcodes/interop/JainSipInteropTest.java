package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.Diagnosis;
import io.github.sipcodes.Situation;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JAIN-SIP UAC and a JAIN-SIP UAS talk over UDP on 127.0.0.1; sipcodes classifies every {@code Response} the UAC
 * receives. The timeout only guards against a hang: a case takes a few milliseconds.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JainSipInteropTest {

  /** How long to wait for each response: far more than loopback needs, less than a UDP retransmission give-up. */
  static final Duration WAIT = Duration.ofSeconds(5);

  private static JainSipPeer uas;
  private static JainSipPeer uac;

  @BeforeAll
  static void startPeers() throws Exception {
    uas = JainSipPeer.uas();
    uac = JainSipPeer.uac();
  }

  @AfterAll
  static void stopPeers() {
    try {
      if (uac != null) {
        uac.close();
      }
    } finally {
      if (uas != null) {
        uas.close();
      }
    }
  }

  @AfterEach
  void noStackErrors() {
    uas.assertNoFailures();
    uac.assertNoFailures();
  }

  @ParameterizedTest
  @EnumSource(WireCase.class)
  void invite_ringingThenFinalResponse_areClassifiedAsSent(WireCase sent) throws Exception {
    JainSipPeer.Exchange exchange = uac.send(Request.INVITE, uas.port(), sent.user());

    WireExpectations.assertRinging(ReceivedResponse.of(exchange.next(WAIT)));
    assertFinal(sent, Situation.OUTGOING_CALL, exchange.next(WAIT));
  }

  @ParameterizedTest
  @EnumSource(WireCase.class)
  void register_finalResponse_isClassifiedAsSent(WireCase sent) throws Exception {
    JainSipPeer.Exchange exchange = uac.send(Request.REGISTER, uas.port(), sent.user());

    assertFinal(sent, Situation.REGISTRATION, exchange.next(WAIT));
  }

  /**
   * Checks a final response, and the diagnosis the README's example makes of it: the same retry advice as the full
   * reading, and everything that came with the response.
   */
  static void assertFinal(WireCase sent, Situation situation, Response response) {
    ReceivedResponse received = ReceivedResponse.of(response);
    WireExpectations.assertFinal(sent, received);
    Diagnosis diagnosis = ReadmeJainSipExample.diagnose(response);
    assertEquals(received.advice(), diagnosis.retryAdvice());
    WireExpectations.assertDiagnosis(sent, situation, diagnosis);
  }
}
