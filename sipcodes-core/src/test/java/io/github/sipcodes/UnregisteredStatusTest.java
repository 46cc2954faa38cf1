package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnregisteredStatusTest {

  @ParameterizedTest
  @EnumSource(SipStatus.class)
  void constructor_rejectsEveryCodeThatHasAConstant(SipStatus status) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new UnregisteredStatus(status.code()));
    assertEquals(
        "SIP status code " + status.code() + " is registered as " + status.name()
            + " (expected a code without a SipStatus constant; use SipResponse.of(" + status.code() + "))",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {99, 700, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void constructor_rejectsCodesOutsideTheRange(int code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UnregisteredStatus(code));
    assertEquals("Invalid SIP status code: " + code + " (expected 100-699)", e.getMessage());
  }

  @Test
  void unknownFinal_isTreatedAsX00_andUnknownProvisionalAs183() {
    assertEquals(SipStatus.SESSION_PROGRESS, new UnregisteredStatus(101).treatedAs());
    assertEquals(SipStatus.OK, new UnregisteredStatus(299).treatedAs());
    assertEquals(SipStatus.MULTIPLE_CHOICES, new UnregisteredStatus(399).treatedAs());
    assertEquals(SipStatus.BAD_REQUEST, new UnregisteredStatus(499).treatedAs());
    assertEquals(SipStatus.SERVER_INTERNAL_ERROR, new UnregisteredStatus(599).treatedAs());
    assertEquals(SipStatus.BUSY_EVERYWHERE, new UnregisteredStatus(699).treatedAs());
  }
}
