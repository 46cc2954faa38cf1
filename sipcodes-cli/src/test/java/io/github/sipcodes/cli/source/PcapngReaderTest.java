package io.github.sipcodes.cli.source;

import static io.github.sipcodes.cli.testing.CaptureWriter.concat;
import static io.github.sipcodes.cli.testing.CaptureWriter.cut;
import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.ethernet;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.ipv6;
import static io.github.sipcodes.cli.testing.Packets.linuxCooked;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static io.github.sipcodes.cli.testing.SipMessages.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sipcodes.cli.packet.LinkLayer;
import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.CaptureWriter.Interface;
import io.github.sipcodes.cli.testing.CaptureWriter.Pcapng;
import io.github.sipcodes.cli.testing.Recorder;
import io.github.sipcodes.cli.testing.SipMessages;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapngReaderTest {

  static final String OK = SipMessages.response(200, "OK", "c", 1, "");

  static byte[] ip4() {
    return ipv4("192.0.2.1", "192.0.2.2", UDP, udp("192.0.2.1", 5060, "192.0.2.2", 5062, bytes(OK)));
  }

  static byte[] ip6() {
    return ipv6("2001:db8::1", "2001:db8::2", UDP, udp("2001:db8::1", 5060, "2001:db8::2", 5062, bytes(OK)));
  }

  static final long SECONDS = 1_700_000_000L;
  static final int NANOS = 123_456_789;

  static List<Interface> interfaces() {
    return List.of(
        Interface.of(LinkLayer.ETHERNET),
        Interface.of(LinkLayer.LINUX_SLL).resolution(CaptureWriter.NANOSECONDS),
        Interface.of(LinkLayer.RAW).resolution(0x80 | 10).offset(3600),
        Interface.of(LinkLayer.IPV6).resolution(3));
  }

  static List<Frame> frames() {
    return List.of(
        Frame.of(ethernet(ip4()), SECONDS, NANOS),
        Frame.of(linuxCooked(ip4()), SECONDS, NANOS).on(1),
        Frame.of(ip4(), SECONDS, NANOS).on(2),
        Frame.of(ip6(), SECONDS, NANOS).on(3));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void severalInterfaces_eachWithItsLinkTypeAndResolution(boolean bigEndian) {
    Recorder.Result result = Recorder.read(CaptureWriter.pcapng(bigEndian, interfaces(), frames()));
    assertEquals(
        List.of(
            "#1 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T22:13:20.123456Z: SIP/2.0 200 OK",
            "#2 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T22:13:20.123456789Z: SIP/2.0 200 OK",
            // 2^-10 s: 126/1024 s = 0.123046875 s, written with the 4 digits that tell 2^-10 apart; one hour later.
            "#3 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T23:13:20.1230Z: SIP/2.0 200 OK",
            "#4 [2001:db8::1]:5060 -> [2001:db8::2]:5062 UDP 2023-11-14T22:13:20.123Z: SIP/2.0 200 OK"),
        result.lines());
    assertEquals(123_046_875, result.messages().get(2).time().orElseThrow().nano());
    assertEquals(InputFormat.PCAPNG, result.summary().format());
    assertEquals(4, result.summary().packets());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void simpleAndObsoletePackets_andBlocksOfOtherTypes() {
    Frame frame = Frame.of(ethernet(ip4()), SECONDS, NANOS);
    byte[] file = new Pcapng(false).section()
        .interfaceDescription(Interface.of(LinkLayer.ETHERNET))
        .block(5, new byte[20]) // interface statistics
        .simplePacket(frame)
        .block(0x0BAD, new byte[] {1, 2, 3}) // custom
        .obsoletePacket(frame, -1)
        .bytes();
    Recorder.Result result = Recorder.read(file);
    assertEquals(
        List.of(
            "#1 192.0.2.1:5060 -> 192.0.2.2:5062 UDP no-time: SIP/2.0 200 OK",
            "#2 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T22:13:20.123456Z: SIP/2.0 200 OK"),
        result.lines());
  }

  @Test
  void simplePacket_isCutToTheSnapshotLengthAndTheOriginalLength() {
    Frame frame = Frame.of(ethernet(ip4()), SECONDS, NANOS);
    byte[] snapped = new Pcapng(true).section()
        .interfaceDescription(new Interface(LinkLayer.ETHERNET, 60, -1, 0))
        .simplePacket(frame)
        .bytes();
    Recorder.Result result = Recorder.read(snapped);
    assertEquals(List.of(), result.messages());
    assertEquals(List.of("TRUNCATED_PACKET@1"), result.problems());
    // An original length shorter than the data: the padding is not part of the packet.
    Frame shorter = new Frame(frame.data(), 0, 0, 14 + 20 + 8, 0);
    Recorder.Result cut = Recorder.read(new Pcapng(false).section()
        .interfaceDescription(Interface.of(LinkLayer.ETHERNET)).simplePacket(shorter).bytes());
    assertEquals(List.of("MALFORMED_PACKET@1"), cut.problems());
  }

  @Test
  void aNewSection_hasItsOwnByteOrderAndInterfaces() {
    byte[] first = CaptureWriter.pcapng(false, interfaces(), frames().subList(0, 1));
    byte[] second = CaptureWriter.pcapng(true, List.of(Interface.of(LinkLayer.RAW)),
        List.of(Frame.of(ip4(), SECONDS + 1, 0)));
    Recorder.Result result = Recorder.read(concat(first, second));
    assertEquals(
        List.of(
            "#1 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T22:13:20.123456Z: SIP/2.0 200 OK",
            "#2 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T22:13:21.000000Z: SIP/2.0 200 OK"),
        result.lines());
    // Interface 1 of the first section does not exist in the second.
    byte[] stale = concat(first, new Pcapng(true).section().enhancedPacket(frames().get(1), 9).bytes());
    assertEquals("corrupt pcapng block at byte offset " + (first.length + 28)
        + ": packet of interface 1, but the section describes 0", error(stale));
  }

  @Test
  void timestampsOutOfRange_giveNoTime() {
    Frame late = Frame.of(ip4(), 0, 0);
    byte[] file = new Pcapng(false).section()
        .interfaceDescription(Interface.of(LinkLayer.RAW).resolution(0))
        .interfaceDescription(Interface.of(LinkLayer.RAW).resolution(0).offset(-100))
        .enhancedPacket(late, 0)
        .enhancedPacket(late.on(1), 0)
        .bytes();
    // Seconds at 10^0: the timestamp is the seconds; 2^64-1 is far beyond year 9999.
    ByteBuffer buffer = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int firstPacket = 28 + 32 + 44; // section, then interfaces with tsresol and with tsresol and tsoffset
    buffer.putInt(firstPacket + 12, -1).putInt(firstPacket + 16, -1);
    Recorder.Result result = Recorder.read(file);
    assertEquals(
        List.of("#1 192.0.2.1:5060 -> 192.0.2.2:5062 UDP no-time: SIP/2.0 200 OK",
            "#2 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 1969-12-31T23:58:20Z: SIP/2.0 200 OK"),
        result.lines());
  }

  @Test
  void cutInABlock_readsWhatCameBefore() {
    byte[] whole = CaptureWriter.pcapng(false, interfaces(), frames());
    int lastBlock = whole.length - (12 + 20 + (frames().get(3).data().length + 3 & ~3));
    for (int length : new int[] {lastBlock + 1, lastBlock + 11, lastBlock + 12, whole.length - 1}) {
      Recorder.Result result = Recorder.read(cut(whole, length));
      assertEquals(3, result.messages().size(), "cut at " + length);
      assertEquals(OptionalLong.of(lastBlock), result.summary().truncatedAt(), "cut at " + length);
    }
    byte[] skipped = concat(cut(whole, lastBlock), new Pcapng(false).block(0x0BAD, new byte[3 << 20]).bytes());
    assertEquals(OptionalLong.of(lastBlock), Recorder.read(cut(skipped, skipped.length - 5)).summary().truncatedAt());
    assertEquals(OptionalLong.empty(), Recorder.read(skipped).summary().truncatedAt());
  }

  static String error(byte[] file) {
    return String.valueOf(assertThrows(CaptureFormatException.class,
        () -> CaptureSource.read(new ByteArrayInputStream(file), new Recorder())).getMessage());
  }

  static byte[] withInt(byte[] file, int at, int value, boolean bigEndian) {
    byte[] copy = file.clone();
    ByteBuffer.wrap(copy).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    return copy;
  }

  @Test
  void corruptBlocks_nameTheirOffset() {
    byte[] file = CaptureWriter.pcapng(false, interfaces(), frames());
    int idb = 28;
    assertEquals("corrupt pcapng block at byte offset 28: block of type 1 with total length 13 (expected a multiple"
        + " of 4 from 12 to 1048576)", error(withInt(file, idb + 4, 13, false)));
    assertEquals("corrupt pcapng block at byte offset 28: block of type 1 with total length 8 (expected a multiple"
        + " of 4 from 12 to 1048576)", error(withInt(file, idb + 4, 8, false)));
    assertEquals("corrupt pcapng block at byte offset 28: block whose total length at its end, 21, differs from the"
        + " one at its start, 20", error(withInt(file, idb + 16, 21, false)));
    assertEquals("corrupt pcapng block at byte offset 0: section header with byte-order magic 1a2b3c4e (expected"
        + " 1a2b3c4d in either byte order)", error(withInt(file, 8, 0x1A2B3C4E, true)));
    byte[] version = file.clone();
    version[12] = 2;
    assertEquals("corrupt pcapng block at byte offset 0: section of pcapng version 2.0 (expected 1.0)",
        error(version));
    int firstPacket = 28 + 20 + 32 + 44 + 32; // section, interfaces without options, with one and with two
    assertEquals("corrupt pcapng block at byte offset " + firstPacket + ": block of type 6 with total length 1048580"
        + " (expected a multiple of 4 from 12 to 1048576)", error(withInt(file, firstPacket + 4, 1_048_580, false)));
    assertEquals("corrupt pcapng block at byte offset " + firstPacket + ": packet block whose captured length 4000"
        + " exceeds its block of " + (32 + (frames().get(0).data().length + 3 & ~3)) + " bytes",
        error(withInt(file, firstPacket + 20, 4000, false)));
    assertEquals("corrupt pcapng block at byte offset " + firstPacket + ": packet of interface 7, but the section"
        + " describes 4", error(withInt(file, firstPacket + 8, 7, false)));
    assertEquals("corrupt pcapng block at byte offset 28: block of type 1 with total length 1048580 (expected a"
        + " multiple of 4 from 12 to 1048576)", error(withInt(file, idb + 4, 1_048_580, false)));
    assertEquals("corrupt pcapng block at byte offset 0: block of type 168627466 with total length 16777216 (expected a"
        + " multiple of 4 from 12 to 1048576)", error(withInt(file, 4, 16_777_216, false)));
    byte[] custom = CaptureWriter.concat(file, new Pcapng(false).block(0x0BAD, new byte[0]).bytes());
    assertEquals("corrupt pcapng block at byte offset " + file.length + ": block of type 2989 with total length"
        + " 16777220 (expected a multiple of 4 from 12 to 16777216)",
        error(withInt(custom, file.length + 4, 16_777_220, false)));
  }

  @Test
  void impossibleResolutionsAndSizes_areCorrupt() {
    byte[] fine = new Pcapng(false).section().interfaceDescription(Interface.of(LinkLayer.RAW).resolution(19))
        .bytes();
    assertEquals("corrupt pcapng block at byte offset 28: interface with timestamp resolution if_tsresol 19 (at most"
        + " 10^-18 or 2^-63 s)", error(fine));
    byte[] binary = new Pcapng(false).section().interfaceDescription(Interface.of(LinkLayer.RAW)
        .resolution(0x80 | 64)).bytes();
    assertEquals("corrupt pcapng block at byte offset 28: interface with timestamp resolution if_tsresol 192 (at"
        + " most 10^-18 or 2^-63 s)", error(binary));
    assertEquals("corrupt pcapng block at byte offset 0: section header of 24 bytes (at least 28)",
        error(new Pcapng(false).block(0x0A0D0D0A, concat(new byte[] {0x4D, 0x3C, 0x2B, 0x1A}, new byte[8])).bytes()));
    byte[] section = new Pcapng(false).section().bytes();
    assertEquals("corrupt pcapng block at byte offset 28: interface description of 16 bytes (at least 20)",
        error(concat(section, new Pcapng(false).block(1, new byte[4]).bytes())));
    byte[] withInterface = new Pcapng(false).section().interfaceDescription(Interface.of(LinkLayer.RAW)).bytes();
    assertEquals("corrupt pcapng block at byte offset 48: packet block of 28 bytes (at least 32)",
        error(concat(withInterface, new Pcapng(false).block(6, new byte[16]).bytes())));
    assertEquals("corrupt pcapng block at byte offset 48: packet block of 12 bytes (at least 16)",
        error(concat(withInterface, new Pcapng(false).block(3, new byte[0]).bytes())));
    byte[] huge = new Pcapng(false).enhancedPacket(Frame.of(new byte[262_148], 0, 0), -1).bytes();
    assertEquals("corrupt pcapng block at byte offset 48: packet of 262148 captured bytes (at most 262144)",
        error(concat(withInterface, huge)));
  }

  @Test
  void options_areReadUpToTheirEnd_andTooShortOnesIgnored() {
    Interface raw = Interface.of(LinkLayer.RAW).offset(3600);
    byte[] file = CaptureWriter.pcapng(true, List.of(raw), List.of(Frame.of(ip4(), SECONDS, NANOS)));
    String shifted = "#1 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T23:13:20.123456Z: SIP/2.0 200 OK";
    String unshifted = "#1 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2023-11-14T22:13:20.123456Z: SIP/2.0 200 OK";
    assertEquals(List.of(shifted), Recorder.read(file).lines());
    int option = 28 + 16;
    assertEquals(List.of(unshifted), Recorder.read(withInt(file, option, 14 << 16 | 200, true)).lines());
    assertEquals(List.of(unshifted), Recorder.read(withInt(file, option, 14 << 16 | 7, true)).lines());
    // An end-of-options code stops the reading; a resolution of no bytes is no resolution.
    assertEquals(List.of(unshifted), Recorder.read(withInt(file, option, 0, true)).lines());
    assertEquals(List.of(unshifted), Recorder.read(withInt(file, option, 9 << 16, true)).lines());
  }
}
