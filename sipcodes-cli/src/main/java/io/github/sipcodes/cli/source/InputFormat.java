package io.github.sipcodes.cli.source;

import org.jspecify.annotations.Nullable;

/**
 * The formats recognized by their first bytes, never by the file's name.
 *
 * <ul>
 *   <li>pcap: the magic number {@code A1B2C3D4} (microseconds) or {@code A1B23C4D} (nanoseconds), in either byte
 *       order;
 *   <li>pcapng: a section header block, type {@code 0A0D0D0A};
 *   <li>gzip: {@code 1F 8B} (RFC 1952 §2.3.1), around any of the others;
 *   <li>text: no NUL byte, and few control characters other than tab, line ends, form feed and escape (the colours of
 *       some tools) among the first {@value #TEXT_SAMPLE} bytes. An empty input is text without messages.
 * </ul>
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum InputFormat {
  /** The classic libpcap format ({@code tcpdump -w}). */
  PCAP,
  /** pcapng, Wireshark's and dumpcap's default. */
  PCAPNG,
  /** gzip around a capture or a text trace. */
  GZIP,
  /** A text trace: raw messages, sngrep's saved text, {@code tshark -V} or ngrep output. */
  TEXT;

  /** How many first bytes are looked at to tell text from binary data. */
  public static final int TEXT_SAMPLE = 4096;

  /** The most control characters per hundred bytes of text. */
  private static final int MAX_CONTROL_PERCENT = 2;

  /**
   * Recognizes a format.
   *
   * @param data the bytes holding the start of the input
   * @param from where the input starts
   * @param to where the bytes available end: at least {@value #TEXT_SAMPLE} bytes, or the whole input if shorter
   * @return the format, or {@code null} if the input is none of them
   */
  public static @Nullable InputFormat detect(byte[] data, int from, int to) {
    int length = to - from;
    if (length >= 4) {
      int magic = (data[from] & 0xFF) << 24 | (data[from + 1] & 0xFF) << 16 | (data[from + 2] & 0xFF) << 8
          | (data[from + 3] & 0xFF);
      switch (magic) {
        case 0xA1B2C3D4, 0xD4C3B2A1, 0xA1B23C4D, 0x4D3CB2A1 -> {
          return PCAP;
        }
        case 0x0A0D0D0A -> {
          return PCAPNG;
        }
        default -> {
          // not a capture's magic number
        }
      }
    }
    if (length >= 2 && data[from] == 0x1F && (data[from + 1] & 0xFF) == 0x8B) {
      return GZIP;
    }
    int control = 0;
    int end = Math.min(to, from + TEXT_SAMPLE);
    for (int i = from; i < end; i++) {
      int b = data[i] & 0xFF;
      if (b == 0) {
        return null;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
        control++;
      }
    }
    return control * 100 <= (end - from) * MAX_CONTROL_PERCENT ? TEXT : null;
  }

  /**
   * How the first bytes of an input look, for an error message: up to 16 bytes in hexadecimal, then the same bytes
   * as text with a dot for each byte that is not printable ASCII.
   *
   * @param data the bytes holding the start of the input
   * @param from where the input starts
   * @param to where the bytes available end
   * @return for example {@code 7f 45 4c 46 02 01 01 00 ".ELF...."}; {@code nothing} for an empty input
   */
  public static String describe(byte[] data, int from, int to) {
    int end = Math.min(to, from + 16);
    if (end <= from) {
      return "nothing";
    }
    StringBuilder hex = new StringBuilder(80);
    StringBuilder text = new StringBuilder(18).append('"');
    for (int i = from; i < end; i++) {
      int b = data[i] & 0xFF;
      hex.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0x0F, 16)).append(' ');
      text.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
    }
    return hex.append(text.append('"')).toString();
  }
}
