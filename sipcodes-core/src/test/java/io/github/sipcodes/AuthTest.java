package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuthTest {

  /**
   * 401 and 407 are challenges (RFC 3261 §22.2, §22.3); 403 is what providers send for bad credentials, blocked
   * addresses and unpaid balances; 494 is RFC 3329 §2.3.1; 428, 436, 437 and 438 are RFC 8224 §6.2.2.
   */
  @ParameterizedTest
  @MethodSource("io.github.sipcodes.SipResponseTest#allCodes")
  void authRelated_isExactlyTheIdentityAndCredentialCodes(int code) {
    SipResponse response = SipResponse.of(code);
    boolean related =
        switch (code) {
          case 401, 403, 407, 428, 436, 437, 438, 494 -> true;
          default -> false;
        };
    assertEquals(related, response.isAuthRelated(), response::toString);
    assertEquals(code == 401 || code == 407, response.isAuthChallenge(), response::toString);
  }
}
