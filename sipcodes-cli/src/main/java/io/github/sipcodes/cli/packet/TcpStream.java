package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.SipFraming;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.cli.message.Unreadable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One direction of a TCP connection: its bytes put back in sequence order and cut into SIP messages by their
 * {@code Content-Length} (RFC 3261 §18.3; a message without one has an empty body).
 *
 * <p>Segments that come early wait, up to {@value #MAX_OUT_OF_ORDER} bytes or {@value #MAX_OUT_OF_ORDER_SEGMENTS}
 * segments or {@value #OUT_OF_ORDER_SECONDS} seconds of capture time; then the missing data is given up on
 * ({@link Unreadable#TCP_DATA_MISSING}) and reading goes on after the hole. Repeated bytes (retransmissions) are read
 * once. A message longer than {@value #MAX_MESSAGE} bytes is not buffered: it is counted as
 * {@link Unreadable#TCP_STREAM_CUT} and its bytes are skipped, so the messages after it are still read.
 *
 * <p>What the stream carries is decided by its first data: a SIP start line (after line ends, which are
 * keep-alives) makes it SIP; a TLS record header makes it TLS, counted per packet; anything else is traffic that is
 * not SIP, but a later segment that starts with a start line turns it into SIP from there (a capture that began in
 * the middle of a connection).
 */
final class TcpStream {

  /** The longest message buffered, in bytes. */
  static final int MAX_MESSAGE = 256 * 1024;

  /** The most bytes of early segments held. */
  static final int MAX_OUT_OF_ORDER = 256 * 1024;

  /** The most early segments held. */
  static final int MAX_OUT_OF_ORDER_SEGMENTS = 64;

  /** How long, in seconds of capture time, early segments wait for the data before them. */
  static final long OUT_OF_ORDER_SECONDS = 10;

  /** Buffers larger than this are released when they empty, so that idle streams stay small. */
  private static final int KEEP_BUFFER = 16 * 1024;

  static final int FIN = 0x01;
  static final int SYN = 0x02;
  static final int RST = 0x04;

  private enum Mode {
    /** No data yet. */
    NEW,
    /** SIP messages, in sync. */
    SIP,
    /** Not SIP, or out of sync: each segment is checked for a start line. */
    OTHER,
    /** TLS records: encrypted. */
    TLS
  }

  /** A segment that came before the data in front of it. */
  private static final class Early {
    final int sequence;
    final byte[] data;
    final boolean fin;
    final FrameStamp stamp = new FrameStamp();

    Early(int sequence, byte[] data, boolean fin, FrameStamp stamp) {
      this.sequence = sequence;
      this.data = data;
      this.fin = fin;
      this.stamp.set(stamp);
    }
  }

  final FlowKey key;
  private final Emitter emitter;
  private Mode mode = Mode.NEW;
  private boolean started;
  private int nextSequence;
  private byte[] buffer = new byte[0];
  private int buffered;
  private long skip;
  /**
   * What is known of the message begun at the start of the buffer, so that no byte is read twice however small the
   * segments: where to resume reading its head and the Content-Length found so far, or, once its head is complete,
   * where it ends. -1 when nothing is known.
   */
  private int resume = -1;
  private long lengthSoFar = SipFraming.ABSENT;
  private long knownEnd = -1;
  private final List<Early> early = new ArrayList<>(0);
  private int earlyBytes;
  private boolean closed;
  long lastSeen;

  TcpStream(FlowKey key, Emitter emitter) {
    this.key = key;
    this.emitter = emitter;
  }

  /** Bytes held: the start of a message not yet complete, and early segments. */
  int held() {
    return buffer.length + earlyBytes;
  }

  /** Whether the stream has ended (FIN or RST, with nothing early waiting). */
  boolean closed() {
    return closed;
  }

  /**
   * Reads one segment.
   *
   * @param sequence the sequence number
   * @param flags the TCP flags ({@link #FIN}, {@link #SYN}, {@link #RST})
   * @param data the bytes holding the payload
   * @param from where the payload starts
   * @param to where its captured bytes end
   * @param missing how many bytes of the payload the capture cut off
   * @param stamp the current frame
   */
  void segment(int sequence, int flags, byte[] data, int from, int to, int missing, FrameStamp stamp) {
    lastSeen = stamp.seconds;
    int dataSequence = (flags & SYN) != 0 ? sequence + 1 : sequence;
    if (!started) {
      started = true;
      nextSequence = dataSequence;
    } else if ((flags & SYN) != 0 && dataSequence != nextSequence) {
      // A new connection between the same ports.
      finish(stamp.number);
      mode = Mode.NEW;
      nextSequence = dataSequence;
    }
    if (!early.isEmpty() && stamp.seconds - early.get(0).stamp.seconds > OUT_OF_ORDER_SECONDS) {
      flushEarly(stamp);
    }
    int start = from;
    int length = to - from;
    if (length == 0 && missing == 0) {
      emitter.other();
      end(flags, stamp);
      return;
    }
    int offset = dataSequence - nextSequence;
    if (missing > 0) {
      emitter.unreadable(Unreadable.TRUNCATED_PACKET, stamp.number);
      if (offset + length + missing > 0) {
        lose(stamp.number, offset > 0);
        nextSequence = dataSequence + length + missing;
        drain(stamp, false);
      }
      end(flags, stamp);
      return;
    }
    if (offset > 0) {
      if (offset <= MAX_OUT_OF_ORDER && keepEarly(dataSequence, data, start, length, (flags & FIN) != 0, stamp)) {
        return;
      }
      flushEarly(stamp);
      offset = dataSequence - nextSequence;
      if (offset > 0) {
        lose(stamp.number, true);
        nextSequence = dataSequence;
        offset = 0;
      }
    }
    if (offset < 0) {
      if (offset + length <= 0) {
        emitter.other();
        end(flags, stamp);
        return;
      }
      start -= offset;
      length += offset;
    }
    deliver(data, start, start + length, stamp);
    nextSequence += length;
    drain(stamp, false);
    end(flags, stamp);
  }

  private boolean keepEarly(int sequence, byte[] data, int from, int length, boolean fin, FrameStamp stamp) {
    if (earlyBytes + length > MAX_OUT_OF_ORDER || early.size() >= MAX_OUT_OF_ORDER_SEGMENTS) {
      return false;
    }
    int at = 0;
    while (at < early.size() && early.get(at).sequence - sequence < 0) {
      at++;
    }
    if (at < early.size() && early.get(at).sequence == sequence && early.get(at).data.length >= length) {
      return true;
    }
    early.add(at, new Early(sequence, Arrays.copyOfRange(data, from, from + length), fin, stamp));
    earlyBytes += length;
    return true;
  }

  /** Reads the early segments that are now in sequence; after a hole, each with the stamp of its own frame. */
  private void drain(FrameStamp current, boolean ownStamps) {
    while (!early.isEmpty()) {
      Early next = early.get(0);
      int offset = next.sequence - nextSequence;
      if (offset > 0) {
        return;
      }
      early.remove(0);
      earlyBytes -= next.data.length;
      if (offset + next.data.length > 0) {
        deliver(next.data, -offset, next.data.length, ownStamps ? next.stamp : current);
        nextSequence = next.sequence + next.data.length;
      }
      if (next.fin && early.isEmpty()) {
        finish(current.number);
        closed = true;
      }
    }
  }

  /** Reads every early segment, giving up on the holes before them. */
  private void flushEarly(FrameStamp current) {
    while (!early.isEmpty()) {
      skipHole(current.number);
      drain(current, true);
    }
  }

  /** Gives up on the data missing before the first early segment, and jumps to it. */
  private void skipHole(long frame) {
    lose(frame, true);
    if (!early.isEmpty()) {
      nextSequence = early.get(0).sequence;
    }
  }

  /** Loses sync: a message begun is lost, counted as missing data if asked; reading resumes at a start line. */
  private void lose(long frame, boolean count) {
    if (count) {
      emitter.unreadable(Unreadable.TCP_DATA_MISSING, frame);
    }
    release();
    skip = 0;
    if (mode == Mode.SIP) {
      mode = Mode.OTHER;
    }
  }

  private void end(int flags, FrameStamp stamp) {
    if ((flags & RST) != 0 || ((flags & FIN) != 0 && early.isEmpty())) {
      finish(stamp.number);
      closed = true;
    }
  }

  /**
   * Ends the stream: early segments are read after their hole, and a message still incomplete is counted as missing
   * data.
   *
   * @param frame the current frame, or 0 at the end of the capture
   */
  void finish(long frame) {
    if (!early.isEmpty()) {
      FrameStamp end = new FrameStamp();
      end.number = frame;
      flushEarly(end);
    }
    if (buffered > SipFraming.skipLineEnds(buffer, 0, buffered) || skip > 0) {
      emitter.unreadable(Unreadable.TCP_DATA_MISSING, frame);
    }
    release();
    skip = 0;
  }

  /** Drops what is held, as when the reassembly limits are exceeded: a message begun is counted as cut. */
  void cut(long frame) {
    if (buffered > 0 || earlyBytes > 0) {
      emitter.unreadable(Unreadable.TCP_STREAM_CUT, frame);
    }
    early.clear();
    earlyBytes = 0;
    release();
  }

  private void release() {
    buffered = 0;
    resume = -1;
    lengthSoFar = SipFraming.ABSENT;
    knownEnd = -1;
    if (buffer.length > KEEP_BUFFER) {
      buffer = new byte[0];
    }
  }

  private void deliver(byte[] data, int from, int to, FrameStamp stamp) {
    switch (mode) {
      case TLS -> emitter.unreadable(Unreadable.TLS, stamp.number);
      case SIP -> sip(data, from, to, stamp);
      default -> {
        int start = SipFraming.skipLineEnds(data, from, to);
        if (start == to) {
          emitter.other();
        } else if (mode == Mode.NEW && isTlsRecord(data, start, to)) {
          mode = Mode.TLS;
          emitter.unreadable(Unreadable.TLS, stamp.number);
        } else if (SipFraming.startLineEnd(data, start, to, false) == SipFraming.NOT_SIP) {
          mode = Mode.OTHER;
          emitter.other();
        } else {
          mode = Mode.SIP;
          sip(data, start, to, stamp);
        }
      }
    }
  }

  /** A TLS record header: content type 20-23, version 3.0 to 3.4 (RFC 8446 §5.1; earlier versions likewise). */
  private static boolean isTlsRecord(byte[] data, int from, int to) {
    return to - from >= 3 && data[from] >= 20 && data[from] <= 23 && data[from + 1] == 3 && data[from + 2] <= 4;
  }

  private void sip(byte[] data, int from, int to, FrameStamp stamp) {
    int start = from;
    if (skip > 0) {
      int skipped = (int) Math.min(skip, to - start);
      skip -= skipped;
      start += skipped;
    }
    if (buffered == 0) {
      int used = frame(data, start, to, stamp);
      if (mode == Mode.SIP && used < to) {
        append(data, used, to);
      }
      return;
    }
    append(data, start, to);
    int used = frame(buffer, 0, buffered, stamp);
    if (mode != Mode.SIP) {
      release();
    } else {
      System.arraycopy(buffer, used, buffer, 0, buffered - used);
      buffered -= used;
      if (buffered == 0) {
        release();
      }
    }
  }

  private void append(byte[] data, int from, int to) {
    int length = to - from;
    if (buffered + length > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffered + length, Math.max(2048, buffer.length * 2)));
    }
    System.arraycopy(data, from, buffer, buffered, length);
    buffered += length;
  }

  /**
   * Cuts whole messages out of {@code data[from, to)}; returns where the unread rest starts. What is known of the
   * message left incomplete is kept for the next call, which finds it at the start of the buffer.
   */
  @SuppressWarnings("ReferenceEquality") // whether data is this stream's own buffer: the same array, not equal bytes
  private int frame(byte[] data, int from, int to, FrameStamp stamp) {
    int start = from;
    while (true) {
      boolean known = start == 0 && data == buffer;
      if (known && knownEnd >= 0) {
        if (knownEnd > to) {
          return start;
        }
        int end = (int) knownEnd;
        emit(data, start, end, stamp);
        start = end;
        continue;
      }
      start = SipFraming.skipLineEnds(data, start, to);
      if (start == to) {
        return to;
      }
      int lineEnd = SipFraming.startLineEnd(data, start, to, false);
      if (lineEnd == SipFraming.NOT_SIP) {
        emitter.unreadable(Unreadable.TCP_UNFRAMED, stamp.number);
        mode = Mode.OTHER;
        return to;
      }
      if (lineEnd == SipFraming.INCOMPLETE) {
        return start;
      }
      long head = known && resume > 0
          ? SipFraming.scanHead(data, resume, to, lengthSoFar)
          : SipFraming.scanHead(data, lineEnd, to, SipFraming.ABSENT);
      int headEnd = SipFraming.headEnd(head);
      if (headEnd < 0) {
        if (to - start > MAX_MESSAGE) {
          emitter.unreadable(Unreadable.TCP_STREAM_CUT, stamp.number);
          mode = Mode.OTHER;
          return to;
        }
        resume = SipFraming.resumeAt(head) - start;
        lengthSoFar = SipFraming.contentLength(head);
        return start;
      }
      long end = headEnd + Math.max(0, SipFraming.contentLength(head));
      resume = -1;
      lengthSoFar = SipFraming.ABSENT;
      if (end - start > MAX_MESSAGE) {
        emitter.unreadable(Unreadable.TCP_STREAM_CUT, stamp.number);
        skip = Math.max(0, end - to);
        start = (int) Math.min(end, to);
        continue;
      }
      if (end > to) {
        knownEnd = end - start;
        return start;
      }
      emit(data, start, (int) end, stamp);
      start = (int) end;
    }
  }

  private void emit(byte[] data, int start, int end, FrameStamp stamp) {
    knownEnd = -1;
    emitter.message(data, start, end - start, key, Transport.TCP, stamp);
  }
}
