package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Q850CauseTest {

  /** Hand-kept from ITU-T Q.850 (with Amendment 1): the assigned values. */
  private static final int[] ASSIGNED = {
    1, 2, 3, 4, 5, 6, 7, 8, 9, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 34, 38, 39, 40, 41,
    42, 43, 44, 46, 47, 49, 50, 53, 55, 57, 58, 62, 63, 65, 66, 69, 70, 79, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91,
    95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 111, 127
  };

  /** RFC 3398 §7.2.4.1, every row that names a response; a cause without a row gives none. */
  private static final Map<Integer, Integer> TO_SIP = new HashMap<>();

  static {
    int[][] rows = {
      {1, 404}, {2, 404}, {3, 404}, {17, 486}, {18, 408}, {19, 480}, {20, 480}, {21, 403}, {22, 410}, {23, 410},
      {26, 404}, {27, 502}, {28, 484}, {29, 501}, {31, 480}, {34, 503}, {38, 503}, {41, 503}, {42, 503}, {47, 503},
      {55, 403}, {57, 403}, {58, 503}, {65, 488}, {70, 488}, {79, 501}, {87, 403}, {88, 503}, {102, 504},
      {111, 500}, {127, 500}
    };
    for (int[] row : rows) {
      TO_SIP.put(row[0], row[1]);
    }
  }

  static IntStream allValues() {
    return IntStream.rangeClosed(1, 127);
  }

  @Test
  void constants_areExactlyTheAssignedValues_inOrder() {
    Q850Cause[] values = Q850Cause.values();
    assertEquals(ASSIGNED.length, values.length);
    for (int i = 0; i < ASSIGNED.length; i++) {
      assertEquals(ASSIGNED[i], values[i].value());
    }
  }

  @ParameterizedTest
  @MethodSource("allValues")
  void find_isExact_andOfFallsBackToTheUnspecifiedCauseOfTheClass(int value) {
    Optional<Q850Cause> found = Q850Cause.find(value);
    assertSame(found, Q850Cause.find(value), "cached Optional");
    if (found.isPresent()) {
      assertEquals(value, found.get().value());
      assertSame(found.get(), Q850Cause.of(value));
    } else {
      int unspecified = value < 32 ? 31 : (value | 0x0F);
      assertEquals(unspecified, Q850Cause.of(value).value(), () -> "of(" + value + ")");
    }
  }

  @ParameterizedTest
  @CsvSource({"13, 31", "45, 47", "48, 63", "64, 79", "80, 95", "104, 111", "112, 127", "0x0F, 31"})
  void of_unassignedValue_givesUnspecifiedOfClass(String value, int expected) {
    assertEquals(expected, Q850Cause.of(Integer.decode(value)).value());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 128, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void of_rejectsValuesOutside1To127(int value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Q850Cause.of(value));
    assertEquals("Invalid Q.850 cause value: " + value + " (expected 1-127)", e.getMessage());
    assertEquals(Optional.empty(), Q850Cause.find(value));
  }

  @ParameterizedTest
  @MethodSource("allValues")
  void toSipResponse_followsRfc3398Section7_2_4_1(int value) {
    Q850Cause cause = Q850Cause.of(value);
    Integer expected = TO_SIP.get(cause.value());
    assertEquals(
        Optional.ofNullable(expected), cause.toSipResponse().map(SipResponse::code), cause::toString);
  }

  @Test
  void toSipResponse_examplesFromTheIssue() {
    assertEquals(Optional.of(SipStatus.BUSY_HERE), Q850Cause.USER_BUSY.toSipResponse());
    assertEquals(Optional.of(SipStatus.REQUEST_TIMEOUT), Q850Cause.NO_USER_RESPONDING.toSipResponse());
    assertEquals(Optional.of(SipStatus.SERVICE_UNAVAILABLE), Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE.toSipResponse());
    assertEquals(Optional.of(SipStatus.SERVER_TIME_OUT), Q850Cause.RECOVERY_ON_TIMER_EXPIRY.toSipResponse());
    assertEquals(Optional.of(SipStatus.SERVER_INTERNAL_ERROR), Q850Cause.INTERWORKING_UNSPECIFIED.toSipResponse());
    // footnote *: a normal hang-up becomes a BYE or CANCEL, not a failure response
    assertEquals(Optional.empty(), Q850Cause.NORMAL_CALL_CLEARING.toSipResponse());
    assertEquals(Optional.empty(), Q850Cause.REQUESTED_CIRCUIT_CHANNEL_NOT_AVAILABLE.toSipResponse());
    assertEquals(Optional.empty(), Q850Cause.PREEMPTION.toSipResponse());
  }

  @Test // a 403 made from cause 21 is a rejected call; the response alone cannot tell (issue 9)
  void rejectedCall_isDeclinedWhenTheCauseCameWithTheResponse() {
    SipResponse forbidden = Q850Cause.CALL_REJECTED.toSipResponse().orElseThrow();
    assertEquals(CallOutcome.AUTHENTICATION_FAILED, forbidden.callOutcome());
    assertEquals(CallOutcome.DECLINED, CallOutcome.of(forbidden, Q850Cause.CALL_REJECTED));
  }

  @ParameterizedTest // RFC 6432 and RFC 3398 §8.2.6.1: a cause the response carried wins
  @CsvSource({"480, 20, 20", "480, 127, 127", "486, 21, 21", "487, 19, 19", "200, 16, 16", "404, 3, 3"})
  void fromSipResponse_prefersTheCauseTheResponseCarried(int code, int carried, int expected) {
    assertEquals(
        Optional.of(expected),
        Q850Cause.fromSipResponse(SipResponse.of(code), Optional.of(Q850Cause.of(carried))).map(Q850Cause::value));
  }

  @ParameterizedTest
  @CsvSource({"480, 18", "486, 17", "404, 1", "603, 21"})
  void fromSipResponse_withoutACarriedCause_mapsTheCode(int code, int expected) {
    assertEquals(
        Optional.of(expected),
        Q850Cause.fromSipResponse(SipResponse.of(code), Optional.empty()).map(Q850Cause::value));
    assertEquals(Optional.empty(), Q850Cause.fromSipResponse(SipStatus.REQUEST_TERMINATED, Optional.empty()));
  }

  /** RFC 3398 §8.2.6.1, every row; 505 is printed as "504 Version Not Supported" in the RFC. */
  @ParameterizedTest
  @CsvSource({
    "400, 41", "401, 21", "402, 21", "403, 21", "404, 1", "405, 63", "406, 79", "407, 21", "408, 102", "410, 22",
    "413, 127", "414, 127", "415, 79", "416, 127", "420, 127", "421, 127", "423, 127", "480, 18", "481, 41",
    "482, 25", "483, 25", "484, 28", "485, 1", "486, 17", "488, 31", "500, 41", "501, 79", "502, 38", "503, 41",
    "504, 102", "505, 127", "513, 127", "600, 17", "603, 21", "604, 1", "606, 31",
    "409, 31", "499, 31", "580, 31", "607, 31", "699, 31"
  })
  void fromSipResponse_followsRfc3398Section8_2_6_1(int code, int cause) {
    assertEquals(Optional.of(cause), Q850Cause.fromSipResponse(SipResponse.of(code)).map(Q850Cause::value));
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.SipResponseTest#allCodes")
  void fromSipResponse_isEmptyExactlyBelow400AndFor487(int code) {
    boolean empty = code < 400 || code == 487;
    assertEquals(empty, Q850Cause.fromSipResponse(SipResponse.of(code)).isEmpty(), () -> "code " + code);
  }

  @ParameterizedTest
  @CsvSource({
    "488, 304, 65", "488, 305, 65", "606, 304, 65", "606, 305, 65",
    "488, 307, 31", "606, 399, 31", "488, 0, 31", "486, 305, 17", "404, 304, 1"
  })
  void fromSipResponse_withWarning_choosesBearerCapabilityForMediaWarnings(int code, int warnCode, int cause) {
    assertEquals(
        Optional.of(cause), Q850Cause.fromSipResponse(SipResponse.of(code), warnCode).map(Q850Cause::value));
  }

  @Test
  void fromSipResponse_withWarning_487HasNoCause() {
    assertTrue(Q850Cause.fromSipResponse(SipStatus.REQUEST_TERMINATED, 305).isEmpty());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  void fromSipResponse_rejectsNull() {
    assertEquals("response",
        assertThrows(NullPointerException.class, () -> Q850Cause.fromSipResponse(null)).getMessage());
    assertEquals("response",
        assertThrows(NullPointerException.class, () -> Q850Cause.fromSipResponse(null, 305)).getMessage());
    assertEquals("response",
        assertThrows(NullPointerException.class, () -> Q850Cause.fromSipResponse(null, Optional.empty()))
            .getMessage());
    assertEquals("carried",
        assertThrows(NullPointerException.class, () -> Q850Cause.fromSipResponse(SipStatus.OK, nullCause()))
            .getMessage());
  }

  @Test
  void descriptions_useTheQ850Names() {
    assertEquals("1 Unallocated (unassigned) number", Q850Cause.UNALLOCATED_NUMBER.toString());
    assertEquals("Normal call clearing", Q850Cause.NORMAL_CALL_CLEARING.description());
    assertEquals("User busy", Q850Cause.USER_BUSY.description());
    assertEquals("No user responding", Q850Cause.NO_USER_RESPONDING.description());
    assertEquals("No answer from user (user alerted)", Q850Cause.NO_ANSWER_FROM_USER.description());
    assertEquals("Call rejected", Q850Cause.CALL_REJECTED.description());
    assertEquals("Normal, unspecified", Q850Cause.NORMAL_UNSPECIFIED.description());
    assertEquals("No circuit/channel available", Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE.description());
    assertEquals("Network out of order", Q850Cause.NETWORK_OUT_OF_ORDER.description());
    assertEquals("Temporary failure", Q850Cause.TEMPORARY_FAILURE.description());
    assertEquals("Recovery on timer expiry", Q850Cause.RECOVERY_ON_TIMER_EXPIRY.description());
    assertEquals("Interworking, unspecified", Q850Cause.INTERWORKING_UNSPECIFIED.description());
  }

  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  private static Optional<Q850Cause> nullCause() {
    return null;
  }
}
