package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.Unreadable;
import io.github.sipcodes.wire.SipParseException;

/**
 * Receives what the {@link CallAnalyzer} finds, in capture order, while the source is read.
 *
 * <p>Called on the reading thread, one call at a time.
 */
public interface AnalysisListener {

  /**
   * A response.
   *
   * @param response the response and what it means
   */
  void response(AnalyzedResponse response);

  /**
   * A message whose start line looks like a status line but is not a valid one, or whose head cannot be read.
   *
   * @param message the message
   * @param problem what is wrong, with where
   */
  default void malformed(CapturedMessage message, SipParseException problem) {}

  /**
   * A call the analysis stops following: no message for a while, too many calls at once, or the end of the source.
   * Responses with its Call-ID that come later start it again.
   *
   * @param callId the Call-ID
   */
  default void callEnded(String callId) {}

  /**
   * Something of the source that could not be read, when it is found ({@link
   * io.github.sipcodes.cli.message.MessageListener#unreadable(Unreadable, long)}).
   *
   * @param kind what could not be read
   * @param frame the frame where it was found, or 0 at the end of the capture
   */
  default void unreadable(Unreadable kind, long frame) {}
}
