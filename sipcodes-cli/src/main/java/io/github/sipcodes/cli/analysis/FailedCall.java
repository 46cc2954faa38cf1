package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.cli.message.CaptureTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A call that was not answered, with the final response that ended its last attempt.
 *
 * @implSpec This is an immutable and thread-safe record.
 * @param time when the final response was captured, or {@code null} if the source does not say
 * @param position where the final response was found: a frame number in a capture, a line number in a text trace
 * @param inCapture whether {@code position} is a frame number (else a line number)
 * @param callId the call's {@code Call-ID}
 * @param reading what the final response means
 */
public record FailedCall(
    @Nullable CaptureTime time, long position, boolean inCapture, String callId, ResponseReading reading) {

  /** Checks the components. */
  public FailedCall {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(reading, "reading");
  }

  /**
   * When the final response was captured.
   *
   * @return the time, or empty if the source does not say
   */
  public Optional<CaptureTime> captureTime() {
    return Optional.ofNullable(time);
  }
}
