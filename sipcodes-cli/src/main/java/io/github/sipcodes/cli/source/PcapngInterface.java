package io.github.sipcodes.cli.source;

import io.github.sipcodes.cli.message.CaptureTime;

/**
 * One interface of a pcapng section, from its Interface Description Block: the link type of its packets, its
 * snapshot length, and how its timestamps count ({@code if_tsresol}, {@code if_tsoffset}).
 *
 * <p>{@code if_tsresol} is a byte: with the high bit clear, the unit is 10 to the minus the rest (6, microseconds,
 * when the option is absent); with it set, 2 to the minus the rest. A timestamp is a 64-bit count of units since
 * 1970-01-01T00:00:00Z, plus {@code if_tsoffset} seconds.
 *
 * @param linkType the {@code LINKTYPE_} number
 * @param snapLength the most bytes captured per packet, 0 for no limit
 * @param resolution the {@code if_tsresol} byte
 * @param offsetSeconds the {@code if_tsoffset} value
 */
record PcapngInterface(int linkType, int snapLength, int resolution, long offsetSeconds) {

  /** The {@code if_tsresol} of an interface without one: microseconds. */
  static final int MICROSECONDS = 6;

  /** The finest decimal unit read, 10^-18 s; finer ones do not fit the 64-bit arithmetic. */
  static final int MAX_DECIMAL_EXPONENT = 18;

  /** The finest binary unit read, 2^-63 s. */
  static final int MAX_BINARY_EXPONENT = 63;

  /** Whether the timestamps of this interface can be read. */
  boolean readableResolution() {
    int exponent = resolution & 0x7F;
    return (resolution & 0x80) == 0 ? exponent <= MAX_DECIMAL_EXPONENT : exponent <= MAX_BINARY_EXPONENT;
  }

  /** The precision in decimal digits: 6 for microseconds, 9 for nanoseconds and finer, 1 for 2^-3 s. */
  int fractionDigits() {
    int exponent = resolution & 0x7F;
    if ((resolution & 0x80) == 0) {
      return Math.min(exponent, CaptureTime.MAX_FRACTION_DIGITS);
    }
    // The decimal digits needed to tell 2^-n s apart: ceil(n * log10(2)).
    return Math.min(CaptureTime.MAX_FRACTION_DIGITS, (exponent * 30_103 + 99_999) / 100_000);
  }

  /** The whole seconds of a timestamp, before {@link #offsetSeconds()}: an unsigned value that fits a long. */
  long seconds(long timestamp) {
    int exponent = resolution & 0x7F;
    if ((resolution & 0x80) != 0) {
      return timestamp >>> exponent;
    }
    return Long.divideUnsigned(timestamp, pow10(exponent));
  }

  /** The nanoseconds within the second of a timestamp, truncated. */
  int nanos(long timestamp) {
    int exponent = resolution & 0x7F;
    if ((resolution & 0x80) != 0) {
      if (exponent == 0) {
        return 0;
      }
      long fraction = timestamp & (-1L >>> (64 - exponent));
      int shift = exponent;
      if (shift > 30) {
        fraction >>>= shift - 30;
        shift = 30;
      }
      return (int) ((fraction * 1_000_000_000L) >>> shift);
    }
    long fraction = Long.remainderUnsigned(timestamp, pow10(exponent));
    return (int) (exponent >= 9 ? fraction / pow10(exponent - 9) : fraction * pow10(9 - exponent));
  }

  private static long pow10(int exponent) {
    long value = 1;
    for (int i = 0; i < exponent; i++) {
      value *= 10;
    }
    return value;
  }
}
