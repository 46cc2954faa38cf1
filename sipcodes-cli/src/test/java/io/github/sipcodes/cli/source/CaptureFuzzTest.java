package io.github.sipcodes.cli.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.SipFraming;
import io.github.sipcodes.cli.packet.LinkLayer;
import io.github.sipcodes.cli.packet.PacketDecoder;
import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.CaptureWriter.Interface;
import io.github.sipcodes.cli.testing.Recorder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz tests for every reader of untrusted input: any bytes give messages, counted problems, a truncation offset or a
 * {@link CaptureFormatException} naming what is wrong; never another exception, a message that is not one, a count
 * that does not add up, or memory beyond the bounds.
 *
 * <p>Plain {@code mvn verify} runs each method once per file under
 * {@code src/test/resources/io/github/sipcodes/cli/source/CaptureFuzzTestInputs/<method>/} (the regression inputs).
 * With the environment variable {@code JAZZER_FUZZ=1}, Jazzer fuzzes one method for its {@code maxDuration}; run one
 * method per Maven call, for example {@code -Dtest=CaptureFuzzTest#pcap}. Inputs that fail are written to the same
 * directory.
 */
class CaptureFuzzTest {

  /** The pcap file header the {@link #pcap} target puts in front of input that has none: Ethernet, microseconds. */
  static final byte[] PCAP_HEADER = Arrays.copyOf(CaptureWriter.pcap(LinkLayer.ETHERNET, false, false, List.of()), 24);

  /** The pcapng blocks the {@link #pcapng} target puts in front of input that has no section: Ethernet, then raw. */
  static final byte[] PCAPNG_HEADER = CaptureWriter.pcapng(false,
      List.of(Interface.of(LinkLayer.ETHERNET), Interface.of(LinkLayer.RAW).resolution(9)), List.of());

  static final int[] LINK_TYPES = {LinkLayer.ETHERNET, LinkLayer.RAW, LinkLayer.LINUX_SLL, LinkLayer.LINUX_SLL2,
      LinkLayer.NULL, LinkLayer.LOOP, LinkLayer.IPV6};

  /** Reads the input whole and checks that what came out is what the readers promise. */
  static void check(byte[] input) {
    Recorder recorder = new Recorder();
    ReadSummary summary;
    try {
      summary = CaptureSource.read(new ByteArrayInputStream(input), recorder);
    } catch (CaptureFormatException e) {
      assertFalse(String.valueOf(e.getMessage()).isBlank());
      return;
    } catch (IOException e) {
      fail("only a CaptureFormatException may come out of a byte array", e);
      return;
    }
    assertEquals(summary.messages(), recorder.messages.size());
    for (CapturedMessage message : recorder.messages) {
      byte[] bytes = message.bytes();
      assertTrue(bytes.length > 0 && bytes.length <= TextTraceReader.MAX_MESSAGE, "length " + bytes.length);
      assertNotEquals(SipFraming.NOT_SIP, SipFraming.startLineEnd(bytes, 0, bytes.length, true), message.toString());
      if (summary.format() != InputFormat.TEXT) {
        long frame = message.frame().orElseThrow();
        assertTrue(frame >= 1 && frame <= summary.packets(), message.toString());
        assertTrue(message.source().isPresent() && message.destination().isPresent());
      }
    }
    long problems = summary.unreadable().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(recorder.problems.size(), problems);
    summary.truncatedAt().ifPresent(offset -> assertTrue(offset >= 0
        && (summary.gzip() || offset <= input.length), "truncated at " + offset));
  }

  static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }

  @FuzzTest(maxDuration = "3s")
  void pcap(byte[] data) {
    boolean header = data.length >= 4 && InputFormat.detect(data, 0, 4) == InputFormat.PCAP;
    check(header ? data : CaptureWriter.concat(PCAP_HEADER, data));
  }

  @FuzzTest(maxDuration = "3s")
  void pcapng(byte[] data) {
    boolean header = data.length >= 4 && InputFormat.detect(data, 0, 4) == InputFormat.PCAPNG;
    check(header ? data : CaptureWriter.concat(PCAPNG_HEADER, data));
  }

  @FuzzTest(maxDuration = "3s")
  void gzip(byte[] data) {
    boolean gzipped = data.length >= 2 && InputFormat.detect(data, 0, 2) == InputFormat.GZIP;
    check(gzipped ? data : CaptureWriter.gzip(CaptureWriter.concat(PCAP_HEADER, data)));
  }

  @FuzzTest(maxDuration = "3s")
  void text(byte[] data) {
    check(data);
  }

  /**
   * The link, IP, UDP and TCP layers, through a whole pcap file. The input is: a byte choosing the link type, then
   * frames of a 16-bit length, a 16-bit original length and the bytes; each frame one second after the last. The
   * frames also go to a {@link PacketDecoder} one by one, which must hold no more than its bounds between them and
   * give the same messages.
   */
  @FuzzTest(maxDuration = "8s")
  void packets(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int linkType = LINK_TYPES[(data[0] & 0xFF) % LINK_TYPES.length];
    List<Frame> frames = new ArrayList<>();
    int at = 1;
    while (data.length - at >= 4 && frames.size() < 256) {
      int length = Math.min((data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF), data.length - at - 4);
      int original = Math.max(length, (data[at + 2] & 0xFF) << 8 | (data[at + 3] & 0xFF));
      at += 4;
      frames.add(new Frame(Arrays.copyOfRange(data, at, at + length), 1_700_000_000L + frames.size(), 0, original, 0));
      at += length;
    }
    byte[] pcap = CaptureWriter.pcap(linkType, false, true, frames);
    check(pcap);
    Recorder direct = new Recorder();
    PacketDecoder decoder = new PacketDecoder(direct);
    for (int i = 0; i < frames.size(); i++) {
      Frame frame = frames.get(i);
      decoder.frame(linkType, frame.data(), 0, frame.data().length, frame.originalLength(), i + 1, frame.seconds(),
          0, 9);
      assertTrue(decoder.heldBytes() <= PacketDecoder.MAX_HELD_BYTES, "held " + decoder.heldBytes());
    }
    decoder.finish();
    assertEquals(Recorder.read(pcap).lines(), direct.messages.stream().map(Recorder::line).toList());
  }
}
