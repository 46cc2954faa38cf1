package io.github.sipcodes.cli.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A stream read in large blocks into one buffer, so that records are parsed where they lie, without a copy; it can
 * be looked into before it is consumed (the first bytes decide the format), which works on standard input too.
 *
 * <p>A stream that ends inside a compressed member ({@link EOFException} from a gzip stream) ends here as if the file
 * ended, and {@link #cutShort()} says so. Not thread-safe.
 */
final class ByteInput {

  /** The largest the buffer grows: enough for the longest block read whole and more. */
  static final int CAPACITY = 2 << 20;

  /** The buffer's first size: large reads, and little memory for small inputs. */
  static final int INITIAL = 256 * 1024;

  private final InputStream in;
  private final int capacity;
  private byte[] buffer;
  private int position;
  private int limit;
  private long base;
  private boolean ended;
  private boolean cutShort;

  ByteInput(InputStream in) {
    this(in, CAPACITY);
  }

  ByteInput(InputStream in, int capacity) {
    this.in = in;
    this.capacity = capacity;
    this.buffer = new byte[Math.min(INITIAL, capacity)];
  }

  /** The buffer, which may change after {@link #request}; valid bytes are from {@link #position()} to {@link #limit()}. */
  byte[] buffer() {
    return buffer;
  }

  int position() {
    return position;
  }

  int limit() {
    return limit;
  }

  int available() {
    return limit - position;
  }

  /** Where {@link #position()} is in the stream, counted in bytes from its start. */
  long offset() {
    return base + position;
  }

  /** Whether the stream ended inside a compressed member rather than cleanly. */
  boolean cutShort() {
    return cutShort;
  }

  /**
   * Makes {@code count} bytes available from the position, reading as much as fits.
   *
   * @return {@code false} if the stream ends first (what there is stays available)
   * @throws IllegalArgumentException if {@code count} is more than the buffer holds
   */
  boolean request(int count) throws IOException {
    if (limit - position >= count) {
      return true;
    }
    if (count > capacity) {
      throw new IllegalArgumentException("Cannot buffer " + count + " bytes (at most " + capacity + ")");
    }
    if (count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(count, Math.min(capacity, buffer.length * 2)));
    }
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      base += position;
      limit -= position;
      position = 0;
    }
    while (limit < count && !ended) {
      int read;
      try {
        read = in.read(buffer, limit, buffer.length - limit);
      } catch (EOFException e) {
        cutShort = true;
        read = -1;
      }
      if (read < 0) {
        ended = true;
      } else {
        limit += read;
      }
    }
    return limit >= count;
  }

  /** Consumes {@code count} available bytes. */
  void advance(int count) {
    if (count < 0 || count > limit - position) {
      throw new IllegalArgumentException("Cannot advance " + count + " bytes (" + (limit - position) + " available)");
    }
    position += count;
  }

  /**
   * Consumes {@code count} bytes, reading past what is buffered if need be.
   *
   * @return {@code false} if the stream ends first
   */
  boolean skip(long count) throws IOException {
    long left = count;
    while (left > 0) {
      if (position == limit && !request(1)) {
        return false;
      }
      int step = (int) Math.min(left, limit - position);
      position += step;
      left -= step;
    }
    return true;
  }

  /** The rest of the stream: the buffered bytes, then the underlying stream. Reading it consumes this input. */
  InputStream rest() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        return request(1) ? buffer[position++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        if (!request(1)) {
          return -1;
        }
        int count = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, count);
        position += count;
        return count;
      }
    };
  }
}
