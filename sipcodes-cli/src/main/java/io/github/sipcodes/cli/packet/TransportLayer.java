package io.github.sipcodes.cli.packet;

import io.github.sipcodes.cli.message.SipFraming;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.cli.message.Unreadable;

/**
 * UDP and TCP: a UDP datagram that starts with a SIP start line (after line ends) is one message, to the end of the
 * datagram (RFC 3261 §18.3: one message per datagram); TCP segments go to their stream. Other transports that may
 * carry SIP but are not decoded are counted by kind.
 *
 * <p>The datagram is not cut at the end of the body its {@code Content-Length} gives: RFC 3261 §18.3 has the
 * receiver drop bytes after the body, and a body shorter than announced makes a response to be discarded, but these
 * are checks of the head, which the analysis reads with the library's parser; here, reading every header line of
 * every datagram would halve the speed for datagrams that are right in all but a few captures.
 */
final class TransportLayer {

  static final int UDP = 17;
  static final int TCP = 6;
  static final int SCTP = 132;
  static final int ESP = 50;
  static final int IPV4_IN_IP = 4;
  static final int IPV6_IN_IP = 41;
  static final int GRE = 47;

  private final Emitter emitter;
  private final TcpReassembler tcp;
  private final FrameStamp stamp;

  TransportLayer(Emitter emitter, TcpReassembler tcp, FrameStamp stamp) {
    this.emitter = emitter;
    this.tcp = tcp;
    this.stamp = stamp;
  }

  /**
   * Reads an IP payload.
   *
   * @param protocol the IP protocol number (IPv4) or the last next header (IPv6)
   * @param flow the packet's addresses; its ports are set here
   * @param data the bytes holding the payload
   * @param from where the payload starts
   * @param to where its captured bytes end
   * @param length the payload's length as the IP header gives it; more than {@code to - from} when the capture cut
   *     the packet
   */
  void payload(int protocol, FlowKey flow, byte[] data, int from, int to, int length) {
    switch (protocol) {
      case UDP -> udp(flow, data, from, to, length);
      case TCP -> tcp(flow, data, from, to, length);
      case SCTP -> emitter.unreadable(Unreadable.SCTP, stamp.number);
      case ESP -> emitter.unreadable(Unreadable.IPSEC, stamp.number);
      case IPV4_IN_IP, IPV6_IN_IP, GRE -> emitter.unreadable(Unreadable.TUNNEL, stamp.number);
      default -> emitter.other();
    }
  }

  private void udp(FlowKey flow, byte[] data, int from, int to, int length) {
    if (to - from < 8) {
      headerCut(to - from, length);
      return;
    }
    int udpLength = Bytes.u16(data, from + 4);
    if (udpLength < 8 || udpLength > length) {
      emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
      return;
    }
    flow.sourcePort = Bytes.u16(data, from);
    flow.destinationPort = Bytes.u16(data, from + 2);
    int end = from + udpLength;
    int start = SipFraming.skipLineEnds(data, from + 8, Math.min(end, to));
    if (end > to) {
      boolean sip = start < to && SipFraming.startLineEnd(data, start, to, false) != SipFraming.NOT_SIP;
      if (sip) {
        emitter.unreadable(Unreadable.TRUNCATED_PACKET, stamp.number);
      } else {
        emitter.other();
      }
      return;
    }
    if (start == end || SipFraming.startLineEnd(data, start, end, true) == SipFraming.NOT_SIP) {
      emitter.other();
      return;
    }
    emitter.message(data, start, end - start, flow, Transport.UDP, stamp);
  }

  private void tcp(FlowKey flow, byte[] data, int from, int to, int length) {
    if (to - from < 20) {
      headerCut(to - from, length);
      return;
    }
    int headerLength = (data[from + 12] >> 4 & 0x0F) * 4;
    if (headerLength < 20 || headerLength > length) {
      emitter.unreadable(Unreadable.MALFORMED_PACKET, stamp.number);
      return;
    }
    if (to - from < headerLength) {
      emitter.unreadable(Unreadable.TRUNCATED_PACKET, stamp.number);
      return;
    }
    flow.sourcePort = Bytes.u16(data, from);
    flow.destinationPort = Bytes.u16(data, from + 2);
    int sequence = Bytes.u32(data, from + 4);
    int flags = data[from + 13] & (TcpStream.FIN | TcpStream.SYN | TcpStream.RST);
    int missing = length - (to - from);
    tcp.segment(flow, sequence, flags, data, from + headerLength, to, missing, stamp);
  }

  /** A header that does not fit: cut by the capture if the IP header says there is more, else malformed. */
  private void headerCut(int captured, int length) {
    emitter.unreadable(
        length > captured ? Unreadable.TRUNCATED_PACKET : Unreadable.MALFORMED_PACKET, stamp.number);
  }
}
