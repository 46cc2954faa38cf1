package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.Unreadable;

/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200): the addresses, the payload's protocol behind IPv6 extension headers
 * (hop-by-hop options, routing, destination options, fragment, §4) and IPsec AH (RFC 4302, authenticated but not
 * encrypted, so skipped), and fragments handed to the {@link FragmentReassembler}.
 *
 * <p>Tolerated: Ethernet padding after the IP packet (the IP length wins); a total length of 0 in IPv4, which
 * captures of TCP segmentation offload show (the captured length is used); an IPv6 jumbogram's payload length of 0
 * with a hop-by-hop header (likewise). Checksums are not checked: captures on the sending host often have them
 * unset, as the network card fills them in.
 */
final class InternetLayer {

  /** The most extension headers followed in one IPv6 packet. */
  static final int MAX_EXTENSION_HEADERS = 16;

  private static final int HOP_BY_HOP = 0;
  private static final int ROUTING = 43;
  private static final int FRAGMENT = 44;
  private static final int AUTHENTICATION = 51;
  private static final int NO_NEXT_HEADER = 59;
  private static final int DESTINATION_OPTIONS = 60;

  private final Emitter emitter;
  private final TransportLayer transport;
  private final FragmentReassembler fragments;
  private final FrameStamp stamp;
  private final FlowKey flow = new FlowKey();
  /** Whether the payload being read was put together from fragments: it may not hold fragments again. */
  private boolean reassembled;

  InternetLayer(Emitter emitter, TransportLayer transport, FragmentReassembler fragments, FrameStamp stamp) {
    this.emitter = emitter;
    this.transport = transport;
    this.fragments = fragments;
    this.stamp = stamp;
  }

  /**
   * Reads an IP packet.
   *
   * @param data the bytes holding it
   * @param from where the IP header starts
   * @param to where the captured bytes end
   * @param cut whether the capture cut the frame (its captured length is less than its length)
   */
  void packet(byte[] data, int from, int to, boolean cut) {
    if (to - from < 1) {
      problem(cut);
      return;
    }
    switch (data[from] >> 4 & 0x0F) {
      case 4 -> ipv4(data, from, to, cut);
      case 6 -> ipv6(data, from, to, cut);
      default -> emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
    }
  }

  private void problem(boolean cut) {
    emitter.unreadable(cut ? Unreadable.TRUNCATED_PACKET : Unreadable.MALFORMED_PACKET, stamp.number);
  }

  private void ipv4(byte[] data, int from, int to, boolean cut) {
    if (to - from < 20) {
      problem(cut);
      return;
    }
    int headerLength = (data[from] & 0x0F) * 4;
    int totalLength = Bytes.u16(data, from + 2);
    if (totalLength == 0) {
      totalLength = to - from;
    }
    if (headerLength < 20 || totalLength < headerLength) {
      emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
      return;
    }
    if (to - from < headerLength) {
      problem(cut);
      return;
    }
    if (totalLength > to - from && !cut) {
      emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
      return;
    }
    int end = Math.min(to, from + totalLength);
    int fragment = Bytes.u16(data, from + 6);
    boolean more = (fragment & 0x2000) != 0;
    int offset = (fragment & 0x1FFF) * 8;
    int protocol = data[from + 9] & 0xFF;
    flow.ipv4(Bytes.u32(data, from + 12), Bytes.u32(data, from + 16));
    int payload = from + headerLength;
    if (more || offset != 0) {
      if (end - payload < totalLength - headerLength) {
        emitter.unreadable(Unreadable.TRUNCATED_PACKET, stamp.number);
        return;
      }
      flow.identification = Bytes.u16(data, from + 4);
      flow.protocol = protocol;
      if (fragments.add(flow, offset, more, protocol, data, payload, end, stamp)) {
        flow.identification = 0;
        flow.protocol = 0;
        next(protocol, fragments.completed, 0, fragments.completedLength, fragments.completedLength, false);
      }
      return;
    }
    next(protocol, data, payload, end, totalLength - headerLength, false);
  }

  private void ipv6(byte[] data, int from, int to, boolean cut) {
    if (to - from < 40) {
      problem(cut);
      return;
    }
    int payloadLength = Bytes.u16(data, from + 4);
    int nextHeader = data[from + 6] & 0xFF;
    if (payloadLength == 0 && nextHeader == HOP_BY_HOP) {
      payloadLength = to - from - 40;
    }
    if (payloadLength > to - from - 40 && !cut) {
      emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
      return;
    }
    flow.ipv6(
        Bytes.u64(data, from + 8), Bytes.u64(data, from + 16), Bytes.u64(data, from + 24), Bytes.u64(data, from + 32));
    int payload = from + 40;
    next(nextHeader, data, payload, Math.min(to, payload + payloadLength), payloadLength, true);
  }

  /**
   * Follows extension headers to the transport.
   *
   * @param first the protocol or next header
   * @param data the bytes holding the payload
   * @param from where the payload starts
   * @param to where its captured bytes end
   * @param length its length as the IP header gives it
   * @param ipv6 whether IPv6 extension headers may come
   */
  private void next(int first, byte[] data, int from, int to, int length, boolean ipv6) {
    int header = first;
    int at = from;
    int remaining = length;
    for (int count = 0; count <= MAX_EXTENSION_HEADERS; count++) {
      int size;
      if (ipv6 && (header == HOP_BY_HOP || header == ROUTING || header == DESTINATION_OPTIONS)) {
        size = to - at < 2 ? 2 : ((data[at + 1] & 0xFF) + 1) * 8;
      } else if (header == AUTHENTICATION) {
        size = to - at < 2 ? 2 : ((data[at + 1] & 0xFF) + 2) * 4;
      } else if (ipv6 && header == FRAGMENT) {
        size = 8;
      } else if (ipv6 && header == NO_NEXT_HEADER) {
        emitter.other();
        return;
      } else {
        transport.payload(header, flow, data, at, to, remaining);
        return;
      }
      if (size > remaining) {
        emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
        return;
      }
      if (size > to - at) {
        emitter.unreadable(Unreadable.TRUNCATED_PACKET, stamp.number);
        return;
      }
      if (header == FRAGMENT) {
        fragment(data, at, to, remaining);
        return;
      }
      header = data[at] & 0xFF;
      at += size;
      remaining -= size;
    }
    emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
  }

  /** An IPv6 fragment header at {@code at} (RFC 8200 §4.5); an atomic fragment (RFC 6946) is read at once. */
  private void fragment(byte[] data, int at, int to, int remaining) {
    int nextHeader = data[at] & 0xFF;
    int field = Bytes.u16(data, at + 2);
    int offset = field & 0xFFF8;
    boolean more = (field & 1) != 0;
    if (offset == 0 && !more) {
      next(nextHeader, data, at + 8, to, remaining - 8, true);
      return;
    }
    if (reassembled) {
      emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
      return;
    }
    if (to - at < remaining) {
      emitter.unreadable(Unreadable.TRUNCATED_PACKET, stamp.number);
      return;
    }
    flow.identification = (Bytes.u32(data, at + 4) & 0xFFFF_FFFFL) | 1L << 32;
    if (fragments.add(flow, offset, more, nextHeader, data, at + 8, to, stamp)) {
      flow.identification = 0;
      reassembled = true;
      try {
        next(fragments.completedProtocol, fragments.completed, 0, fragments.completedLength,
            fragments.completedLength, true);
      } finally {
        reassembled = false;
      }
    }
  }
}
