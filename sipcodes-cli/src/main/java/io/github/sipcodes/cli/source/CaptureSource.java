package io.github.sipcodes.cli.source;

import io.github.sipcodes.cli.message.MessageListener;
import io.github.sipcodes.cli.packet.PacketDecoder;
import io.github.sipcodes.cli.packet.TrafficCounts;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a source of SIP messages whatever its format, recognized by its first bytes ({@link InputFormat}): a pcap or
 * pcapng capture, a text trace, or any of these gzipped. Messages go to the listener while the source is read, in
 * order; the summary comes at the end.
 *
 * <pre>
 * try (InputStream in = Files.newInputStream(Path.of("call.pcapng"))) {
 *   ReadSummary summary = CaptureSource.read(in, message -&gt; System.out.println(message));
 * }
 * </pre>
 *
 * <p>The input is read as a stream, never sought, so standard input works as well as a file. Memory stays bounded
 * whatever its size: a read buffer of {@value ByteInput#CAPACITY} bytes, and the bounded reassembly of
 * {@link PacketDecoder}.
 *
 * <p>A capture that ends in the middle of a record, block or compressed member (tcpdump killed while writing) is
 * read up to there, and the summary says where it was cut ({@link ReadSummary#truncatedAt()}).
 *
 * @implSpec This class has no state; it is thread-safe, each call reading its own stream.
 */
public final class CaptureSource {

  private static final int GZIP_BUFFER = 64 * 1024;

  private CaptureSource() {}

  /**
   * Reads a whole source.
   *
   * @param in the stream; read to its end, not closed
   * @param listener receives the messages and the problems
   * @return what was read
   * @throws CaptureFormatException if the input is none of the formats (the message shows its first bytes), or a
   *     header in it is corrupt (the message names the byte offset)
   * @throws IOException if reading fails
   */
  public static ReadSummary read(InputStream in, MessageListener listener) throws IOException {
    ByteInput input = new ByteInput(in);
    InputFormat format = detect(input, "error.format.unknown");
    boolean gzip = format == InputFormat.GZIP;
    if (gzip) {
      try {
        input = new ByteInput(new GZIPInputStream(input.rest(), GZIP_BUFFER));
      } catch (EOFException e) {
        throw new CaptureFormatException("error.format.gzip-header");
      } catch (ZipException e) {
        throw new CaptureFormatException("error.format.gzip-corrupt", "0", String.valueOf(e.getMessage()));
      }
    }
    try {
      if (gzip) {
        format = detect(input, "error.format.gzip-unknown");
        if (format == InputFormat.GZIP) {
          throw new CaptureFormatException("error.format.gzip-in-gzip");
        }
      }
      return read(input, format, gzip, listener);
    } catch (ZipException e) {
      throw new CaptureFormatException("error.format.gzip-corrupt", Long.toString(input.offset()),
          String.valueOf(e.getMessage()));
    }
  }

  private static InputFormat detect(ByteInput input, String key) throws IOException {
    input.request(InputFormat.TEXT_SAMPLE);
    InputFormat format = InputFormat.detect(input.buffer(), input.position(), input.limit());
    if (format == null) {
      throw new CaptureFormatException(key, InputFormat.describe(input.buffer(), input.position(), input.limit()));
    }
    return format;
  }

  private static ReadSummary read(ByteInput input, InputFormat format, boolean gzip, MessageListener listener)
      throws IOException {
    if (format == InputFormat.TEXT) {
      long messages = new TextTraceReader(listener).read(input);
      OptionalLong cut = input.cutShort() ? OptionalLong.of(input.offset()) : OptionalLong.empty();
      return new ReadSummary(format, gzip, 0, messages, 0, Map.of(), cut);
    }
    PacketDecoder decoder = new PacketDecoder(listener);
    long cut = format == InputFormat.PCAP ? PcapReader.read(input, decoder) : PcapngReader.read(input, decoder);
    decoder.finish();
    TrafficCounts counts = decoder.counts();
    return new ReadSummary(
        format,
        gzip,
        counts.packets(),
        counts.messages(),
        counts.other(),
        counts.unreadableCounts(),
        cut >= 0 ? OptionalLong.of(cut) : OptionalLong.empty());
  }
}
