package io.github.sipcodes.cli.source;

import static io.github.sipcodes.cli.testing.CaptureWriter.cut;
import static io.github.sipcodes.cli.testing.CaptureWriter.gzip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sipcodes.cli.packet.LinkLayer;
import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.Recorder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CaptureSourceTest {

  static byte[] pcap() {
    return CaptureWriter.pcap(LinkLayer.ETHERNET, false, false, PcapReaderTest.call());
  }

  static byte[] pcapng() {
    return CaptureWriter.pcapng(true, PcapngReaderTest.interfaces(), PcapngReaderTest.frames());
  }

  static byte[] text() {
    return "SIP/2.0 486 Busy Here\r\nRetry-After: 5\r\n\r\n".getBytes(StandardCharsets.UTF_8);
  }

  static String error(byte[] input) {
    return String.valueOf(assertThrows(CaptureFormatException.class,
        () -> CaptureSource.read(new ByteArrayInputStream(input), new Recorder())).getMessage());
  }

  @Test
  void formats_areRecognizedByTheirFirstBytes() {
    byte[] pcap = pcap();
    assertEquals(InputFormat.PCAP, InputFormat.detect(pcap, 0, pcap.length));
    for (int magic : new int[] {0xA1B2C3D4, 0xD4C3B2A1, 0xA1B23C4D, 0x4D3CB2A1}) {
      byte[] header = {(byte) (magic >> 24), (byte) (magic >> 16), (byte) (magic >> 8), (byte) magic};
      assertEquals(InputFormat.PCAP, InputFormat.detect(header, 0, 4), Integer.toHexString(magic));
    }
    assertEquals(InputFormat.PCAPNG, InputFormat.detect(new byte[] {0x0A, 0x0D, 0x0D, 0x0A}, 0, 4));
    assertEquals(InputFormat.GZIP, InputFormat.detect(new byte[] {0x1F, (byte) 0x8B}, 0, 2));
    assertEquals(InputFormat.TEXT, InputFormat.detect(new byte[0], 0, 0));
    assertEquals(InputFormat.TEXT, InputFormat.detect(text(), 0, text().length));
    byte[] offset = {0, 0, 0x1F, (byte) 0x8B};
    assertEquals(InputFormat.GZIP, InputFormat.detect(offset, 2, 4));
    assertNull(InputFormat.detect(new byte[] {0x1F, 0x0B}, 0, 2));
  }

  @Test
  void text_allowsTabsLineEndsAndEscapes_butFewOtherControls() {
    byte[] sample = new byte[100];
    java.util.Arrays.fill(sample, (byte) 'a');
    sample[0] = '\t';
    sample[1] = '\n';
    sample[2] = '\r';
    sample[3] = '\f';
    sample[4] = 0x1B;
    sample[5] = 0x01;
    sample[6] = 0x7F;
    assertEquals(InputFormat.TEXT, InputFormat.detect(sample, 0, 100));
    sample[7] = 0x02;
    assertNull(InputFormat.detect(sample, 0, 100));
    byte[] nul = text().clone();
    nul[nul.length - 1] = 0;
    assertNull(InputFormat.detect(nul, 0, nul.length));
    // Only the first bytes are looked at.
    byte[] late = new byte[InputFormat.TEXT_SAMPLE + 10];
    java.util.Arrays.fill(late, (byte) 'a');
    late[InputFormat.TEXT_SAMPLE + 5] = 0;
    assertEquals(InputFormat.TEXT, InputFormat.detect(late, 0, late.length));
  }

  @Test
  void anythingElse_isAnErrorShowingTheFirstBytes() {
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0};
    assertEquals("not a pcap, pcapng, gzip or text file: it starts with 7f 45 4c 46 02 01 01 00 00 00 00 00 00 00 00"
        + " 00 \".ELF............\"", error(elf));
    assertEquals("nothing", InputFormat.describe(elf, 3, 3));
    assertEquals("4c 46 \"LF\"", InputFormat.describe(elf, 2, 4));
  }

  @Test
  void gzip_aroundEachFormat() {
    assertEquals(PcapReaderTest.BUSY, Recorder.read(gzip(pcap())).texts().get(1));
    Recorder.Result pcapng = Recorder.read(gzip(pcapng()));
    assertEquals(InputFormat.PCAPNG, pcapng.summary().format());
    assertEquals(true, pcapng.summary().gzip());
    assertEquals(4, pcapng.messages().size());
    Recorder.Result text = Recorder.read(gzip(text()));
    assertEquals(InputFormat.TEXT, text.summary().format());
    assertEquals(List.of("SIP/2.0 486 Busy Here\r\nRetry-After: 5\r\n\r\n"), text.texts());
    assertEquals(false, Recorder.read(pcap()).summary().gzip());
  }

  @Test
  void gzip_cutShort_readsWhatCameBefore() {
    byte[] big = CaptureWriter.pcap(LinkLayer.ETHERNET, false, false,
        java.util.Collections.nCopies(2000, PcapReaderTest.call().get(1)));
    byte[] zipped = gzip(big);
    Recorder.Result result = Recorder.read(cut(zipped, zipped.length / 2));
    long count = result.messages().size();
    assertEquals(true, count > 100 && count < 2000, "messages: " + count);
    int record = 16 + PcapReaderTest.call().get(1).data().length;
    assertEquals(OptionalLong.of(24 + count * record), result.summary().truncatedAt());
    // The trailer missing: every record is there, but the stream is cut.
    Recorder.Result trailer = Recorder.read(cut(zipped, zipped.length - 4));
    assertEquals(2000, trailer.messages().size());
    assertEquals(OptionalLong.of(big.length), trailer.summary().truncatedAt());
    Recorder.Result textCut = Recorder.read(cut(gzip(text()), 20));
    assertEquals(true, textCut.summary().truncatedAt().orElseThrow() < text().length, textCut.summary().toString());
  }

  @Test
  void gzip_thatIsNotRight_isAnError() {
    assertEquals("gzip data that ends inside its header", error(new byte[] {0x1F, (byte) 0x8B, 8}));
    assertEquals("corrupt gzip data at byte offset 0 of its content: Unsupported compression method",
        error(new byte[] {0x1F, (byte) 0x8B, 7, 0, 0, 0, 0, 0, 0, 0}));
    byte[] corrupt = gzip(pcap());
    for (int i = 20; i < 40; i++) {
      corrupt[i] = (byte) 0xFF;
    }
    assertEquals(true, error(corrupt).startsWith("corrupt gzip data at byte offset "), error(corrupt));
    assertEquals("gzip data whose content is gzip again (expected a pcap, pcapng or text file inside)",
        error(gzip(gzip(text()))));
    assertEquals("gzip data whose content is not a pcap, pcapng or text file: it starts with 00 01 02 \"...\"",
        error(gzip(new byte[] {0, 1, 2})));
  }

  @Test
  void standardInput_isReadAsAStream_inSmallPieces() throws IOException {
    byte[] file = pcap();
    InputStream trickle = new ByteArrayInputStream(file) {
      @Override
      public synchronized int read(byte[] buffer, int offset, int length) {
        return super.read(buffer, offset, Math.min(length, 3));
      }
    };
    Recorder recorder = new Recorder();
    ReadSummary summary = CaptureSource.read(trickle, recorder);
    assertEquals(2, summary.messages());
    assertEquals(List.of(PcapReaderTest.INVITE, PcapReaderTest.BUSY),
        recorder.messages.stream().map(io.github.sipcodes.cli.message.CapturedMessage::text).toList());
  }

  @Test
  void summary_isImmutable() {
    java.util.Map<io.github.sipcodes.cli.message.Unreadable, Long> counts = new java.util.HashMap<>();
    counts.put(io.github.sipcodes.cli.message.Unreadable.TLS, 2L);
    ReadSummary summary = new ReadSummary(InputFormat.PCAP, false, 1, 2, 3, counts, OptionalLong.empty());
    counts.clear();
    assertEquals(java.util.Map.of(io.github.sipcodes.cli.message.Unreadable.TLS, 2L), summary.unreadable());
    assertThrows(UnsupportedOperationException.class, () -> summary.unreadable().clear());
  }
}
