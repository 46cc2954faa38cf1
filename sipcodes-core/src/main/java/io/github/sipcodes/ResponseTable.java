package io.github.sipcodes;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one code-indexed table of the library: the instance of every valid status code, and the one cached
 * {@code Optional} of each, built once. Lookup is a range check and a load.
 *
 * <p>Initialization: the array is assigned before the static block runs. The block first puts every
 * {@link SipStatus} constant in it, then creates the {@link UnregisteredStatus} of each remaining code; the record's
 * constructor asks {@link #constant(int)} whether its code has a constant, which by then reads the filled part of
 * the array. {@link SipStatus}'s own initialization never touches this class, so there is no cycle whichever class
 * a program touches first.
 */
final class ResponseTable {

  private static final SipResponse[] BY_CODE = new SipResponse[SipResponse.MAX_CODE + 1];
  private static final Optional<?>[] FOUND = new Optional<?>[SipResponse.MAX_CODE + 1];

  static {
    for (SipStatus status : SipStatus.values()) {
      BY_CODE[status.code()] = status;
    }
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      if (BY_CODE[code] == null) {
        BY_CODE[code] = new UnregisteredStatus(code);
      }
      FOUND[code] = Optional.of(BY_CODE[code]);
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

  /**
   * Returns the cached {@code Optional} of a code's constant: the same instance {@link #found(int)} gives when the
   * code has a constant (an {@code Optional} is read-only, so the cast cannot be observed), else empty.
   */
  @SuppressWarnings("unchecked") // FOUND[code] holds a SipStatus when BY_CODE[code] is one
  static Optional<SipStatus> foundConstant(int code) {
    return BY_CODE[code] instanceof SipStatus ? (Optional<SipStatus>) FOUND[code] : Optional.empty();
  }

  /** Returns the constant of a code already checked to be valid, or {@code null} if it has none. */
  static @Nullable SipStatus findConstant(int code) {
    return BY_CODE[code] instanceof SipStatus status ? status : null;
  }

  /** Returns the constant of a code that has one, such as the x00 code of a class. */
  static SipStatus constant(int code) {
    return (SipStatus) BY_CODE[code];
  }
}
