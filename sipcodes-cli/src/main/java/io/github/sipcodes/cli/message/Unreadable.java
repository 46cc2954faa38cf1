package io.github.sipcodes.cli.message;

import java.util.Locale;

/**
 * What a capture held that could not be read as SIP, counted and named in the summary instead of being dropped in
 * silence. Traffic that is simply not SIP (RTP, DNS, keep-alives, TCP acknowledgements) is not among these: it is
 * normal and counted apart.
 *
 * <p>Each kind names its unit: most are counted in packets; fragments in IP datagrams; TCP problems in occurrences
 * per stream direction.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Unreadable {
  /** Packets of a link type the reader does not decode (not Ethernet, Linux cooked, raw IP or BSD loopback). */
  UNKNOWN_LINK_TYPE,
  /**
   * Packets cut by the capture's snapshot length ({@code tcpdump -s}) before the end of what they carry: a SIP
   * message, or the headers needed to find one.
   */
  TRUNCATED_PACKET,
  /** Packets whose link, IP, UDP or TCP headers contradict each other or their length. */
  MALFORMED_PACKET,
  /** TCP packets of a TLS connection (RFC 8446 records; SIP over TLS, usually port 5061): encrypted. */
  TLS,
  /** SCTP packets (IP protocol 132, RFC 4168 SIP over SCTP): not decoded. */
  SCTP,
  /** IPsec packets (ESP, IP protocol 50; AH, 51): encrypted or not decoded. */
  IPSEC,
  /** Tunnelled packets (IP in IP, IPv6 in IPv4, GRE): not decoded. */
  TUNNEL,
  /** IP datagrams whose fragments did not all arrive in time, or overflowed the reassembly limits. */
  INCOMPLETE_FRAGMENTS,
  /** TCP stream directions cut because a message outgrew the reassembly buffer. */
  TCP_STREAM_CUT,
  /**
   * TCP data missing from the capture (a segment not captured), or a stream that ended, or a capture that ended,
   * inside a message.
   */
  TCP_DATA_MISSING,
  /**
   * Places in a SIP TCP stream where a message should start and none does (a wrong {@code Content-Length}, or a
   * protocol other than SIP on the connection): skipped up to the next segment that starts with a start line.
   */
  TCP_UNFRAMED;

  /**
   * The key of this kind's name in the command's message bundle: {@code unreadable.} and the constant's name in
   * lower case with hyphens, such as {@code unreadable.truncated-packet}.
   *
   * @return the bundle key
   */
  public String key() {
    return "unreadable." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
