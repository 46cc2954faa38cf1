package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.Unreadable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a capture held, counted while it is read: packets, SIP messages, traffic that is not SIP, and what could not
 * be read, by kind. Not thread-safe: the reading thread updates it.
 */
public final class TrafficCounts {

  private final EnumMap<Unreadable, long[]> unreadable = new EnumMap<>(Unreadable.class);
  private long packets;
  private long messages;
  private long other;

  /** Creates counts at zero. */
  public TrafficCounts() {
    for (Unreadable kind : Unreadable.values()) {
      unreadable.put(kind, new long[1]);
    }
  }

  void countPacket() {
    packets++;
  }

  void countMessage() {
    messages++;
  }

  void countOther() {
    other++;
  }

  void countUnreadable(Unreadable kind) {
    Objects.requireNonNull(unreadable.get(kind))[0]++;
  }

  /**
   * Frames read from the capture.
   *
   * @return the count
   */
  public long packets() {
    return packets;
  }

  /**
   * SIP messages delivered.
   *
   * @return the count
   */
  public long messages() {
    return messages;
  }

  /**
   * Packets (and reassembled datagrams) that carried traffic other than SIP: RTP, DNS, ARP, keep-alives, TCP
   * segments without data or retransmitted, data of connections that are not SIP. Normal, not a problem.
   *
   * @return the count
   */
  public long other() {
    return other;
  }

  /**
   * How often one kind of problem was met, in the kind's unit.
   *
   * @param kind the kind
   * @return the count
   */
  public long unreadable(Unreadable kind) {
    return Objects.requireNonNull(unreadable.get(kind))[0];
  }

  /**
   * The kinds met at least once, with their counts, in the order of {@link Unreadable}.
   *
   * @return an unmodifiable map
   */
  public Map<Unreadable, Long> unreadableCounts() {
    EnumMap<Unreadable, Long> counts = new EnumMap<>(Unreadable.class);
    unreadable.forEach((kind, count) -> {
      if (count[0] > 0) {
        counts.put(kind, count[0]);
      }
    });
    return Collections.unmodifiableMap(counts);
  }
}
