package io.github.sipcodes.cli.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.Situation;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.ResponseHead;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hand-kept table: method and direction to situation (RFC 3261 §10, §13), Reason and Retry-After to the rest. */
class ResponseReadingTest {

  static ResponseHead head(int code, String extra) {
    return ResponseHead.parse("SIP/2.0 " + code + " x\r\nCall-ID: c\r\n" + extra + "\r\n");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "REGISTER, UNKNOWN,  REGISTRATION",
        "REGISTER, SENT,     REGISTRATION",
        "REGISTER, RECEIVED, REGISTRATION",
        "INVITE,   SENT,     INCOMING_CALL",
        "INVITE,   RECEIVED, OUTGOING_CALL",
        "INVITE,   UNKNOWN,  -",
        "OPTIONS,  SENT,     -",
        "BYE,      RECEIVED, -",
        "invite,   SENT,     -",
        "-,        SENT,     -",
      })
  void situation_fromTheMethodAndTheDirection(String method, Direction direction, Situation expected) {
    assertEquals(expected, ResponseReading.of(head(401, ""), method, direction, false).situation());
  }

  @Test
  void retryAfter_changesTheAdvice_theFirstThatParses() {
    String retryAfters = String.join("\r\n", "Retry-After: soon", "Retry-After: 30", "Retry-After: 60", "");
    ResponseReading reading = ResponseReading.of(head(503, retryAfters), "INVITE", Direction.UNKNOWN, false);
    assertEquals(Optional.of(Duration.ofSeconds(30)), reading.retryAfter());
    assertEquals("TryAlternateServer[retryThisServerAfter=Optional[PT30S]]", reading.advice().toString());
    ResponseReading without = ResponseReading.of(head(503, ""), "INVITE", Direction.UNKNOWN, false);
    assertEquals(Optional.empty(), without.retryAfter());
    assertEquals("TryAlternateServer[retryThisServerAfter=Optional.empty]", without.advice().toString());
  }

  @Test
  void aQ850Cause_decidesTheOutcome_whereItSaysMore() {
    ResponseReading rejected = ResponseReading.of(head(403, "Reason: SIP;cause=403, Q.850;cause=21\r\n"),
        "INVITE", Direction.UNKNOWN, false);
    assertEquals(Optional.of(Q850Cause.CALL_REJECTED), rejected.q850Cause());
    assertEquals(CallOutcome.DECLINED, rejected.outcome());
    assertTrue(rejected.causeIsMoreSpecific());
    ResponseReading busy = ResponseReading.of(head(486, "Reason: Q.850;cause=17\r\n"), "INVITE", Direction.UNKNOWN,
        false);
    assertEquals(CallOutcome.BUSY, busy.outcome());
    assertFalse(busy.causeIsMoreSpecific());
    ResponseReading plain = ResponseReading.of(head(480, ""), "INVITE", Direction.UNKNOWN, false);
    assertEquals(CallOutcome.UNAVAILABLE, plain.outcome());
    assertFalse(plain.causeIsMoreSpecific());
  }

  /** RFC 3326 §1, §3: a CANCEL with SIP;cause=200 ends a call answered elsewhere; its 487 is not a missed call. */
  @Test
  void a487_afterACancelSayingAnsweredElsewhere_isNotAFailure() {
    ResponseReading elsewhere = ResponseReading.of(head(487, ""), "INVITE", Direction.UNKNOWN, true);
    assertTrue(elsewhere.answeredElsewhere());
    assertFalse(elsewhere.isFailure());
    assertEquals(CallOutcome.CANCELLED, elsewhere.outcome());
    ResponseReading missed = ResponseReading.of(head(487, ""), "INVITE", Direction.UNKNOWN, false);
    assertFalse(missed.answeredElsewhere());
    assertTrue(missed.isFailure());
    assertFalse(ResponseReading.of(head(486, ""), "INVITE", Direction.UNKNOWN, true).answeredElsewhere());
    assertFalse(ResponseReading.of(head(487, ""), "BYE", Direction.UNKNOWN, true).answeredElsewhere());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "SIP;cause=200;text=\"Call completed elsewhere\" | true",
    "sip;cause=200 | true",
    "SIP;cause=487 | false",
    "Q.850;cause=16 | false",
    "SIP | false",
  })
  void meansAnsweredElsewhere(String value, boolean expected) {
    assertEquals(expected, ResponseReading.meansAnsweredElsewhere(Reason.parseAll(value).values().get(0)));
  }

  @Test
  void explain_usesTheSituation() {
    assertEquals("Credentials requested",
        ResponseReading.of(head(401, ""), "REGISTER", Direction.UNKNOWN, false).explain(Locale.ENGLISH).summary());
    assertEquals("Authentication required",
        ResponseReading.of(head(401, ""), "OPTIONS", Direction.UNKNOWN, false).explain(Locale.ENGLISH).summary());
  }
}
