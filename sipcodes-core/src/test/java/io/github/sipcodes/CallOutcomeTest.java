package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CallOutcomeTest {

  /** The table of the CallOutcome javadoc, written out again independently. */
  static CallOutcome expected(int code) {
    CallOutcome listed =
        switch (code) {
          case 486, 600 -> CallOutcome.BUSY;
          case 603, 607, 608 -> CallOutcome.DECLINED;
          case 404, 410, 485, 604 -> CallOutcome.NOT_FOUND;
          case 408, 480 -> CallOutcome.UNAVAILABLE;
          case 487 -> CallOutcome.CANCELLED;
          case 484 -> CallOutcome.ADDRESS_INCOMPLETE;
          case 488, 580, 606 -> CallOutcome.MEDIA_MISMATCH;
          case 430, 482, 483 -> CallOutcome.NETWORK_FAILURE;
          default -> null;
        };
    if (listed != null) {
      return listed;
    }
    if (SipResponse.of(code).isAuthRelated()) {
      return CallOutcome.AUTHENTICATION_FAILED;
    }
    return new CallOutcome[] {
      CallOutcome.IN_PROGRESS, CallOutcome.ANSWERED, CallOutcome.REDIRECTED, CallOutcome.OTHER_FAILURE,
      CallOutcome.NETWORK_FAILURE, CallOutcome.OTHER_FAILURE
    }[code / 100 - 1];
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.SipResponseTest#allCodes")
  void callOutcome_followsTheDocumentedTable(int code) {
    SipResponse response = SipResponse.of(code);
    assertSame(expected(code), response.callOutcome(), response::toString);
  }

  @ParameterizedTest
  @CsvSource({
    "200, ANSWERED", "486, BUSY", "600, BUSY", "603, DECLINED", "404, NOT_FOUND", "480, UNAVAILABLE",
    "487, CANCELLED", "484, ADDRESS_INCOMPLETE", "488, MEDIA_MISMATCH", "401, AUTHENTICATION_FAILED",
    "403, AUTHENTICATION_FAILED", "302, REDIRECTED", "503, NETWORK_FAILURE", "400, OTHER_FAILURE",
    "180, IN_PROGRESS", "499, OTHER_FAILURE", "599, NETWORK_FAILURE", "699, OTHER_FAILURE"
  })
  void callOutcome_examples(int code, CallOutcome outcome) {
    assertSame(outcome, SipResponse.of(code).callOutcome());
  }

  @ParameterizedTest
  @EnumSource(CallOutcome.class)
  void isFinal_andIsFailure(CallOutcome outcome) {
    assertEquals(outcome != CallOutcome.IN_PROGRESS, outcome.isFinal());
    boolean failure = outcome != CallOutcome.IN_PROGRESS && outcome != CallOutcome.ANSWERED
        && outcome != CallOutcome.REDIRECTED;
    assertEquals(failure, outcome.isFailure());
  }
}
