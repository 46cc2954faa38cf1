package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.CaptureTime;
import org.jspecify.annotations.Nullable;

/**
 * The number and capture time of a frame: the current frame while it is decoded, or a copy kept with buffered data
 * (an out-of-order TCP segment) so that a message gets the stamp of the frame that completed it.
 */
final class FrameStamp {

  /** {@link #fractionDigits} of a frame without a time (a pcapng simple packet block). */
  static final int NO_TIME = -1;

  long number;
  long seconds;
  int nanos;
  int fractionDigits = NO_TIME;

  void set(long number, long seconds, int nanos, int fractionDigits) {
    this.number = number;
    this.seconds = seconds;
    this.nanos = nanos;
    this.fractionDigits = fractionDigits;
  }

  void set(FrameStamp other) {
    set(other.number, other.seconds, other.nanos, other.fractionDigits);
  }

  /** The capture time, or {@code null} if the frame has none. */
  @Nullable CaptureTime time() {
    return fractionDigits == NO_TIME ? null : CaptureTime.ofEpoch(seconds, nanos, fractionDigits);
  }
}
