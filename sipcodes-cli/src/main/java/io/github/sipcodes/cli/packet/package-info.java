/**
 * Frames to SIP messages: the link layer (Ethernet with VLAN tags, Linux cooked capture v1 and v2, raw IP, BSD
 * loopback), IPv4 and IPv6 with their extension headers and fragments, UDP, and TCP with each direction's byte
 * stream put back in order, then cut into messages by {@link io.github.sipcodes.cli.message.SipFraming}.
 *
 * <p>{@link io.github.sipcodes.cli.packet.PacketDecoder} is the entry point; the readers of {@code source} feed it
 * one frame at a time. SIP is recognized by content on any port, as sngrep does. What cannot be read is counted by
 * kind ({@link io.github.sipcodes.cli.message.Unreadable}); traffic that is not SIP is counted apart. Every buffer is
 * bounded, so memory does not grow with the size of the capture.
 */
@NullMarked
package io.github.sipcodes.cli.packet;

import org.jspecify.annotations.NullMarked;
