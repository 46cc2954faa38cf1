package io.github.sipcodes;

import java.util.Optional;

/** The one instance of every valid status code, built once; indexed by code so that lookup is a range check and a load. */
final class ResponseTable {

  private static final SipResponse[] BY_CODE = new SipResponse[SipResponse.MAX_CODE + 1];
  private static final Optional<?>[] FOUND = new Optional<?>[SipResponse.MAX_CODE + 1];

  static {
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      SipStatus status = SipStatus.lookup(code);
      SipResponse response = status != null ? status : new UnregisteredStatus(code);
      BY_CODE[code] = response;
      FOUND[code] = Optional.of(response);
    }
  }

  private ResponseTable() {}

  /** Returns the instance of a code already checked to be valid. */
  static SipResponse get(int code) {
    SipResponse response = BY_CODE[code];
    assert response != null : code;
    return response;
  }

  /** Returns the cached {@code Optional} of a code already checked to be valid. */
  @SuppressWarnings("unchecked") // FOUND holds only Optional<SipResponse>
  static Optional<SipResponse> found(int code) {
    return (Optional<SipResponse>) FOUND[code];
  }
}
