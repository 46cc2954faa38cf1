package io.github.sipcodes.cli.source;

import static io.github.sipcodes.cli.testing.CaptureWriter.concat;
import static io.github.sipcodes.cli.testing.CaptureWriter.cut;
import static io.github.sipcodes.cli.testing.CaptureWriter.pcap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sipcodes.cli.packet.LinkLayer;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.Recorder;
import io.github.sipcodes.cli.testing.SampleCall;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PcapReaderTest {

  static final String INVITE = SampleCall.INVITE;
  static final String BUSY = SampleCall.BUSY;

  static List<Frame> call() {
    return SampleCall.frames();
  }

  @ParameterizedTest
  @CsvSource({"false, false", "true, false", "false, true", "true, true"})
  void bothByteOrders_microAndNanoseconds(boolean bigEndian, boolean nanoseconds) {
    Recorder.Result result = Recorder.read(pcap(LinkLayer.ETHERNET, bigEndian, nanoseconds, call()));
    String first = nanoseconds ? "2023-11-14T22:13:20.123456789Z" : "2023-11-14T22:13:20.123456Z";
    String second = nanoseconds ? "2023-11-14T22:13:21.000000500Z" : "2023-11-14T22:13:21.000000Z";
    assertEquals(
        List.of(
            "#1 192.0.2.10:5060 -> 198.51.100.20:5060 UDP " + first + ": INVITE sip:bob@example.com SIP/2.0",
            "#2 198.51.100.20:5060 -> 192.0.2.10:5060 UDP " + second + ": SIP/2.0 486 Busy Here"),
        result.lines());
    assertEquals(List.of(INVITE, BUSY), result.texts());
    assertEquals(nanoseconds ? 9 : 6, result.messages().get(0).time().orElseThrow().fractionDigits());
    ReadSummary summary = result.summary();
    assertEquals(InputFormat.PCAP, summary.format());
    assertEquals(2, summary.packets());
    assertEquals(2, summary.messages());
    assertEquals(0, summary.other());
    assertEquals(OptionalLong.empty(), summary.truncatedAt());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void cutInARecord_readsWhatCameBefore_andSaysWhere() {
    byte[] whole = pcap(LinkLayer.ETHERNET, false, false, call());
    int secondRecord = 24 + 16 + call().get(0).data().length;
    for (int length : new int[] {secondRecord + 1, secondRecord + 15, secondRecord + 16, whole.length - 1}) {
      Recorder.Result result = Recorder.read(cut(whole, length));
      assertEquals(1, result.messages().size(), "cut at " + length);
      assertEquals(OptionalLong.of(secondRecord), result.summary().truncatedAt(), "cut at " + length);
    }
    assertEquals(OptionalLong.empty(), Recorder.read(cut(whole, secondRecord)).summary().truncatedAt());
    Recorder.Result header = Recorder.read(cut(whole, 10));
    assertEquals(OptionalLong.of(0), header.summary().truncatedAt());
    assertEquals(0, header.summary().packets());
  }

  @Test
  void impossibleCapturedLength_isCorrupt_namingTheOffset() {
    byte[] file = pcap(LinkLayer.ETHERNET, false, false, call());
    int secondRecord = 24 + 16 + call().get(0).data().length;
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(secondRecord + 8, 262_145);
    CaptureFormatException e = assertThrows(CaptureFormatException.class,
        () -> CaptureSource.read(new ByteArrayInputStream(file), new Recorder()));
    assertEquals("corrupt pcap record header at byte offset " + secondRecord + ": captured length 262145 (at most"
        + " 262144)", e.getMessage());
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(secondRecord + 8, -1);
    e = assertThrows(CaptureFormatException.class,
        () -> CaptureSource.read(new ByteArrayInputStream(file), new Recorder()));
    assertEquals("corrupt pcap record header at byte offset " + secondRecord + ": captured length 4294967295 (at"
        + " most 262144)", e.getMessage());
    // The largest allowed length is a cut record, not a corrupt one.
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(secondRecord + 8, 262_144);
    assertEquals(OptionalLong.of(secondRecord), Recorder.read(file).summary().truncatedAt());
  }

  @Test
  void versionOtherThan2_isRejected() {
    byte[] file = pcap(LinkLayer.ETHERNET, true, false, call());
    file[5] = 1;
    CaptureFormatException e = assertThrows(CaptureFormatException.class,
        () -> CaptureSource.read(new ByteArrayInputStream(file), new Recorder()));
    assertEquals("unsupported pcap version 1.4 (expected 2.4)", e.getMessage());
  }

  @Test
  void capturedLengthAboveTheOriginal_isTakenAsWhole() {
    Frame frame = call().get(1);
    Frame odd = new Frame(frame.data(), frame.seconds(), frame.nanos(), 10, 0);
    Recorder.Result result = Recorder.read(pcap(LinkLayer.ETHERNET, false, false, List.of(odd)));
    assertEquals(List.of(BUSY), result.texts());
  }

  @Test
  void microsecondFieldOverASecond_carriesIntoTheSeconds() {
    byte[] file = pcap(LinkLayer.ETHERNET, false, false, call().subList(1, 2));
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(24 + 4, 2_500_000);
    assertEquals("2023-11-14T22:13:23.500000Z",
        Recorder.read(file).messages().get(0).time().orElseThrow().toString());
  }

  @Test
  void linkTypeUpperBits_areIgnored() {
    byte[] file = pcap(LinkLayer.ETHERNET, false, false, call());
    file[23] = 0x10; // FCS length bits
    assertEquals(2, Recorder.read(file).messages().size());
  }

  @Test
  void theLargestSeconds_andMicroseconds_stillMakeATime() {
    byte[] file = pcap(LinkLayer.ETHERNET, false, false, call().subList(1, 2));
    ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(24, -1).putInt(28, -1);
    // 2^32 - 1 seconds plus 2^32 - 1 microseconds, which carry 4294 seconds.
    assertEquals(java.time.Instant.ofEpochSecond(4_294_967_295L + 4294, 967_295_000L),
        Recorder.read(concat(file)).messages().get(0).time().orElseThrow().instant().orElseThrow());
  }
}
