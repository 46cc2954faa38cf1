package io.github.sipcodes.cli.packet;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The TCP streams of a capture, one per direction, within bounds: at most {@value #MAX_STREAMS} streams and
 * {@value #MAX_HELD_BYTES} bytes held in all; the streams used least recently give way, counted as cut when they
 * held data. A stream idle for {@value #IDLE_SECONDS} seconds of capture time is ended, so that connections that
 * were never closed in the capture do not pile up.
 */
final class TcpReassembler {

  /** The most stream directions followed at once. */
  static final int MAX_STREAMS = 8192;

  /** The most bytes held by all streams together. */
  static final long MAX_HELD_BYTES = 16 << 20;

  /** Seconds of capture time without a segment after which a stream is ended. */
  static final long IDLE_SECONDS = 600;

  private final LinkedHashMap<FlowKey, TcpStream> streams = new LinkedHashMap<>(64, 0.75f, true);
  private final Emitter emitter;
  private long held;

  TcpReassembler(Emitter emitter) {
    this.emitter = emitter;
  }

  /**
   * Reads one segment.
   *
   * @param flow the addresses and ports of the segment; copied if kept
   * @param sequence the sequence number
   * @param flags the TCP flags
   * @param data the bytes holding the payload
   * @param from where the payload starts
   * @param to where its captured bytes end
   * @param missing how many bytes of the payload the capture cut off
   * @param stamp the current frame
   */
  void segment(FlowKey flow, int sequence, int flags, byte[] data, int from, int to, int missing, FrameStamp stamp) {
    TcpStream stream = streams.get(flow);
    if (stream == null) {
      if (from == to && missing == 0 && (flags & TcpStream.SYN) == 0) {
        emitter.other();
        return;
      }
      if (streams.size() >= MAX_STREAMS) {
        evictEldest(stamp.number);
      }
      stream = new TcpStream(flow.copy(), emitter);
      streams.put(stream.key, stream);
    }
    int before = stream.held();
    stream.segment(sequence, flags, data, from, to, missing, stamp);
    held += stream.held() - before;
    if (stream.closed()) {
      held -= stream.held();
      stream.cut(stamp.number);
      streams.remove(stream.key);
    }
    expireIdle(stamp);
    while (held > MAX_HELD_BYTES && !streams.isEmpty()) {
      evictEldest(stamp.number);
    }
  }

  private void expireIdle(FrameStamp stamp) {
    Iterator<TcpStream> eldest = streams.values().iterator();
    for (int i = 0; i < 2 && eldest.hasNext(); i++) {
      TcpStream stream = eldest.next();
      if (stamp.seconds - stream.lastSeen <= IDLE_SECONDS) {
        return;
      }
      held -= stream.held();
      stream.finish(stamp.number);
      eldest.remove();
    }
  }

  private void evictEldest(long frame) {
    Iterator<TcpStream> eldest = streams.values().iterator();
    TcpStream stream = eldest.next();
    held -= stream.held();
    stream.cut(frame);
    eldest.remove();
  }

  /** Bytes held by all streams. */
  long held() {
    return held;
  }

  /** Number of streams followed. */
  int streams() {
    return streams.size();
  }

  /** Ends every stream: the capture has ended. */
  void finish() {
    for (Map.Entry<FlowKey, TcpStream> entry : streams.entrySet()) {
      entry.getValue().finish(0);
    }
    streams.clear();
    held = 0;
  }
}
