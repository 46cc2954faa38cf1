package io.github.sipcodes.cli.source;

import io.github.sipcodes.cli.packet.Bytes;
import io.github.sipcodes.cli.packet.PacketDecoder;
import java.io.IOException;

/**
 * Reads the classic pcap format (libpcap's savefile, {@code tcpdump -w}): a 24-byte file header, then records of a
 * 16-byte header and the captured bytes.
 *
 * <p>The magic number gives the byte order and the time unit: {@code A1B2C3D4} for microseconds, {@code A1B23C4D}
 * for nanoseconds. Version 2 is read (2.4, and 2.3 which is the same). The link type's upper bits (FCS length) are
 * ignored. A record that claims more than {@value #MAX_CAPTURED} captured bytes (libpcap's largest snapshot length)
 * is corrupt: the error names its offset. A record cut off by the end of the file ends the reading: the offset where
 * it starts is returned. Times are unsigned 32-bit seconds, so every one is a valid date (up to 2106).
 */
final class PcapReader {

  /** The most bytes a record may hold: libpcap's largest snapshot length. */
  static final int MAX_CAPTURED = 262_144;

  private static final int FILE_HEADER = 24;
  private static final int RECORD_HEADER = 16;

  private PcapReader() {}

  /**
   * Reads a whole pcap file.
   *
   * @param input the input, at the magic number
   * @param decoder receives the frames
   * @return the byte offset where the file is cut off in the middle of a record, or -1 if it ends cleanly
   * @throws CaptureFormatException if a header is impossible
   */
  static long read(ByteInput input, PacketDecoder decoder) throws IOException {
    if (!input.request(FILE_HEADER)) {
      return input.offset();
    }
    byte[] data = input.buffer();
    int at = input.position();
    int magic = Bytes.u32(data, at);
    boolean bigEndian = magic == 0xA1B2C3D4 || magic == 0xA1B23C4D;
    boolean nanos = magic == 0xA1B23C4D || magic == 0x4D3CB2A1;
    int major = Bytes.u16(data, at + 4, bigEndian);
    if (major != 2) {
      throw new CaptureFormatException("error.format.pcap-version", major + "." + Bytes.u16(data, at + 6, bigEndian));
    }
    int linkType = Bytes.u32(data, at + 20, bigEndian) & 0x03FF_FFFF;
    int digits = nanos ? 9 : 6;
    int unit = nanos ? 1_000_000_000 : 1_000_000;
    input.advance(FILE_HEADER);
    long frame = 0;
    while (true) {
      long offset = input.offset();
      if (!input.request(RECORD_HEADER)) {
        return input.available() == 0 && !input.cutShort() ? -1 : offset;
      }
      data = input.buffer();
      at = input.position();
      long seconds = Bytes.u32(data, at, bigEndian) & 0xFFFF_FFFFL;
      long fraction = Bytes.u32(data, at + 4, bigEndian) & 0xFFFF_FFFFL;
      int captured = Bytes.u32(data, at + 8, bigEndian);
      int original = Bytes.u32(data, at + 12, bigEndian);
      if (captured < 0 || captured > MAX_CAPTURED) {
        throw new CaptureFormatException("error.format.pcap-record", Long.toString(offset),
            Integer.toUnsignedString(captured), Integer.toString(MAX_CAPTURED));
      }
      if (!input.request(RECORD_HEADER + captured)) {
        return offset;
      }
      data = input.buffer();
      at = input.position();
      seconds += fraction / unit;
      int nano = (int) (fraction % unit) * (nanos ? 1 : 1000);
      decoder.frame(
          linkType,
          data,
          at + RECORD_HEADER,
          captured,
          Math.max(captured, original),
          ++frame,
          seconds,
          nano,
          digits);
      input.advance(RECORD_HEADER + captured);
    }
  }
}
