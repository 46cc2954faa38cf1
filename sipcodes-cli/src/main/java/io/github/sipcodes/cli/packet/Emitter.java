package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.MessageListener;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.cli.message.Unreadable;

/** Hands messages and problems to the listener and counts them. */
final class Emitter {

  private final MessageListener listener;
  private final TrafficCounts counts;

  Emitter(MessageListener listener, TrafficCounts counts) {
    this.listener = listener;
    this.counts = counts;
  }

  void message(byte[] data, int offset, int length, FlowKey flow, Transport transport, FrameStamp stamp) {
    counts.countMessage();
    listener.message(
        CapturedMessage.fromCapture(
            data, offset, length, stamp.time(), flow.source(), flow.destination(), transport, stamp.number));
  }

  void unreadable(Unreadable kind, long frame) {
    counts.countUnreadable(kind);
    listener.unreadable(kind, frame);
  }

  void other() {
    counts.countOther();
  }
}
