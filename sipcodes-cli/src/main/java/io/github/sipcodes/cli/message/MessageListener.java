package io.github.sipcodes.cli.message;

/**
 * Receives what a source reads, in capture order, while it reads: every SIP message, and every part of the capture
 * that could not be read. Nothing is kept for the listener: a message not kept by it is garbage once the call
 * returns, which keeps memory bounded whatever the size of the capture.
 *
 * <p>Called on the reading thread, one call at a time.
 */
public interface MessageListener {

  /**
   * A whole SIP message.
   *
   * @param message the message
   */
  void message(CapturedMessage message);

  /**
   * Something that could not be read, reported when it is found (a TCP stream cut, a packet truncated by the
   * capture, an encrypted packet...). The counts also come in the source's summary at the end; the default does
   * nothing.
   *
   * @param kind what could not be read
   * @param frame the number of the frame where it was found, from 1; 0 when it was found at the end of the capture
   *     (fragments or stream data still waiting then)
   */
  default void unreadable(Unreadable kind, long frame) {}
}
