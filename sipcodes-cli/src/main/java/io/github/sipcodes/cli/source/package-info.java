/**
 * Reading sources: a file or standard input recognized by its first bytes (pcap, pcapng, gzip around either or
 * around text, or a text trace), read in large buffered blocks and handed on frame by frame to the
 * {@link io.github.sipcodes.cli.packet.PacketDecoder}, or line by line to the text trace reader; the first step of the
 * command's pipeline. {@link io.github.sipcodes.cli.source.CaptureSource} is the entry point.
 */
@NullMarked
package io.github.sipcodes.cli.source;

import org.jspecify.annotations.NullMarked;
