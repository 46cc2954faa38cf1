package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.Endpoint;
import org.jspecify.annotations.Nullable;

/**
 * The addresses and ports of one direction of a flow: the key of a TCP stream and, with an identification, of a
 * fragmented datagram. One mutable instance describes the packet being decoded and probes the tables without
 * allocating; {@link #copy()} makes the instance a table keeps.
 */
final class FlowKey {

  boolean ipv6;
  long sourceHigh;
  long sourceLow;
  long destinationHigh;
  long destinationLow;
  int sourcePort;
  int destinationPort;
  /** For fragments: the IP identification; 0 for streams. */
  long identification;
  /** For IPv4 fragments: the protocol; 0 otherwise. */
  int protocol;

  void ipv4(int source, int destination) {
    ipv6 = false;
    sourceHigh = 0;
    sourceLow = source & 0xFFFF_FFFFL;
    destinationHigh = 0;
    destinationLow = destination & 0xFFFF_FFFFL;
    sourcePort = 0;
    destinationPort = 0;
    identification = 0;
    protocol = 0;
  }

  void ipv6(long sourceHigh, long sourceLow, long destinationHigh, long destinationLow) {
    this.ipv6 = true;
    this.sourceHigh = sourceHigh;
    this.sourceLow = sourceLow;
    this.destinationHigh = destinationHigh;
    this.destinationLow = destinationLow;
    sourcePort = 0;
    destinationPort = 0;
    identification = 0;
    protocol = 0;
  }

  Endpoint source() {
    return ipv6 ? Endpoint.ipv6(sourceHigh, sourceLow, sourcePort) : Endpoint.ipv4((int) sourceLow, sourcePort);
  }

  Endpoint destination() {
    return ipv6
        ? Endpoint.ipv6(destinationHigh, destinationLow, destinationPort)
        : Endpoint.ipv4((int) destinationLow, destinationPort);
  }

  FlowKey copy() {
    FlowKey copy = new FlowKey();
    copy.ipv6 = ipv6;
    copy.sourceHigh = sourceHigh;
    copy.sourceLow = sourceLow;
    copy.destinationHigh = destinationHigh;
    copy.destinationLow = destinationLow;
    copy.sourcePort = sourcePort;
    copy.destinationPort = destinationPort;
    copy.identification = identification;
    copy.protocol = protocol;
    return copy;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FlowKey that
        && sourceLow == that.sourceLow
        && destinationLow == that.destinationLow
        && sourcePort == that.sourcePort
        && destinationPort == that.destinationPort
        && identification == that.identification
        && sourceHigh == that.sourceHigh
        && destinationHigh == that.destinationHigh
        && protocol == that.protocol
        && ipv6 == that.ipv6;
  }

  @Override
  public int hashCode() {
    long hash = sourceLow * 0x9E37_79B9_7F4A_7C15L;
    hash = (hash ^ destinationLow) * 0x9E37_79B9_7F4A_7C15L;
    hash = (hash ^ sourceHigh ^ destinationHigh << 1) * 0x9E37_79B9_7F4A_7C15L;
    hash ^= (long) sourcePort << 16 ^ destinationPort ^ identification << 32 ^ protocol;
    return Long.hashCode(hash * 0x9E37_79B9_7F4A_7C15L);
  }
}
