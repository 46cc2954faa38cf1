package io.github.sipcodes.cli.source;

import io.github.sipcodes.cli.message.CaptureTime;
import io.github.sipcodes.cli.packet.Bytes;
import io.github.sipcodes.cli.packet.PacketDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads pcapng (the IETF OPSAWG pcapng draft): blocks of a type, a total length, a body and the total length again.
 *
 * <p>Read: Section Header Blocks (each section has its own byte order, from the byte-order magic, and its own
 * interfaces), Interface Description Blocks (link type, snapshot length, {@code if_tsresol}, {@code if_tsoffset}),
 * Enhanced Packet Blocks (any of the section's interfaces), Simple Packet Blocks (the first interface; they carry no
 * time) and the obsolete Packet Blocks. Other blocks (name resolution, statistics, custom, decryption secrets...) are
 * skipped by their length.
 *
 * <p>Corrupt, with an error naming the offset: a total length below 12, not a multiple of 4, or above
 * {@value #MAX_BLOCK} bytes (a block that is read whole above {@value #MAX_READ_BLOCK}); two total lengths that differ; a
 * packet that does not fit its block or exceeds {@value PcapReader#MAX_CAPTURED} bytes; a packet of an interface not
 * described; a byte-order magic or version that is not pcapng's; a timestamp resolution finer than 64-bit
 * arithmetic allows. A block cut off by the end of the file ends the reading: its offset is returned.
 */
final class PcapngReader {

  /** The longest block accepted (libpcap's limit). */
  static final int MAX_BLOCK = 16 << 20;

  /**
   * The longest block read whole (section headers, interface descriptions, packets): the largest packet, its header
   * and room for options. Other blocks are skipped without being held.
   */
  static final int MAX_READ_BLOCK = 1 << 20;

  private static final int SECTION_HEADER = 0x0A0D0D0A;
  private static final int INTERFACE_DESCRIPTION = 1;
  private static final int OBSOLETE_PACKET = 2;
  private static final int SIMPLE_PACKET = 3;
  private static final int ENHANCED_PACKET = 6;
  private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
  private static final int OPTION_TSRESOL = 9;
  private static final int OPTION_TSOFFSET = 14;

  private final ByteInput input;
  private final PacketDecoder decoder;
  private final List<PcapngInterface> interfaces = new ArrayList<>();
  private boolean bigEndian;
  private long frame;

  private PcapngReader(ByteInput input, PacketDecoder decoder) {
    this.input = input;
    this.decoder = decoder;
  }

  /**
   * Reads a whole pcapng file.
   *
   * @param input the input, at the first Section Header Block
   * @param decoder receives the frames
   * @return the byte offset where the file is cut off in the middle of a block, or -1 if it ends cleanly
   * @throws CaptureFormatException if a block is corrupt
   */
  static long read(ByteInput input, PacketDecoder decoder) throws IOException {
    return new PcapngReader(input, decoder).read();
  }

  private long read() throws IOException {
    while (true) {
      long offset = input.offset();
      if (!input.request(12)) {
        return input.available() == 0 && !input.cutShort() ? -1 : offset;
      }
      byte[] data = input.buffer();
      int at = input.position();
      int type = Bytes.u32(data, at, bigEndian);
      if (type == SECTION_HEADER) {
        int magic = Bytes.u32(data, at + 8);
        if (magic != BYTE_ORDER_MAGIC && magic != Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
          throw corrupt(offset, "section header with byte-order magic " + Integer.toHexString(magic)
              + " (expected 1a2b3c4d in either byte order)");
        }
        bigEndian = magic == BYTE_ORDER_MAGIC;
      }
      long length = Bytes.u32(data, at + 4, bigEndian) & 0xFFFF_FFFFL;
      boolean packet = type == ENHANCED_PACKET || type == SIMPLE_PACKET || type == OBSOLETE_PACKET;
      boolean read = packet || type == SECTION_HEADER || type == INTERFACE_DESCRIPTION;
      if (length < 12 || length % 4 != 0 || length > (read ? MAX_READ_BLOCK : MAX_BLOCK)) {
        throw corrupt(offset, "block of type " + Integer.toUnsignedString(type) + " with total length " + length
            + " (expected a multiple of 4 from 12 to " + (read ? MAX_READ_BLOCK : MAX_BLOCK) + ")");
      }
      int size = (int) length;
      if (!read) {
        if (!input.skip(size)) {
          return offset;
        }
        continue;
      }
      if (!input.request(size)) {
        return offset;
      }
      data = input.buffer();
      at = input.position();
      int trailer = Bytes.u32(data, at + size - 4, bigEndian);
      if (trailer != size) {
        throw corrupt(offset, "block whose total length at its end, " + Integer.toUnsignedString(trailer)
            + ", differs from the one at its start, " + size);
      }
      switch (type) {
        case SECTION_HEADER -> section(data, at, size, offset);
        case INTERFACE_DESCRIPTION -> interfaceDescription(data, at, size, offset);
        default -> packet(type, data, at, size, offset);
      }
      input.advance(size);
    }
  }

  private void section(byte[] data, int at, int size, long offset) throws CaptureFormatException {
    if (size < 28) {
      throw corrupt(offset, "section header of " + size + " bytes (at least 28)");
    }
    int major = Bytes.u16(data, at + 12, bigEndian);
    if (major != 1) {
      throw corrupt(offset, "section of pcapng version " + major + "." + Bytes.u16(data, at + 14, bigEndian)
          + " (expected 1.0)");
    }
    interfaces.clear();
  }

  private void interfaceDescription(byte[] data, int at, int size, long offset) throws CaptureFormatException {
    if (size < 20) {
      throw corrupt(offset, "interface description of " + size + " bytes (at least 20)");
    }
    int linkType = Bytes.u16(data, at + 8, bigEndian);
    int snapLength = Bytes.u32(data, at + 12, bigEndian);
    int resolution = PcapngInterface.MICROSECONDS;
    long offsetSeconds = 0;
    int option = at + 16;
    int end = at + size - 4;
    while (end - option >= 4) {
      int code = Bytes.u16(data, option, bigEndian);
      int length = Bytes.u16(data, option + 2, bigEndian);
      int value = option + 4;
      if (code == 0 || end - value < length) {
        break;
      }
      if (code == OPTION_TSRESOL && length >= 1) {
        resolution = data[value] & 0xFF;
      } else if (code == OPTION_TSOFFSET && length >= 8) {
        offsetSeconds = (long) Bytes.u32(data, value + (bigEndian ? 0 : 4), bigEndian) << 32
            | (Bytes.u32(data, value + (bigEndian ? 4 : 0), bigEndian) & 0xFFFF_FFFFL);
      }
      option = value + ((length + 3) & ~3);
    }
    PcapngInterface description = new PcapngInterface(linkType, snapLength, resolution, offsetSeconds);
    if (!description.readableResolution()) {
      throw corrupt(offset, "interface with timestamp resolution if_tsresol " + resolution
          + " (at most 10^-" + PcapngInterface.MAX_DECIMAL_EXPONENT + " or 2^-" + PcapngInterface.MAX_BINARY_EXPONENT
          + " s)");
    }
    interfaces.add(description);
  }

  private void packet(int type, byte[] data, int at, int size, long offset) throws CaptureFormatException {
    int headerSize = type == SIMPLE_PACKET ? 16 : 32;
    if (size < headerSize) {
      throw corrupt(offset, "packet block of " + size + " bytes (at least " + headerSize + ")");
    }
    int index = switch (type) {
      case SIMPLE_PACKET -> 0;
      case OBSOLETE_PACKET -> Bytes.u16(data, at + 8, bigEndian);
      default -> Bytes.u32(data, at + 8, bigEndian);
    };
    if (index < 0 || index >= interfaces.size()) {
      throw corrupt(offset, "packet of interface " + Integer.toUnsignedString(index) + ", but the section describes "
          + interfaces.size());
    }
    PcapngInterface description = interfaces.get(index);
    int captured;
    int original;
    int start;
    long timestamp = 0;
    if (type == SIMPLE_PACKET) {
      original = Bytes.u32(data, at + 8, bigEndian);
      captured = size - 16;
      if (original >= 0 && original < captured) {
        captured = original;
      }
      if (description.snapLength() > 0 && description.snapLength() < captured) {
        captured = description.snapLength();
      }
      start = at + 12;
    } else {
      timestamp = (long) Bytes.u32(data, at + 12, bigEndian) << 32
          | (Bytes.u32(data, at + 16, bigEndian) & 0xFFFF_FFFFL);
      captured = Bytes.u32(data, at + 20, bigEndian);
      original = Bytes.u32(data, at + 24, bigEndian);
      start = at + 28;
      if (captured < 0 || captured > size - headerSize) {
        throw corrupt(offset, "packet block whose captured length " + Integer.toUnsignedString(captured)
            + " exceeds its block of " + size + " bytes");
      }
    }
    if (captured > PcapReader.MAX_CAPTURED) {
      throw corrupt(offset, "packet of " + captured + " captured bytes (at most " + PcapReader.MAX_CAPTURED + ")");
    }
    int wire = original < 0 ? Integer.MAX_VALUE : Math.max(original, captured);
    long seconds = 0;
    int nanos = 0;
    int digits = -1;
    if (type != SIMPLE_PACKET) {
      long whole = description.seconds(timestamp);
      seconds = whole + description.offsetSeconds();
      nanos = description.nanos(timestamp);
      boolean inRange = whole >= 0 && whole <= CaptureTime.MAX_EPOCH_SECOND
          && seconds >= CaptureTime.MIN_EPOCH_SECOND && seconds <= CaptureTime.MAX_EPOCH_SECOND;
      digits = inRange ? description.fractionDigits() : -1;
    }
    decoder.frame(description.linkType(), data, start, captured, wire, ++frame, seconds, nanos, digits);
  }

  private static CaptureFormatException corrupt(long offset, String what) {
    return new CaptureFormatException("error.format.pcapng-block", Long.toString(offset), what);
  }
}
