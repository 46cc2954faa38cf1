package io.github.sipcodes.cli.message;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One SIP message as a capture or a trace delivered it: its bytes (start line, header section and body), when it was
 * captured, between which endpoints, on which transport, and where in the input it was found.
 *
 * <p>The bytes are one whole message: from the start line ({@code SIP/2.0 486 Busy Here} or {@code INVITE
 * sip:bob@example.com SIP/2.0}, RFC 3261 §7.1, §7.2), leading CR and LF dropped, to the end of the body as its
 * {@code Content-Length} frames it on TCP (RFC 3261 §18.3), or to the end of the datagram on UDP (one message per
 * datagram; bytes after the body its {@code Content-Length} gives, which §18.3 has the receiver drop, are still
 * there for the reader of the head to drop). A message from a text
 * trace has its lines joined with CRLF; its body is kept when the trace shows it as text (raw messages, sngrep,
 * ngrep) and left out for {@code tshark -V}, which shows a decoded body instead. Nothing here parses a header.
 *
 * <p>What is not known is empty: a text trace may give no time or addresses; a packet capture has frame numbers,
 * a text trace line numbers (and frame numbers too for {@code tshark -V}).
 *
 * @implSpec This is an immutable and thread-safe class: the bytes are copied in and copied out.
 */
public final class CapturedMessage {

  private final byte[] bytes;
  private final @Nullable CaptureTime time;
  private final @Nullable Endpoint source;
  private final @Nullable Endpoint destination;
  private final Transport transport;
  private final long frame;
  private final long line;

  private CapturedMessage(
      byte[] bytes,
      @Nullable CaptureTime time,
      @Nullable Endpoint source,
      @Nullable Endpoint destination,
      Transport transport,
      long frame,
      long line) {
    this.bytes = bytes;
    this.time = time;
    this.source = source;
    this.destination = destination;
    this.transport = Objects.requireNonNull(transport, "transport");
    this.frame = frame;
    this.line = line;
  }

  /**
   * A message read from a packet capture.
   *
   * @param data the array that holds the message; the message is copied out of it
   * @param offset where the message starts in {@code data}
   * @param length the length of the message
   * @param time when the packet that completed the message was captured, or {@code null} if the capture does not say
   *     (a pcapng simple packet block)
   * @param source the sender
   * @param destination the receiver
   * @param transport UDP or TCP
   * @param frame the number of the packet that completed the message, from 1
   * @return the message
   * @throws IndexOutOfBoundsException if the range is not inside {@code data}
   * @throws IllegalArgumentException if {@code frame} is less than 1
   */
  public static CapturedMessage fromCapture(
      byte[] data,
      int offset,
      int length,
      @Nullable CaptureTime time,
      Endpoint source,
      Endpoint destination,
      Transport transport,
      long frame) {
    Objects.checkFromIndexSize(offset, length, data.length);
    if (frame < 1) {
      throw new IllegalArgumentException("Invalid frame number: " + frame + " (expected 1 or more)");
    }
    return new CapturedMessage(
        Arrays.copyOfRange(data, offset, offset + length),
        time,
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(destination, "destination"),
        transport,
        frame,
        0);
  }

  /**
   * A message read from a text trace.
   *
   * @param data the array that holds the message, lines joined with CRLF; the message is copied out of it
   * @param offset where the message starts in {@code data}
   * @param length the length of the message
   * @param time the time the trace gives, or {@code null}
   * @param source the sender the trace gives, or {@code null}
   * @param destination the receiver the trace gives, or {@code null}
   * @param transport the transport the trace gives
   * @param frame the frame number the trace gives ({@code tshark -V}), or 0
   * @param line the number of the line that holds the start line, from 1
   * @return the message
   * @throws IndexOutOfBoundsException if the range is not inside {@code data}
   * @throws IllegalArgumentException if {@code line} is less than 1 or {@code frame} negative
   */
  public static CapturedMessage fromText(
      byte[] data,
      int offset,
      int length,
      @Nullable CaptureTime time,
      @Nullable Endpoint source,
      @Nullable Endpoint destination,
      Transport transport,
      long frame,
      long line) {
    Objects.checkFromIndexSize(offset, length, data.length);
    if (line < 1 || frame < 0) {
      throw new IllegalArgumentException("Invalid line or frame number: " + line + ", " + frame
          + " (expected a line from 1 and a frame from 0)");
    }
    return new CapturedMessage(
        Arrays.copyOfRange(data, offset, offset + length), time, source, destination, transport, frame, line);
  }

  /**
   * When the message was captured.
   *
   * @return the time, or empty if the input does not say
   */
  public Optional<CaptureTime> time() {
    return Optional.ofNullable(time);
  }

  /**
   * Who sent the message.
   *
   * @return the source address and port, or empty if the input does not say
   */
  public Optional<Endpoint> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Who the message was sent to.
   *
   * @return the destination address and port, or empty if the input does not say
   */
  public Optional<Endpoint> destination() {
    return Optional.ofNullable(destination);
  }

  /**
   * The transport the message was carried on.
   *
   * @return UDP, TCP, or {@link Transport#UNKNOWN} when a text trace does not say
   */
  public Transport transport() {
    return transport;
  }

  /**
   * The number of the packet that completed the message, counted from 1 as Wireshark counts frames: the datagram's
   * last fragment, or the TCP segment that brought its last byte.
   *
   * @return the frame number, or empty for a text trace that does not give one
   */
  public OptionalLong frame() {
    return frame > 0 ? OptionalLong.of(frame) : OptionalLong.empty();
  }

  /**
   * The number of the line of a text trace that holds the message's start line.
   *
   * @return the line number from 1, or empty for a packet capture
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * The length of the message in bytes.
   *
   * @return the length
   */
  public int length() {
    return bytes.length;
  }

  /**
   * The bytes of the message.
   *
   * @return a new array
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * The bytes of the message without a copy.
   *
   * @return a read-only buffer over the message, positioned at its start
   */
  public ByteBuffer buffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /**
   * The message as text, decoded as UTF-8 (RFC 3261 §7.3.1); bytes that are not UTF-8 become U+FFFD.
   *
   * @return the text
   */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Whether the message is a response: its start line begins with {@code SIP/2.0} and a space (RFC 3261 §7.2; the
   * version is compared without regard to case, §7.1).
   *
   * @return {@code true} for a response, {@code false} for a request
   */
  public boolean isResponse() {
    return SipFraming.isStatusLine(bytes, 0, bytes.length);
  }

  /**
   * The start line, without its line end.
   *
   * @return the first line of the message
   */
  public String startLine() {
    int end = 0;
    while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
      end++;
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  /**
   * The start line and where the message comes from, for logs: {@code frame 12, 192.0.2.1:5060 -> 192.0.2.2:5060
   * UDP: SIP/2.0 486 Busy Here}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(128);
    out.append(line > 0 ? "line " + line : "frame " + frame);
    if (source != null && destination != null) {
      out.append(", ").append(source).append(" -> ").append(destination);
    }
    return out.append(' ').append(transport).append(": ").append(startLine()).toString();
  }
}
