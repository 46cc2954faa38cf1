package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exhaustive over every valid code, 100 to 699, and the edges around them. */
class SipResponseTest {

  static IntStream allCodes() {
    return IntStream.rangeClosed(100, 699);
  }

  @ParameterizedTest
  @MethodSource("allCodes")
  void of_returnsTheSameInstanceEveryTime(int code) {
    SipResponse response = SipResponse.of(code);
    assertSame(response, SipResponse.of(code));
    assertEquals(code, response.code());
    assertSame(response, SipResponse.find(code).orElseThrow());
    assertSame(SipResponse.find(code), SipResponse.find(code), "cached Optional");
    assertTrue(SipResponse.isValidCode(code));
  }

  @ParameterizedTest
  @MethodSource("allCodes")
  void of_returnsTheConstantForKnownCodes_andTheRecordOtherwise(int code) {
    SipResponse response = SipResponse.of(code);
    Optional<SipStatus> constant = SipStatus.find(code);
    if (constant.isPresent()) {
      assertSame(constant.get(), response);
    } else {
      assertEquals(new UnregisteredStatus(code), assertInstanceOf(UnregisteredStatus.class, response));
      assertFalse(response.isRegistered());
    }
  }

  @ParameterizedTest
  @MethodSource("allCodes")
  void classification_agreesWithTheHundredsDigit(int code) {
    SipResponse response = SipResponse.of(code);
    int digit = code / 100;
    assertEquals(digit, response.responseClass().digit());
    assertSame(ResponseClass.of(code), response.responseClass());
    assertEquals(digit == 1, response.isProvisional());
    assertEquals(digit == 2, response.isSuccess());
    assertEquals(digit == 3, response.isRedirect());
    assertEquals(digit == 4, response.isClientFailure());
    assertEquals(digit == 5, response.isServerFailure());
    assertEquals(digit == 6, response.isGlobalFailure());
    assertEquals(digit != 1, response.isFinal());
    assertEquals(response.isFinal(), response.responseClass().isFinal());
    assertEquals(digit >= 4, response.responseClass().isFailure());
  }

  /** RFC 3261 §8.1.3.2: unknown finals as x00 of their class, unknown provisionals as 183. */
  @ParameterizedTest
  @MethodSource("allCodes")
  void treatedAs_followsRfc3261Section8_1_3_2(int code) {
    SipResponse response = SipResponse.of(code);
    SipStatus treated = response.treatedAs();
    if (response.isRegistered()) {
      assertSame(response, treated);
    } else if (code < 200) {
      assertSame(SipStatus.SESSION_PROGRESS, treated);
    } else {
      assertEquals(code / 100 * 100, treated.code());
    }
    assertTrue(treated.isRegistered());
    assertSame(treated, treated.treatedAs(), "treatment is final after one step");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.sipcodes.ResponseSemantics#all")
  void treatedAs_isWhatTheTableSays(ResponseSemantics.Row row) {
    assertEquals(row.treatedAs(), SipResponse.of(row.code()).treatedAs().code(), row::toString);
  }

  /** The issue 12 case: a historic or unknown provisional code is acted on as 183, never as 100. */
  @Test
  void unknownProvisional_isTreatedAs183_not100() {
    assertSame(SipStatus.SESSION_PROGRESS, SipResponse.of(101).treatedAs());
    assertSame(SipStatus.SESSION_PROGRESS, ResponseClass.PROVISIONAL.unknownCodeTreatment());
    assertEquals(183, ResponseClass.PROVISIONAL.unknownCodeTreatmentCode());
  }

  @ParameterizedTest
  @MethodSource("allCodes")
  void reasonPhraseAndToString_areNeverBlank(int code) {
    SipResponse response = SipResponse.of(code);
    assertFalse(response.reasonPhrase().isBlank());
    assertEquals(code + " " + response.reasonPhrase(), response.toString());
    assertTrue(response.specification().number() > 0);
  }

  @Test
  void equality_isOnTheCode_andNoConstantEqualsARecord() {
    Set<SipResponse> seen = new HashSet<>();
    allCodes().forEach(code -> assertTrue(seen.add(SipResponse.of(code))));
    assertEquals(600, seen.size());
    assertEquals(SipResponse.of(499), new UnregisteredStatus(499));
    assertEquals(SipResponse.of(499).hashCode(), new UnregisteredStatus(499).hashCode());
    assertNotSame(SipResponse.of(499), new UnregisteredStatus(499), "equality, not ==, is the contract");
    assertNotEquals(SipResponse.of(499), SipResponse.of(498));
  }

  @ParameterizedTest
  @ValueSource(ints = {99, 700, 0, -1, 1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void of_rejectsCodesOutsideTheRange_namingTheValueAndTheRange(int code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SipResponse.of(code));
    assertEquals("Invalid SIP status code: " + code + " (expected 100-699)", e.getMessage());
    assertEquals(Optional.empty(), SipResponse.find(code));
    assertFalse(SipResponse.isValidCode(code));
    assertThrows(IllegalArgumentException.class, () -> ResponseClass.of(code));
  }

  @Test
  void userExample_503IsRetryable() {
    assertTrue(SipResponse.of(503).isRetryable());
  }

  @Test
  void unregisteredPhrases_nameTheClass() {
    assertEquals("Unknown Provisional", SipResponse.of(150).reasonPhrase());
    assertEquals("Unknown Success", SipResponse.of(299).reasonPhrase());
    assertEquals("Unknown Redirection", SipResponse.of(399).reasonPhrase());
    assertEquals("499 Unknown Client Failure", SipResponse.of(499).toString());
    assertEquals("Unknown Server Failure", SipResponse.of(599).reasonPhrase());
    assertEquals("Unknown Global Failure", SipResponse.of(699).reasonPhrase());
    assertEquals("RFC 3261 §21.4", SipResponse.of(499).specification().toString());
  }
}
