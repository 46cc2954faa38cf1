package io.github.sipcodes.cli.packet;

/**
 * Unsigned integers read from byte arrays, in network order (big-endian) and in little-endian order. The caller
 * checks the bounds.
 *
 * @implSpec This class has no state; it is thread-safe.
 */
public final class Bytes {

  private Bytes() {}

  /**
   * A big-endian 16-bit value.
   *
   * @param data the bytes
   * @param at the index of the first byte
   * @return 0-65535
   */
  public static int u16(byte[] data, int at) {
    return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
  }

  /**
   * A big-endian 32-bit value.
   *
   * @param data the bytes
   * @param at the index of the first byte
   * @return the value's 32 bits
   */
  public static int u32(byte[] data, int at) {
    return (data[at] & 0xFF) << 24 | (data[at + 1] & 0xFF) << 16 | (data[at + 2] & 0xFF) << 8 | (data[at + 3] & 0xFF);
  }

  /**
   * A big-endian 64-bit value.
   *
   * @param data the bytes
   * @param at the index of the first byte
   * @return the value's 64 bits
   */
  public static long u64(byte[] data, int at) {
    return (long) u32(data, at) << 32 | (u32(data, at + 4) & 0xFFFF_FFFFL);
  }

  /**
   * A 16-bit value in the given order.
   *
   * @param data the bytes
   * @param at the index of the first byte
   * @param bigEndian whether the most significant byte comes first
   * @return 0-65535
   */
  public static int u16(byte[] data, int at, boolean bigEndian) {
    return bigEndian ? u16(data, at) : (data[at + 1] & 0xFF) << 8 | (data[at] & 0xFF);
  }

  /**
   * A 32-bit value in the given order.
   *
   * @param data the bytes
   * @param at the index of the first byte
   * @param bigEndian whether the most significant byte comes first
   * @return the value's 32 bits
   */
  public static int u32(byte[] data, int at, boolean bigEndian) {
    return bigEndian ? u32(data, at) : Integer.reverseBytes(u32(data, at));
  }
}
