package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.Unreadable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Puts fragmented IPv4 and IPv6 datagrams back together (RFC 791 §3.2, RFC 8200 §4.5), within bounds: at most
 * {@value #MAX_PENDING} datagrams and {@value #MAX_PENDING_BYTES} bytes waiting, {@value #MAX_FRAGMENTS} fragments per
 * datagram, {@value #MAX_DATAGRAM} bytes per datagram, and {@value #TIMEOUT_SECONDS} seconds of capture time for the
 * fragments of one datagram to arrive (the IPv6 value of RFC 8200 §4.5, longer than the usual IPv4 timers). A
 * datagram given up on is counted as {@link Unreadable#INCOMPLETE_FRAGMENTS}, when it is given up or at the end.
 *
 * <p>Fragments may come in any order, repeated or overlapping; a later copy of a byte wins. Keys are the addresses and
 * the identification, and for IPv4 the protocol.
 */
final class FragmentReassembler {

  /** The longest datagram put back together, in bytes (the largest IPv4 total length or IPv6 payload length). */
  static final int MAX_DATAGRAM = 65_535;

  /** The most datagrams waiting for fragments at once. */
  static final int MAX_PENDING = 1024;

  /** The most bytes held for waiting datagrams. */
  static final int MAX_PENDING_BYTES = 4 << 20;

  /** The most fragments of one datagram. */
  static final int MAX_FRAGMENTS = 128;

  /** Seconds of capture time after a datagram's first fragment by which the rest must have arrived. */
  static final long TIMEOUT_SECONDS = 60;

  /** One datagram waiting for fragments. */
  private static final class Pending {
    final long firstSeen;
    byte[] data = new byte[0];
    /** Received byte ranges, start and end pairs, sorted and merged. */
    int[] ranges = new int[8];
    int rangeCount;
    int fragments;
    int totalLength = -1;
    int nextHeader = -1;

    Pending(long firstSeen) {
      this.firstSeen = firstSeen;
    }

    void add(int start, int end) {
      if (rangeCount * 2 == ranges.length) {
        ranges = Arrays.copyOf(ranges, ranges.length * 2);
      }
      ranges[rangeCount * 2] = start;
      ranges[rangeCount * 2 + 1] = end;
      rangeCount++;
      // Insertion sort by start, then merge touching or overlapping ranges.
      for (int i = rangeCount - 1; i > 0 && ranges[i * 2 - 2] > ranges[i * 2]; i--) {
        swap(i - 1, i);
      }
      int merged = 0;
      for (int i = 1; i < rangeCount; i++) {
        if (ranges[i * 2] <= ranges[merged * 2 + 1]) {
          ranges[merged * 2 + 1] = Math.max(ranges[merged * 2 + 1], ranges[i * 2 + 1]);
        } else {
          merged++;
          ranges[merged * 2] = ranges[i * 2];
          ranges[merged * 2 + 1] = ranges[i * 2 + 1];
        }
      }
      rangeCount = merged + 1;
    }

    private void swap(int a, int b) {
      int start = ranges[a * 2];
      int end = ranges[a * 2 + 1];
      ranges[a * 2] = ranges[b * 2];
      ranges[a * 2 + 1] = ranges[b * 2 + 1];
      ranges[b * 2] = start;
      ranges[b * 2 + 1] = end;
    }

    boolean complete() {
      return totalLength >= 0 && rangeCount == 1 && ranges[0] == 0 && ranges[1] == totalLength;
    }
  }

  private final LinkedHashMap<FlowKey, Pending> pending = new LinkedHashMap<>();
  private final Emitter emitter;
  private long pendingBytes;

  /** The datagram completed by the last {@link #add}, its length and its protocol or next header. */
  byte[] completed = new byte[0];

  int completedLength;
  int completedProtocol;

  FragmentReassembler(Emitter emitter) {
    this.emitter = emitter;
  }

  /**
   * Adds a fragment.
   *
   * @param key the datagram's key; copied if kept
   * @param offset where the fragment's data goes in the datagram's payload
   * @param more whether more fragments follow (MF set)
   * @param nextHeader the protocol or next header of the fragmentable part, as the fragment gives it
   * @param data the bytes holding the fragment's data
   * @param from where its data starts
   * @param to where its data ends
   * @param stamp the frame carrying it
   * @return {@code true} if the datagram is now complete, in {@link #completed}; {@code false} if more must come,
   *     or if the fragment is impossible (then counted as malformed)
   */
  boolean add(
      FlowKey key, int offset, boolean more, int nextHeader, byte[] data, int from, int to, FrameStamp stamp) {
    expire(stamp);
    int length = to - from;
    int end = offset + length;
    if (end > MAX_DATAGRAM || (more && length == 0)) {
      emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
      return false;
    }
    Pending datagram = pending.get(key);
    if (datagram == null) {
      if (pending.size() >= MAX_PENDING) {
        dropEldest(stamp.number);
      }
      datagram = new Pending(stamp.seconds);
      pending.put(key.copy(), datagram);
    }
    if (!more) {
      if (datagram.totalLength >= 0 && datagram.totalLength != end) {
        drop(key, datagram, stamp.number);
        emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
        return false;
      }
      datagram.totalLength = end;
    }
    if (offset == 0) {
      datagram.nextHeader = nextHeader;
    }
    if (++datagram.fragments > MAX_FRAGMENTS) {
      drop(key, datagram, stamp.number);
      return false;
    }
    if (end > datagram.data.length) {
      int capacity = Math.min(MAX_DATAGRAM, Math.max(end, datagram.data.length * 2));
      pendingBytes += capacity - datagram.data.length;
      datagram.data = Arrays.copyOf(datagram.data, capacity);
    }
    System.arraycopy(data, from, datagram.data, offset, length);
    datagram.add(offset, end);
    if (datagram.complete()) {
      pending.remove(key);
      pendingBytes -= datagram.data.length;
      completed = datagram.data;
      completedLength = datagram.totalLength;
      completedProtocol = datagram.nextHeader;
      return true;
    }
    while (pendingBytes > MAX_PENDING_BYTES && !pending.isEmpty()) {
      dropEldest(stamp.number);
    }
    return false;
  }

  private void expire(FrameStamp stamp) {
    Iterator<Pending> eldest = pending.values().iterator();
    while (eldest.hasNext()) {
      Pending datagram = eldest.next();
      if (stamp.seconds - datagram.firstSeen <= TIMEOUT_SECONDS) {
        return;
      }
      eldest.remove();
      pendingBytes -= datagram.data.length;
      emitter.unreadable(Unreadable.INCOMPLETE_FRAGMENTS, stamp.number);
    }
  }

  private void dropEldest(long frame) {
    Iterator<Pending> eldest = pending.values().iterator();
    Pending datagram = eldest.next();
    eldest.remove();
    pendingBytes -= datagram.data.length;
    emitter.unreadable(Unreadable.INCOMPLETE_FRAGMENTS, frame);
  }

  private void drop(FlowKey key, @Nullable Pending datagram, long frame) {
    if (datagram != null && pending.remove(key) != null) {
      pendingBytes -= datagram.data.length;
      emitter.unreadable(Unreadable.INCOMPLETE_FRAGMENTS, frame);
    }
  }

  /** Bytes held for waiting datagrams. */
  long pendingBytes() {
    return pendingBytes;
  }

  /** Counts every datagram still waiting as incomplete: the capture has ended. */
  void finish() {
    for (int i = pending.size(); i > 0; i--) {
      emitter.unreadable(Unreadable.INCOMPLETE_FRAGMENTS, 0);
    }
    pending.clear();
    pendingBytes = 0;
  }
}
