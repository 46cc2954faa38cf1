package io.github.sipcodes.cli.packet;

/**
 * Where the IP header starts in a frame of a given link type (the {@code LINKTYPE_} numbers of pcap and pcapng).
 *
 * <p>Decoded link types:
 *
 * <ul>
 *   <li>{@value #ETHERNET} Ethernet: the EtherType after 12 bytes of addresses, behind any number (up to
 *       {@value #MAX_TAGS}) of IEEE 802.1Q and 802.1ad VLAN tags (TPID {@code 0x8100}, {@code 0x88A8}, and the older
 *       {@code 0x9100});
 *   <li>{@value #LINUX_SLL} Linux cooked capture v1 ({@code tcpdump -i any}): 16 bytes, the protocol last;
 *   <li>{@value #LINUX_SLL2} Linux cooked capture v2: 20 bytes, the protocol first;
 *   <li>{@value #RAW} raw IP, also under the numbers {@value #DLT_RAW} and {@value #DLT_RAW_OPENBSD} that some
 *       writers put in files, {@value #IPV4} IPv4 and {@value #IPV6} IPv6;
 *   <li>{@value #NULL} BSD loopback (the address family in the byte order of the capturing machine) and
 *       {@value #LOOP} OpenBSD loopback (in network order): {@code AF_INET} 2, or {@code AF_INET6}, which is 10,
 *       24, 28 or 30 depending on the system.
 * </ul>
 *
 * <p>The IP layer reads the version from the header itself; a frame that carries something other than IPv4 or IPv6
 * (ARP, LLC, MPLS...) is traffic that is not SIP.
 *
 * @implSpec This class has no state; it is thread-safe.
 */
public final class LinkLayer {

  /** {@code LINKTYPE_NULL}: BSD loopback. */
  public static final int NULL = 0;
  /** {@code LINKTYPE_ETHERNET}. */
  public static final int ETHERNET = 1;
  /** {@code DLT_RAW} as most systems number it. */
  public static final int DLT_RAW = 12;
  /** {@code DLT_RAW} as OpenBSD numbers it. */
  public static final int DLT_RAW_OPENBSD = 14;
  /** {@code LINKTYPE_RAW}: raw IPv4 or IPv6. */
  public static final int RAW = 101;
  /** {@code LINKTYPE_LOOP}: OpenBSD loopback. */
  public static final int LOOP = 108;
  /** {@code LINKTYPE_LINUX_SLL}: Linux cooked capture v1. */
  public static final int LINUX_SLL = 113;
  /** {@code LINKTYPE_IPV4}. */
  public static final int IPV4 = 228;
  /** {@code LINKTYPE_IPV6}. */
  public static final int IPV6 = 229;
  /** {@code LINKTYPE_LINUX_SLL2}: Linux cooked capture v2. */
  public static final int LINUX_SLL2 = 276;

  /** The most VLAN tags read in front of the EtherType. */
  public static final int MAX_TAGS = 8;

  /** {@link #ipOffset} result: the frame carries something other than IP. */
  public static final int NOT_IP = -1;
  /** {@link #ipOffset} result: the frame ends inside its link-layer header. */
  public static final int TOO_SHORT = -2;
  /** {@link #ipOffset} result: the link type is not decoded. */
  public static final int UNKNOWN_LINK_TYPE = -3;

  private static final int ETHERTYPE_IPV4 = 0x0800;
  private static final int ETHERTYPE_IPV6 = 0x86DD;

  private LinkLayer() {}

  /**
   * Whether frames of a link type are decoded.
   *
   * @param linkType the {@code LINKTYPE_} number
   * @return whether {@link #ipOffset} knows it
   */
  public static boolean isDecoded(int linkType) {
    return switch (linkType) {
      case NULL, ETHERNET, DLT_RAW, DLT_RAW_OPENBSD, RAW, LOOP, LINUX_SLL, IPV4, IPV6, LINUX_SLL2 -> true;
      default -> false;
    };
  }

  /**
   * Where the IP header starts in a frame.
   *
   * @param linkType the frame's {@code LINKTYPE_} number
   * @param data the bytes holding the frame
   * @param from where the frame starts
   * @param to where the captured bytes of the frame end
   * @return the index of the IP header, or {@link #NOT_IP}, {@link #TOO_SHORT} or {@link #UNKNOWN_LINK_TYPE}
   */
  public static int ipOffset(int linkType, byte[] data, int from, int to) {
    return switch (linkType) {
      case ETHERNET -> to - from < 14 ? TOO_SHORT : etherType(Bytes.u16(data, from + 12), data, from + 14, to);
      case LINUX_SLL -> to - from < 16 ? TOO_SHORT : etherType(Bytes.u16(data, from + 14), data, from + 16, to);
      case LINUX_SLL2 -> to - from < 20 ? TOO_SHORT : etherType(Bytes.u16(data, from), data, from + 20, to);
      case RAW, DLT_RAW, DLT_RAW_OPENBSD, IPV4, IPV6 -> from;
      case NULL -> to - from < 4 ? TOO_SHORT : family(data, from, false);
      case LOOP -> to - from < 4 ? TOO_SHORT : family(data, from, true);
      default -> UNKNOWN_LINK_TYPE;
    };
  }

  private static int etherType(int first, byte[] data, int from, int to) {
    int type = first;
    int at = from;
    for (int tags = 0; isVlanTag(type); tags++) {
      if (tags == MAX_TAGS) {
        return NOT_IP;
      }
      if (to - at < 4) {
        return TOO_SHORT;
      }
      type = Bytes.u16(data, at + 2);
      at += 4;
    }
    return type == ETHERTYPE_IPV4 || type == ETHERTYPE_IPV6 ? at : NOT_IP;
  }

  private static boolean isVlanTag(int type) {
    return type == 0x8100 || type == 0x88A8 || type == 0x9100;
  }

  private static int family(byte[] data, int from, boolean networkOrder) {
    int family = Bytes.u32(data, from, true);
    if (!networkOrder && (family & 0xFFFF) == 0) {
      family = Integer.reverseBytes(family);
    }
    return switch (family) {
      case 2, 10, 24, 28, 30 -> from + 4;
      default -> NOT_IP;
    };
  }
}
