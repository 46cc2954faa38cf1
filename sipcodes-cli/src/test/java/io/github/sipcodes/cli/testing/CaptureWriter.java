package io.github.sipcodes.cli.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

  /** One packet: its frame bytes, its time as seconds and nanoseconds, and its length on the wire. */
  public record Frame(byte[] data, long seconds, int nanos, int originalLength, int interfaceId) {

    /** A frame captured whole on interface 0. */
    public static Frame of(byte[] data, long seconds, int nanos) {
      return new Frame(data, seconds, nanos, data.length, 0);
    }

    /** The same frame on another pcapng interface. */
    public Frame on(int interfaceId) {
      return new Frame(data, seconds, nanos, originalLength, interfaceId);
    }

    /** The same frame cut to {@code length} captured bytes, as a snapshot length does. */
    public Frame snapped(int length) {
      return new Frame(Arrays.copyOf(data, length), seconds, nanos, data.length, interfaceId);
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
    ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    int size = 24;
    for (Frame frame : frames) {
      size += 16 + frame.data().length;
    }
    ByteBuffer out = ByteBuffer.allocate(size).order(order);
    out.putInt(nanoseconds ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
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

    private ByteBuffer buffer(int size) {
      return ByteBuffer.allocate(size).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    /** A block of any type around a body (padded to 4 bytes). */
    public Pcapng block(int type, byte[] body) {
      int padded = body.length + 3 & ~3;
      ByteBuffer block = buffer(12 + padded);
      block.putInt(type).putInt(12 + padded).put(body);
      block.position(8 + padded);
      block.putInt(12 + padded);
      out.writeBytes(block.array());
      return this;
    }

    public Pcapng section() {
      ByteBuffer body = buffer(16);
      body.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1);
      return block(0x0A0D0D0A, body.array());
    }

    public Pcapng interfaceDescription(Interface description) {
      List<byte[]> options = new ArrayList<>();
      if (description.resolution() >= 0) {
        options.add(option(9, new byte[] {(byte) description.resolution()}));
      }
      if (description.offsetSeconds() != 0) {
        options.add(option(14, buffer(8).putLong(description.offsetSeconds()).array()));
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(buffer(8).putShort((short) description.linkType()).putShort((short) 0)
          .putInt(description.snapLength()).array());
      for (byte[] option : options) {
        body.writeBytes(option);
      }
      if (!options.isEmpty()) {
        body.writeBytes(new byte[4]); // opt_endofopt
      }
      return block(1, body.toByteArray());
    }

    private byte[] option(int code, byte[] value) {
      ByteBuffer option = buffer(4 + (value.length + 3 & ~3));
      option.putShort((short) code).putShort((short) value.length).put(value);
      return option.array();
    }

    /** An enhanced packet block, its time in units of {@code resolution} (an {@code if_tsresol} byte, -1 = µs). */
    public Pcapng enhancedPacket(Frame frame, int resolution) {
      long timestamp = units(frame.seconds(), frame.nanos(), resolution);
      ByteBuffer body = buffer(20 + frame.data().length);
      body.putInt(frame.interfaceId()).putInt((int) (timestamp >>> 32)).putInt((int) timestamp)
          .putInt(frame.data().length).putInt(frame.originalLength()).put(frame.data());
      return block(6, body.array());
    }

    /** An obsolete packet block (type 2). */
    public Pcapng obsoletePacket(Frame frame, int resolution) {
      long timestamp = units(frame.seconds(), frame.nanos(), resolution);
      ByteBuffer body = buffer(20 + frame.data().length);
      body.putShort((short) frame.interfaceId()).putShort((short) 0).putInt((int) (timestamp >>> 32))
          .putInt((int) timestamp).putInt(frame.data().length).putInt(frame.originalLength()).put(frame.data());
      return block(2, body.array());
    }

    /** A simple packet block: no interface, no time. */
    public Pcapng simplePacket(Frame frame) {
      ByteBuffer body = buffer(4 + frame.data().length);
      body.putInt(frame.originalLength()).put(frame.data());
      return block(3, body.array());
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
