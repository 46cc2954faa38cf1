package io.github.sipcodes.cli.source;

import java.util.Arrays;

/** A growable byte array with a cap: bytes past the cap are dropped, and {@link #overflowed()} says so. */
final class ByteBuilder {

  private final int cap;
  private byte[] bytes = new byte[256];
  private int length;
  private boolean overflowed;

  ByteBuilder(int cap) {
    this.cap = cap;
  }

  void append(byte[] data, int from, int to) {
    int count = Math.min(to - from, cap - length);
    if (count < to - from) {
      overflowed = true;
    }
    if (count <= 0) {
      return;
    }
    if (length + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(cap, Math.max(length + count, bytes.length * 2)));
    }
    System.arraycopy(data, from, bytes, length, count);
    length += count;
  }

  void append(byte b) {
    if (length == cap) {
      overflowed = true;
      return;
    }
    if (length == bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(cap, bytes.length * 2));
    }
    bytes[length++] = b;
  }

  void crlf() {
    append((byte) '\r');
    append((byte) '\n');
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  boolean overflowed() {
    return overflowed;
  }

  void clear() {
    length = 0;
    overflowed = false;
    if (bytes.length > 64 * 1024) {
      bytes = new byte[256];
    }
  }
}
