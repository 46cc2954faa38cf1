package io.github.sipcodes.cli.message;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One end of a message's path: an IPv4 or IPv6 address and a UDP or TCP port.
 *
 * <p>Written as {@code 192.0.2.10:5060} or {@code [2001:db8::1]:5060}: IPv6 addresses in the canonical form of
 * RFC 5952 (lower case, no leading zeros, the longest run of zero groups shortened to {@code ::}, an IPv4-mapped
 * address with its IPv4 part dotted, §5), in brackets before the port (§6). Two endpoints are equal when their
 * address family, address and port are.
 *
 * <pre>
 * Endpoint.ipv4(0xC000020A, 5060).toString()          // "192.0.2.10:5060"
 * Endpoint.parse("[2001:DB8:0:0:0:0:0:1]:5061")       // [2001:db8::1]:5061
 * </pre>
 *
 * @implSpec This is an immutable and thread-safe value class.
 */
public final class Endpoint {

  private final long high;
  private final long low;
  private final boolean ipv6;
  private final int port;

  private Endpoint(long high, long low, boolean ipv6, int port) {
    if (port < 0 || port > 0xFFFF) {
      throw new IllegalArgumentException("Invalid port: " + port + " (expected 0-65535)");
    }
    this.high = high;
    this.low = low;
    this.ipv6 = ipv6;
    this.port = port;
  }

  /**
   * An IPv4 endpoint.
   *
   * @param address the address as a 32-bit number in network order ({@code 0xC000020A} is {@code 192.0.2.10})
   * @param port the port, 0-65535
   * @return the endpoint
   * @throws IllegalArgumentException if the port is out of range
   */
  public static Endpoint ipv4(int address, int port) {
    return new Endpoint(0, address & 0xFFFF_FFFFL, false, port);
  }

  /**
   * An IPv6 endpoint.
   *
   * @param high the first 8 bytes of the address, in network order
   * @param low the last 8 bytes of the address, in network order
   * @param port the port, 0-65535
   * @return the endpoint
   * @throws IllegalArgumentException if the port is out of range
   */
  public static Endpoint ipv6(long high, long low, int port) {
    return new Endpoint(high, low, true, port);
  }

  /**
   * Reads an endpoint as text traces write it: {@code 192.0.2.10:5060}, {@code [2001:db8::1]:5060}, or an IPv6
   * address and its port after the last colon ({@code ::1:5060}, as ngrep writes it). An IPv6 zone
   * ({@code %eth0}) is dropped.
   *
   * @param text the text
   * @return the endpoint, or empty if the text is not an address and a port
   */
  public static Optional<Endpoint> parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 1) {
      return Optional.empty();
    }
    int port = port(text, colon + 1);
    if (port < 0) {
      return Optional.empty();
    }
    String address = text.substring(0, colon);
    if (address.length() > 2 && address.charAt(0) == '[' && address.charAt(address.length() - 1) == ']') {
      return parseIpv6(address.substring(1, address.length() - 1), port);
    }
    return of(address, port);
  }

  /**
   * An endpoint from an address written as text, IPv4 dotted or IPv6 (RFC 4291 §2.2), and a port.
   *
   * @param address the address, without brackets
   * @param port the port, 0-65535
   * @return the endpoint, or empty if the address is not an IP address or the port is out of range
   */
  public static Optional<Endpoint> of(String address, int port) {
    if (port < 0 || port > 0xFFFF) {
      return Optional.empty();
    }
    if (address.indexOf(':') < 0) {
      long ipv4 = ipv4(address, 0, address.length());
      return ipv4 < 0 ? Optional.empty() : Optional.of(new Endpoint(0, ipv4, false, port));
    }
    return parseIpv6(address, port);
  }

  /** The port after {@code start}: 1 to 5 digits, at most 65535; -1 if it is not one. */
  private static int port(String text, int start) {
    int length = text.length() - start;
    if (length < 1 || length > 5) {
      return -1;
    }
    int port = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      port = port * 10 + (c - '0');
    }
    return port <= 0xFFFF ? port : -1;
  }

  /** A dotted IPv4 address in {@code text[start, end)} as an unsigned number, or -1. */
  private static long ipv4(String text, int start, int end) {
    long address = 0;
    int parts = 0;
    int i = start;
    while (parts < 4) {
      int value = 0;
      int digits = 0;
      while (i < end && digits < 4 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        value = value * 10 + (text.charAt(i++) - '0');
        digits++;
      }
      if (digits == 0 || digits > 3 || value > 255) {
        return -1;
      }
      address = address << 8 | value;
      parts++;
      if (parts < 4) {
        if (i >= end || text.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
    }
    return i == end ? address : -1;
  }

  private static Optional<Endpoint> parseIpv6(String text, int port) {
    int zone = text.indexOf('%');
    String address = zone < 0 ? text : text.substring(0, zone);
    int[] groups = new int[8];
    int count = 0;
    int gap = -1;
    int i = 0;
    int end = address.length();
    if (address.startsWith("::")) {
      gap = 0;
      i = 2;
    } else if (address.startsWith(":")) {
      return Optional.empty();
    }
    while (i < end) {
      if (count == 8) {
        return Optional.empty();
      }
      int next = address.indexOf(':', i);
      int groupEnd = next < 0 ? end : next;
      if (next < 0 && address.indexOf('.', i) >= 0) {
        long ipv4 = ipv4(address, i, end);
        if (ipv4 < 0 || count > 6) {
          return Optional.empty();
        }
        groups[count++] = (int) (ipv4 >>> 16);
        groups[count++] = (int) (ipv4 & 0xFFFF);
        i = end;
        break;
      }
      int value = hex(address, i, groupEnd);
      if (value < 0) {
        return Optional.empty();
      }
      groups[count++] = value;
      i = groupEnd;
      if (next >= 0) {
        if (next + 1 < end && address.charAt(next + 1) == ':') {
          if (gap >= 0) {
            return Optional.empty();
          }
          gap = count;
          i = next + 2;
        } else if (next + 1 == end) {
          return Optional.empty();
        } else {
          i = next + 1;
        }
      }
    }
    if (gap < 0 ? count != 8 : count > 7) {
      return Optional.empty();
    }
    int[] full = new int[8];
    if (gap < 0) {
      full = groups;
    } else {
      System.arraycopy(groups, 0, full, 0, gap);
      System.arraycopy(groups, gap, full, 8 - (count - gap), count - gap);
    }
    long high = 0;
    long low = 0;
    for (int g = 0; g < 4; g++) {
      high = high << 16 | full[g];
      low = low << 16 | full[g + 4];
    }
    return Optional.of(new Endpoint(high, low, true, port));
  }

  /** One to four hexadecimal digits in {@code text[start, end)}, or -1. */
  private static int hex(String text, int start, int end) {
    if (end - start < 1 || end - start > 4) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  /**
   * Whether the address is an IPv6 address.
   *
   * @return {@code true} for IPv6, {@code false} for IPv4
   */
  public boolean isIpv6() {
    return ipv6;
  }

  /**
   * The port.
   *
   * @return the port, 0-65535
   */
  public int port() {
    return port;
  }

  /**
   * The address in network order: 4 bytes for IPv4, 16 for IPv6.
   *
   * @return a new array
   */
  public byte[] addressBytes() {
    byte[] bytes = new byte[ipv6 ? 16 : 4];
    if (ipv6) {
      for (int i = 0; i < 8; i++) {
        bytes[i] = (byte) (high >>> (56 - 8 * i));
        bytes[i + 8] = (byte) (low >>> (56 - 8 * i));
      }
    } else {
      for (int i = 0; i < 4; i++) {
        bytes[i] = (byte) (low >>> (24 - 8 * i));
      }
    }
    return bytes;
  }

  /**
   * The address as text: {@code 192.0.2.10}, or {@code 2001:db8::1} in the form of RFC 5952.
   *
   * @return the address, without brackets or port
   */
  public String address() {
    return appendAddress(new StringBuilder(39)).toString();
  }

  private StringBuilder appendAddress(StringBuilder out) {
    if (!ipv6) {
      return dotted(out, (int) low);
    }
    if (high == 0 && low >>> 32 == 0xFFFF) {
      return dotted(out.append("::ffff:"), (int) low);
    }
    int[] groups = new int[8];
    for (int g = 0; g < 4; g++) {
      groups[g] = (int) (high >>> (48 - 16 * g)) & 0xFFFF;
      groups[g + 4] = (int) (low >>> (48 - 16 * g)) & 0xFFFF;
    }
    // RFC 5952 §4.2: the longest run of two or more zero groups, the first one if two are as long.
    int bestStart = -1;
    int bestLength = 1;
    for (int g = 0; g < 8; ) {
      if (groups[g] != 0) {
        g++;
        continue;
      }
      int start = g;
      while (g < 8 && groups[g] == 0) {
        g++;
      }
      if (g - start > bestLength) {
        bestStart = start;
        bestLength = g - start;
      }
    }
    for (int g = 0; g < 8; g++) {
      if (g == bestStart) {
        out.append("::");
        g += bestLength - 1;
        continue;
      }
      if (g > 0 && g != bestStart + bestLength) {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[g]));
    }
    return out;
  }

  private static StringBuilder dotted(StringBuilder out, int address) {
    return out.append(address >>> 24).append('.').append(address >>> 16 & 0xFF).append('.')
        .append(address >>> 8 & 0xFF).append('.').append(address & 0xFF);
  }

  /**
   * The endpoint as text: {@code 192.0.2.10:5060} or {@code [2001:db8::1]:5060} (RFC 5952 §6).
   *
   * @return the address and the port
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(47);
    if (ipv6) {
      appendAddress(out.append('[')).append(']');
    } else {
      appendAddress(out);
    }
    return out.append(':').append(port).toString();
  }

  /**
   * Equal when the address family, the address and the port are.
   *
   * @param other the object to compare with
   * @return whether it is an equal endpoint
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Endpoint that
        && high == that.high
        && low == that.low
        && ipv6 == that.ipv6
        && port == that.port;
  }

  /**
   * A hash of the address and the port.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(high * 31 + low) * 31 + port + (ipv6 ? 1 << 16 : 0);
  }
}
