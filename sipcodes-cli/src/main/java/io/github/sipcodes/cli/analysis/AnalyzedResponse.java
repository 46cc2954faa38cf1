package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.wire.CSeq;
import io.github.sipcodes.wire.ResponseHead;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A response as the analysis found it: the message with its time and addresses, its head, the call and transaction
 * it belongs to, what it means, and whether it was seen before.
 *
 * @implSpec This is an immutable and thread-safe record.
 * @param message the message as the source delivered it
 * @param head its head, read by the library's parser
 * @param callId its {@code Call-ID}, or {@code null} if it has none
 * @param cseq its {@code CSeq}, or {@code null} if it has none or it does not parse
 * @param reading what it means
 * @param resent whether the same response was seen before in its transaction (a retransmission, RFC 3261 §17.2.1):
 *     it is shown as such and counted once
 */
public record AnalyzedResponse(
    CapturedMessage message,
    ResponseHead head,
    @Nullable String callId,
    @Nullable CSeq cseq,
    ResponseReading reading,
    boolean resent) {

  /** Checks the components. */
  public AnalyzedResponse {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(reading, "reading");
  }

  /**
   * The {@code Call-ID}.
   *
   * @return the Call-ID, or empty if the response has none
   */
  public Optional<String> call() {
    return Optional.ofNullable(callId);
  }
}
