package io.github.sipcodes;

/**
 * The range check for status codes, in a class of its own with no static state, so that any class can use it while
 * the tables are still being built (SipStatus's constants check their codes during its initialization).
 */
final class CodeRange {

  private CodeRange() {}

  /** Returns {@code code} if it is between 100 and 699, or throws naming the value and the range. */
  static int check(int code) {
    if (code < SipResponse.MIN_CODE || code > SipResponse.MAX_CODE) {
      throw new IllegalArgumentException(
          "Invalid SIP status code: " + code + " (expected " + SipResponse.MIN_CODE + "-" + SipResponse.MAX_CODE + ")");
    }
    return code;
  }
}
