package io.github.sipcodes.cli.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes captures for tests: pcap (either byte order, microseconds or nanoseconds) and pcapng (either byte order,
 * several interfaces with their own link type and timestamp resolution, enhanced, simple and obsolete packet blocks,
 * blocks of other types), gzip around anything, and cuts.
 */
public final class CaptureWriter {

  /** A pcapng {@code if_tsresol}: microseconds. */
  public static final int MICROSECONDS = 6;
  /** A pcapng {@code if_tsresol}: nanoseconds. */
  public static final int NANOSECONDS = 9;

  /** One packet: its frame bytes, its time as seconds and nanoseconds, its length on the wire, its interface. */
  public static final class Frame {
    private final byte[] data;
    private final long seconds;
    private final int nanos;
    private final int originalLength;
    private final int interfaceId;

    public Frame(byte[] data, long seconds, int nanos, int originalLength, int interfaceId) {
      this.data = data;
      this.seconds = seconds;
      this.nanos = nanos;
      this.originalLength = originalLength;
      this.interfaceId = interfaceId;
    }

    /** A frame captured whole on interface 0. */
    public static Frame of(byte[] data, long seconds, int nanos) {
      return new Frame(data, seconds, nanos, data.length, 0);
    }

    public byte[] data() {
      return data;
    }

    public long seconds() {
      return seconds;
    }

    public int nanos() {
      return nanos;
    }

    public int originalLength() {
      return originalLength;
    }

    public int interfaceId() {
      return interfaceId;
    }

    /** The same frame on another pcapng interface. */
    public Frame on(int id) {
      return new Frame(data, seconds, nanos, originalLength, id);
    }

    /** The same frame cut to {@code length} captured bytes, as a snapshot length does. */
    public Frame snapped(int length) {
      return new Frame(Arrays.copyOf(data, length), seconds, nanos, data.length, interfaceId);
    }
  }

  /** Writes numbers in one byte order. */
  static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final boolean bigEndian;

    Out(boolean bigEndian) {
      this.bigEndian = bigEndian;
    }

    Out putShort(int value) {
      if (bigEndian) {
        bytes.write(value >> 8);
        bytes.write(value);
      } else {
        bytes.write(value);
        bytes.write(value >> 8);
      }
      return this;
    }

    Out putInt(int value) {
      return bigEndian ? putShort(value >>> 16).putShort(value) : putShort(value).putShort(value >>> 16);
    }

    Out putLong(long value) {
      return bigEndian ? putInt((int) (value >>> 32)).putInt((int) value) : putInt((int) value).putInt((int) (value >>> 32));
    }

    Out put(byte[] data) {
      bytes.writeBytes(data);
      return this;
    }

    Out pad(int to) {
      while (bytes.size() % to != 0) {
        bytes.write(0);
      }
      return this;
    }

    byte[] array() {
      return bytes.toByteArray();
    }
  }

  /** A pcapng interface: link type, snapshot length, {@code if_tsresol} byte (or -1 for none), {@code if_tsoffset}. */
  public record Interface(int linkType, int snapLength, int resolution, long offsetSeconds) {

    public static Interface of(int linkType) {
      return new Interface(linkType, 0, -1, 0);
    }

    public Interface resolution(int value) {
      return new Interface(linkType, snapLength, value, offsetSeconds);
    }

    public Interface offset(long seconds) {
      return new Interface(linkType, snapLength, resolution, seconds);
    }
  }

  private CaptureWriter() {}

  /** A pcap file. */
  public static byte[] pcap(int linkType, boolean bigEndian, boolean nanoseconds, List<Frame> frames) {
    Out out = new Out(bigEndian);
    out.putInt(nanoseconds ? 0xA1B23C4D : 0xA1B2C3D4).putShort(2).putShort(4).putInt(0).putInt(0)
        .putInt(262_144).putInt(linkType);
    for (Frame frame : frames) {
      out.putInt((int) frame.seconds()).putInt(nanoseconds ? frame.nanos() : frame.nanos() / 1000)
          .putInt(frame.data().length).putInt(frame.originalLength()).put(frame.data());
    }
    return out.array();
  }

  /** A pcapng file: one section, its interfaces, then one enhanced packet block per frame. */
  public static byte[] pcapng(boolean bigEndian, List<Interface> interfaces, List<Frame> frames) {
    Pcapng file = new Pcapng(bigEndian).section();
    for (Interface description : interfaces) {
      file.interfaceDescription(description);
    }
    for (Frame frame : frames) {
      file.enhancedPacket(frame, interfaces.get(frame.interfaceId()).resolution());
    }
    return file.bytes();
  }

  /** Builds a pcapng file block by block. */
  public static final class Pcapng {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean bigEndian;

    public Pcapng(boolean bigEndian) {
      this.bigEndian = bigEndian;
    }

    private Out buffer() {
      return new Out(bigEndian);
    }

    /** A block of any type around a body (padded to 4 bytes). */
    public Pcapng block(int type, byte[] body) {
      int padded = (body.length + 3) & ~3;
      out.writeBytes(buffer().putInt(type).putInt(12 + padded).put(body).pad(4).putInt(12 + padded).array());
      return this;
    }

    public Pcapng section() {
      return block(0x0A0D0D0A, buffer().putInt(0x1A2B3C4D).putShort(1).putShort(0).putLong(-1).array());
    }

    public Pcapng interfaceDescription(Interface description) {
      List<byte[]> options = new ArrayList<>();
      if (description.resolution() >= 0) {
        options.add(option(9, new byte[] {(byte) description.resolution()}));
      }
      if (description.offsetSeconds() != 0) {
        options.add(option(14, buffer().putLong(description.offsetSeconds()).array()));
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(buffer().putShort(description.linkType()).putShort(0).putInt(description.snapLength()).array());
      for (byte[] option : options) {
        body.writeBytes(option);
      }
      if (!options.isEmpty()) {
        body.writeBytes(new byte[4]); // opt_endofopt
      }
      return block(1, body.toByteArray());
    }

    private byte[] option(int code, byte[] value) {
      return buffer().putShort(code).putShort(value.length).put(value).pad(4).array();
    }

    /** An enhanced packet block, its time in units of {@code resolution} (an {@code if_tsresol} byte, -1 = µs). */
    public Pcapng enhancedPacket(Frame frame, int resolution) {
      long timestamp = units(frame.seconds(), frame.nanos(), resolution);
      return block(6, buffer().putInt(frame.interfaceId()).putInt((int) (timestamp >>> 32)).putInt((int) timestamp)
          .putInt(frame.data().length).putInt(frame.originalLength()).put(frame.data()).array());
    }

    /** An obsolete packet block (type 2). */
    public Pcapng obsoletePacket(Frame frame, int resolution) {
      long timestamp = units(frame.seconds(), frame.nanos(), resolution);
      return block(2, buffer().putShort(frame.interfaceId()).putShort(0).putInt((int) (timestamp >>> 32))
          .putInt((int) timestamp).putInt(frame.data().length).putInt(frame.originalLength()).put(frame.data())
          .array());
    }

    /** A simple packet block: no interface, no time. */
    public Pcapng simplePacket(Frame frame) {
      return block(3, buffer().putInt(frame.originalLength()).put(frame.data()).array());
    }

    public byte[] bytes() {
      return out.toByteArray();
    }
  }

  /** A time in units of an {@code if_tsresol} byte. */
  public static long units(long seconds, int nanos, int resolution) {
    int value = resolution < 0 ? MICROSECONDS : resolution;
    int exponent = value & 0x7F;
    if ((value & 0x80) != 0) {
      return seconds << exponent | (long) (nanos * Math.pow(2, exponent) / 1e9);
    }
    long perSecond = 1;
    for (int i = 0; i < exponent; i++) {
      perSecond *= 10;
    }
    long fraction = exponent >= 9 ? nanos * (perSecond / 1_000_000_000L) : nanos / (1_000_000_000L / perSecond);
    return seconds * perSecond + fraction;
  }

  /** The bytes gzipped. */
  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The first {@code length} bytes, as a capture killed while writing. */
  public static byte[] cut(byte[] data, int length) {
    return Arrays.copyOf(data, length);
  }

  /** The bytes one after the other. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
