package io.github.sipcodes.cli.testing;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds packets for tests, layer by layer: UDP and TCP segments, IPv4 and IPv6 packets (with extension headers and
 * fragments), and the link-layer headers of each link type. Checksums are computed, so that Wireshark finds nothing
 * to complain about. Addresses are IP literals.
 */
public final class Packets {

  public static final int UDP = 17;
  public static final int TCP = 6;

  public static final int FIN = 0x01;
  public static final int SYN = 0x02;
  public static final int RST = 0x04;
  public static final int PSH = 0x08;
  public static final int ACK = 0x10;

  private Packets() {}

  /** The bytes of an IP literal: 4 for IPv4, 16 for IPv6. */
  public static byte[] address(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }

  /** A UDP datagram (header and payload); the checksum covers the pseudo-header of the two addresses. */
  public static byte[] udp(String source, int sourcePort, String destination, int destinationPort, byte[] payload) {
    byte[] segment = new byte[8 + payload.length];
    put16(segment, 0, sourcePort);
    put16(segment, 2, destinationPort);
    put16(segment, 4, segment.length);
    System.arraycopy(payload, 0, segment, 8, payload.length);
    int checksum = transportChecksum(source, destination, UDP, segment);
    put16(segment, 6, checksum == 0 ? 0xFFFF : checksum);
    return segment;
  }

  /** A TCP segment with a 20-byte header, acknowledgement number 0 and a window of 65535. */
  public static byte[] tcp(
      String source, int sourcePort, String destination, int destinationPort, long sequence, int flags,
      byte[] payload) {
    byte[] segment = new byte[20 + payload.length];
    put16(segment, 0, sourcePort);
    put16(segment, 2, destinationPort);
    put32(segment, 4, (int) sequence);
    segment[12] = 0x50;
    segment[13] = (byte) flags;
    put16(segment, 14, 0xFFFF);
    System.arraycopy(payload, 0, segment, 20, payload.length);
    put16(segment, 16, transportChecksum(source, destination, TCP, segment));
    return segment;
  }

  /** An IPv4 packet, not fragmented (DF clear). */
  public static byte[] ipv4(String source, String destination, int protocol, byte[] payload) {
    return ipv4(source, destination, protocol, 0x1234, 0, false, payload);
  }

  /** An IPv4 packet or fragment: {@code offset} in bytes (a multiple of 8), {@code more} the MF flag. */
  public static byte[] ipv4(
      String source, String destination, int protocol, int identification, int offset, boolean more,
      byte[] payload) {
    byte[] packet = new byte[20 + payload.length];
    packet[0] = 0x45;
    put16(packet, 2, packet.length);
    put16(packet, 4, identification);
    put16(packet, 6, (more ? 0x2000 : 0) | offset / 8);
    packet[8] = 64;
    packet[9] = (byte) protocol;
    System.arraycopy(address(source), 0, packet, 12, 4);
    System.arraycopy(address(destination), 0, packet, 16, 4);
    put16(packet, 10, checksum(packet, 0, 20, 0));
    System.arraycopy(payload, 0, packet, 20, payload.length);
    return packet;
  }

  /** IPv4 fragments of a transport payload, each carrying at most {@code size} bytes (a multiple of 8). */
  public static List<byte[]> ipv4Fragments(
      String source, String destination, int protocol, int identification, byte[] payload, int size) {
    List<byte[]> fragments = new ArrayList<>();
    for (int offset = 0; offset < payload.length; offset += size) {
      int end = Math.min(payload.length, offset + size);
      fragments.add(ipv4(source, destination, protocol, identification, offset, end < payload.length,
          Arrays.copyOfRange(payload, offset, end)));
    }
    return fragments;
  }

  /** An IPv6 extension header: hop-by-hop (0), routing (43) or destination options (60), {@code length} bytes. */
  public static byte[] extension(int length) {
    byte[] header = new byte[length];
    header[1] = (byte) (length / 8 - 1);
    if (length > 2) {
      header[2] = 1; // PadN option filling the rest
      header[3] = (byte) (length - 4);
    }
    return header;
  }

  /** An authentication header (RFC 4302) with {@code length} bytes in all, a multiple of 4 (8 for IPv6). */
  public static byte[] authentication(int length) {
    byte[] header = new byte[length];
    header[1] = (byte) (length / 4 - 2);
    return header;
  }

  /**
   * An IPv6 packet. {@code headers} alternate a header type and its bytes (the next-header fields are filled in);
   * the last next header is {@code protocol}.
   */
  public static byte[] ipv6(String source, String destination, int protocol, byte[] payload, Object... headers) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int first = headers.length == 0 ? protocol : (Integer) headers[0];
    for (int i = 0; i < headers.length; i += 2) {
      byte[] header = ((byte[]) headers[i + 1]).clone();
      header[0] = (byte) (i + 2 < headers.length ? (Integer) headers[i + 2] : protocol);
      body.writeBytes(header);
    }
    body.writeBytes(payload);
    byte[] rest = body.toByteArray();
    byte[] packet = new byte[40 + rest.length];
    packet[0] = 0x60;
    put16(packet, 4, rest.length);
    packet[6] = (byte) first;
    packet[7] = 64;
    System.arraycopy(address(source), 0, packet, 8, 16);
    System.arraycopy(address(destination), 0, packet, 24, 16);
    System.arraycopy(rest, 0, packet, 40, rest.length);
    return packet;
  }

  /** An IPv6 fragment header (RFC 8200 §4.5). */
  public static byte[] fragmentHeader(int offset, boolean more, int identification) {
    byte[] header = new byte[8];
    put16(header, 2, offset | (more ? 1 : 0));
    put32(header, 4, identification);
    return header;
  }

  /** IPv6 fragments of a transport payload, each carrying at most {@code size} bytes (a multiple of 8). */
  public static List<byte[]> ipv6Fragments(
      String source, String destination, int protocol, int identification, byte[] payload, int size) {
    List<byte[]> fragments = new ArrayList<>();
    for (int offset = 0; offset < payload.length; offset += size) {
      int end = Math.min(payload.length, offset + size);
      fragments.add(ipv6(source, destination, protocol, Arrays.copyOfRange(payload, offset, end), 44,
          fragmentHeader(offset, end < payload.length, identification)));
    }
    return fragments;
  }

  /** An Ethernet frame around an IP packet, behind VLAN tags given as TPID and VLAN id pairs. */
  public static byte[] ethernet(byte[] ip, int... tags) {
    byte[] frame = new byte[14 + tags.length * 2 + ip.length];
    for (int i = 0; i < 6; i++) {
      frame[i] = (byte) 0x02;
      frame[6 + i] = (byte) (0x10 + i);
    }
    int at = 12;
    for (int i = 0; i < tags.length; i += 2) {
      put16(frame, at, tags[i]);
      put16(frame, at + 2, tags[i + 1]);
      at += 4;
    }
    put16(frame, at, etherType(ip));
    System.arraycopy(ip, 0, frame, at + 2, ip.length);
    return frame;
  }

  /** An Ethernet frame of another protocol (ARP). */
  public static byte[] arp() {
    byte[] frame = new byte[42];
    put16(frame, 12, 0x0806);
    return frame;
  }

  /** A Linux cooked capture v1 frame (16-byte header). */
  public static byte[] linuxCooked(byte[] ip) {
    byte[] frame = new byte[16 + ip.length];
    put16(frame, 0, 0); // sent to us
    put16(frame, 2, 1); // ARPHRD_ETHER
    put16(frame, 4, 6);
    put16(frame, 14, etherType(ip));
    System.arraycopy(ip, 0, frame, 16, ip.length);
    return frame;
  }

  /** A Linux cooked capture v2 frame (20-byte header). */
  public static byte[] linuxCooked2(byte[] ip) {
    byte[] frame = new byte[20 + ip.length];
    put16(frame, 0, etherType(ip));
    put32(frame, 4, 2); // interface index
    put16(frame, 8, 1); // ARPHRD_ETHER
    frame[11] = 6;
    System.arraycopy(ip, 0, frame, 20, ip.length);
    return frame;
  }

  /** A BSD loopback frame: the address family as a 32-bit number in the given byte order. */
  public static byte[] loopback(byte[] ip, int family, boolean bigEndian) {
    byte[] frame = new byte[4 + ip.length];
    put32(frame, 0, bigEndian ? family : Integer.reverseBytes(family));
    System.arraycopy(ip, 0, frame, 4, ip.length);
    return frame;
  }

  private static int etherType(byte[] ip) {
    return (ip[0] & 0xF0) == 0x60 ? 0x86DD : 0x0800;
  }

  private static int transportChecksum(String source, String destination, int protocol, byte[] segment) {
    byte[] from = address(source);
    byte[] to = address(destination);
    byte[] pseudo = new byte[from.length * 2 + (from.length == 4 ? 4 : 8)];
    System.arraycopy(from, 0, pseudo, 0, from.length);
    System.arraycopy(to, 0, pseudo, from.length, to.length);
    if (from.length == 4) {
      pseudo[9] = (byte) protocol;
      put16(pseudo, 10, segment.length);
    } else {
      put32(pseudo, 32, segment.length);
      pseudo[39] = (byte) protocol;
    }
    long sum = sum(pseudo, 0, pseudo.length, 0);
    return checksum(segment, 0, segment.length, sum);
  }

  private static long sum(byte[] data, int from, int to, long start) {
    long sum = start;
    for (int i = from; i < to; i += 2) {
      sum += (data[i] & 0xFF) << 8 | (i + 1 < to ? data[i + 1] & 0xFF : 0);
    }
    return sum;
  }

  private static int checksum(byte[] data, int from, int to, long start) {
    long sum = sum(data, from, to, start);
    while (sum >> 16 != 0) {
      sum = (sum & 0xFFFF) + (sum >> 16);
    }
    return (int) ~sum & 0xFFFF;
  }

  static void put16(byte[] data, int at, int value) {
    data[at] = (byte) (value >> 8);
    data[at + 1] = (byte) value;
  }

  static void put32(byte[] data, int at, int value) {
    data[at] = (byte) (value >> 24);
    data[at + 1] = (byte) (value >> 16);
    data[at + 2] = (byte) (value >> 8);
    data[at + 3] = (byte) value;
  }
}
