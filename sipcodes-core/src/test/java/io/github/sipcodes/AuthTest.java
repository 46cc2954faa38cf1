package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuthTest {

  /** The authRelated column of the hand-kept table, and the challenges 401 and 407 (RFC 3261 §22.2, §22.3). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.sipcodes.ResponseSemantics#all")
  void authRelated_isWhatTheTableSays(ResponseSemantics.Row row) {
    SipResponse response = SipResponse.of(row.code());
    assertEquals(row.authRelated(), response.isAuthRelated(), row::toString);
    assertEquals(row.code() == 401 || row.code() == 407, response.isAuthChallenge(), row::toString);
  }

  /** No code without a constant is about authentication: they are treated as 183 or x00, none of which is. */
  @Test
  void unregisteredCodes_areNeverAuthRelated() {
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      if (SipStatus.find(code).isEmpty()) {
        assertFalse(SipResponse.of(code).isAuthRelated(), "code " + code);
        assertFalse(SipResponse.of(code).isAuthChallenge(), "code " + code);
      }
    }
  }
}
