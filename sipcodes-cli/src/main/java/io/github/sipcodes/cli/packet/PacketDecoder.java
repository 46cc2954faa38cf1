package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.MessageListener;
import io.github.sipcodes.cli.message.Unreadable;

/**
 * Turns captured frames into SIP messages: link layer, IP, UDP and TCP, with IP fragments and TCP streams put back
 * together, and SIP found by content on any port. Messages go to the listener as soon as they are complete, in
 * capture order; what cannot be read is counted ({@link #counts()}) and reported to the listener.
 *
 * <p>Memory is bounded whatever the capture: frames are read where they lie (in the reader's buffer), and only the
 * pieces of fragmented datagrams and of TCP messages not yet complete are kept, within the limits of
 * {@link FragmentReassembler} and {@link TcpReassembler}.
 *
 * <p>Not thread-safe: one decoder reads one capture, frame after frame, then {@link #finish()}.
 */
public final class PacketDecoder {

  /** The most bytes held between frames for reassembly: fragments and TCP streams together. */
  public static final long MAX_HELD_BYTES = FragmentReassembler.MAX_PENDING_BYTES + TcpReassembler.MAX_HELD_BYTES;

  private final TrafficCounts counts = new TrafficCounts();
  private final FrameStamp stamp = new FrameStamp();
  private final Emitter emitter;
  private final FragmentReassembler fragments;
  private final TcpReassembler tcp;
  private final InternetLayer internet;

  /**
   * Creates a decoder.
   *
   * @param listener receives the messages and the problems
   */
  public PacketDecoder(MessageListener listener) {
    emitter = new Emitter(listener, counts);
    fragments = new FragmentReassembler(emitter);
    tcp = new TcpReassembler(emitter);
    internet = new InternetLayer(emitter, new TransportLayer(emitter, tcp, stamp), fragments, stamp);
  }

  /**
   * Reads one frame.
   *
   * @param linkType the frame's {@code LINKTYPE_} number ({@link LinkLayer})
   * @param data the bytes holding the frame; read during the call only
   * @param offset where the frame starts
   * @param capturedLength how many bytes of the frame were captured
   * @param originalLength how long the frame was on the wire
   * @param number the frame's number, from 1
   * @param seconds the capture time, in seconds since 1970-01-01T00:00:00Z
   * @param nanos the nanoseconds within the second
   * @param fractionDigits the precision of the time in decimal digits of a second, or -1 if the frame has no time
   */
  public void frame(
      int linkType,
      byte[] data,
      int offset,
      int capturedLength,
      int originalLength,
      long number,
      long seconds,
      int nanos,
      int fractionDigits) {
    counts.countPacket();
    stamp.set(number, seconds, nanos, fractionDigits);
    int end = offset + capturedLength;
    boolean cut = originalLength > capturedLength;
    int ip = LinkLayer.ipOffset(linkType, data, offset, end);
    switch (ip) {
      case LinkLayer.NOT_IP -> emitter.other();
      case LinkLayer.TOO_SHORT -> emitter.unreadable(
          cut ? Unreadable.TRUNCATED_PACKET : Unreadable.MALFORMED_PACKET, number);
      case LinkLayer.UNKNOWN_LINK_TYPE -> emitter.unreadable(Unreadable.UNKNOWN_LINK_TYPE, number);
      default -> internet.packet(data, ip, end, cut);
    }
  }

  /**
   * Ends the capture: fragments and TCP data still waiting are read or counted as incomplete.
   */
  public void finish() {
    fragments.finish();
    tcp.finish();
  }

  /**
   * What was read so far.
   *
   * @return the live counts
   */
  public TrafficCounts counts() {
    return counts;
  }

  /**
   * Bytes held for reassembly between frames: fragments waiting for the rest of their datagram, TCP messages not yet
   * complete and early TCP segments.
   *
   * @return at most {@link #MAX_HELD_BYTES}
   */
  public long heldBytes() {
    return fragments.pendingBytes() + tcp.held();
  }
}
