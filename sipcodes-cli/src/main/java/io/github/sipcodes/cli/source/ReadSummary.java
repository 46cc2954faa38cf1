package io.github.sipcodes.cli.source;

import io.github.sipcodes.cli.message.Unreadable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What reading a source found, once it has ended: its format, the counts, and whether it was cut short.
 *
 * @param format the format of the content: {@link InputFormat#PCAP}, {@link InputFormat#PCAPNG} or
 *     {@link InputFormat#TEXT}, whether or not it was gzipped
 * @param gzip whether the content was gzipped
 * @param packets frames read from a capture; 0 for a text trace
 * @param messages SIP messages delivered
 * @param other packets (or reassembled datagrams) of traffic that is not SIP: RTP, DNS, keep-alives, TCP segments
 *     without data; normal
 * @param unreadable what could not be read, by kind, only kinds met, in the order of {@link Unreadable}
 * @param truncatedAt the byte offset (in the decompressed content, for gzip) where the capture ends in the middle of
 *     a record, a block or a compressed member: everything before it was read; empty if it ends cleanly
 */
public record ReadSummary(
    InputFormat format,
    boolean gzip,
    long packets,
    long messages,
    long other,
    Map<Unreadable, Long> unreadable,
    OptionalLong truncatedAt) {

  /** Copies the map. */
  public ReadSummary {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(truncatedAt, "truncatedAt");
    EnumMap<Unreadable, Long> copy = new EnumMap<>(Unreadable.class);
    copy.putAll(unreadable);
    unreadable = Collections.unmodifiableMap(copy);
  }
}
