package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.Situation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jspecify.annotations.Nullable;

/**
 * SIPp, an independent SIP implementation, answers from the scenarios under
 * {@code src/test/resources/io/github/sipcodes/interop/sipp/}; a JAIN-SIP UAC sends the request and sipcodes
 * classifies what comes back, held to the same {@link WireExpectations} as the JAIN-SIP UAS.
 *
 * <p>Needs {@code sipp} on the {@code PATH} (Debian package {@code sip-tester}): skipped without it, failed without it
 * when the environment variable {@code CI} is set. The timeouts only guard against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SippInteropTest {

  /** SIPp exits as soon as its one call is over; this bound is only reached if something is wrong. */
  private static final Duration SIPP_EXIT = Sipp.SELF_TIMEOUT.plusSeconds(5);

  private static @Nullable JainSipPeer uac;

  @TempDir Path workDir;
  private Path sipp;

  /** Checked per test, not per class, so that each skipped test shows the reason. */
  @BeforeEach
  void requireSippAndStartUac() throws Exception {
    sipp = Sipp.require();
    if (uac == null) {
      uac = JainSipPeer.uac();
    }
  }

  @AfterAll
  static void stopUac() {
    if (uac != null) {
      uac.close();
    }
  }

  @AfterEach
  void noStackErrors() {
    if (uac != null) {
      uac.assertNoFailures();
    }
  }

  private static JainSipPeer uac() {
    return Objects.requireNonNull(uac, "uac");
  }

  @ParameterizedTest
  @EnumSource(WireCase.class)
  void invite_sippAnswersRingingThenFinal_classifiedAsSent(WireCase sent) throws Exception {
    try (Sipp uas = Sipp.start(sipp, scenario("invite", sent), workDir)) {
      JainSipPeer.Exchange exchange = uac().send(Request.INVITE, uas.port(), "service");

      WireExpectations.assertRinging(ReceivedResponse.of(exchange.next(JainSipInteropTest.WAIT)));
      JainSipInteropTest.assertFinal(sent, Situation.OUTGOING_CALL, exchange.next(JainSipInteropTest.WAIT));
      uas.assertSucceeds(SIPP_EXIT);
    }
  }

  @Test
  void register_sippChallenges_retryWithCredentials() throws Exception {
    WireCase sent = WireCase.UNAUTHORIZED;
    try (Sipp uas = Sipp.start(sipp, scenario("register", sent), workDir)) {
      JainSipPeer.Exchange exchange = uac().send(Request.REGISTER, uas.port(), "alice");

      JainSipInteropTest.assertFinal(sent, Situation.REGISTRATION, exchange.next(JainSipInteropTest.WAIT));
      uas.assertSucceeds(SIPP_EXIT);
    }
  }

  /** The scenario file for a request method and case; checks that it sends exactly what {@link WireCase} says. */
  private static String scenario(String method, WireCase sent) throws Exception {
    String name = method + "-" + sent.code() + ".xml";
    String text = Sipp.scenarioText(name);
    assertTrue(text.contains("SIP/2.0 " + sent.code() + " " + sent.reasonPhrase() + "\n"), name + ": status line");
    for (String line : sent.headerLines()) {
      assertTrue(text.contains(" " + line + "\n"), name + " must send: " + line);
    }
    return name;
  }
}
