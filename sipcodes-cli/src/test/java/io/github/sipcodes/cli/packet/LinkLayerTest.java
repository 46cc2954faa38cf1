package io.github.sipcodes.cli.packet;

import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.arp;
import static io.github.sipcodes.cli.testing.Packets.ethernet;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.ipv6;
import static io.github.sipcodes.cli.testing.Packets.linuxCooked;
import static io.github.sipcodes.cli.testing.Packets.linuxCooked2;
import static io.github.sipcodes.cli.testing.Packets.loopback;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static io.github.sipcodes.cli.testing.SipMessages.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.Recorder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkLayerTest {

  static final String MESSAGE = "OPTIONS sip:pbx.example.com SIP/2.0\r\nContent-Length: 0\r\n\r\n";

  static byte[] v4() {
    return ipv4("192.0.2.1", "192.0.2.2", UDP, udp("192.0.2.1", 5060, "192.0.2.2", 5060, bytes(MESSAGE)));
  }

  static byte[] v6() {
    return ipv6("2001:db8::1", "2001:db8::2", UDP, udp("2001:db8::1", 5060, "2001:db8::2", 5060, bytes(MESSAGE)));
  }

  static final String V4 = "#1 192.0.2.1:5060 -> 192.0.2.2:5060 UDP 1970-01-01T00:00:01.000000Z: OPTIONS"
      + " sip:pbx.example.com SIP/2.0";
  static final String V6 = "#1 [2001:db8::1]:5060 -> [2001:db8::2]:5060 UDP 1970-01-01T00:00:01.000000Z: OPTIONS"
      + " sip:pbx.example.com SIP/2.0";

  static Recorder.Result read(int linkType, byte[] frame) {
    return Recorder.read(CaptureWriter.pcap(linkType, false, false, List.of(Frame.of(frame, 1, 0))));
  }

  static List<String> lines(int linkType, byte[] frame) {
    return read(linkType, frame).lines();
  }

  @Test
  void ethernet_plainAndBehindVlanTags() {
    assertEquals(List.of(V4), lines(LinkLayer.ETHERNET, ethernet(v4())));
    assertEquals(List.of(V6), lines(LinkLayer.ETHERNET, ethernet(v6())));
    assertEquals(List.of(V4), lines(LinkLayer.ETHERNET, ethernet(v4(), 0x8100, 42)));
    assertEquals(List.of(V6), lines(LinkLayer.ETHERNET, ethernet(v6(), 0x88A8, 7, 0x8100, 42)));
    assertEquals(List.of(V4), lines(LinkLayer.ETHERNET, ethernet(v4(), 0x9100, 7, 0x8100, 42)));
    int[] eight = new int[LinkLayer.MAX_TAGS * 2];
    for (int i = 0; i < eight.length; i += 2) {
      eight[i] = 0x8100;
    }
    assertEquals(List.of(V4), lines(LinkLayer.ETHERNET, ethernet(v4(), eight)));
    int[] nine = Arrays.copyOf(eight, eight.length + 2);
    nine[eight.length] = 0x8100;
    Recorder.Result tooMany = read(LinkLayer.ETHERNET, ethernet(v4(), nine));
    assertEquals(List.of(), tooMany.messages());
    assertEquals(1, tooMany.summary().other());
  }

  @Test
  void ethernet_ofOtherProtocols_isOtherTraffic() {
    Recorder.Result result = read(LinkLayer.ETHERNET, arp());
    assertEquals(List.of(), result.messages());
    assertEquals(1, result.summary().other());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void linuxCookedCapture_v1AndV2() {
    assertEquals(List.of(V4), lines(LinkLayer.LINUX_SLL, linuxCooked(v4())));
    assertEquals(List.of(V6), lines(LinkLayer.LINUX_SLL, linuxCooked(v6())));
    assertEquals(List.of(V4), lines(LinkLayer.LINUX_SLL2, linuxCooked2(v4())));
    assertEquals(List.of(V6), lines(LinkLayer.LINUX_SLL2, linuxCooked2(v6())));
  }

  @ParameterizedTest
  @ValueSource(ints = {LinkLayer.RAW, LinkLayer.DLT_RAW, LinkLayer.DLT_RAW_OPENBSD, LinkLayer.IPV4, LinkLayer.IPV6})
  void rawIp_underEveryNumber(int linkType) {
    assertEquals(List.of(V4), lines(linkType, v4()));
    assertEquals(List.of(V6), lines(linkType, v6()));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 10, 24, 28, 30})
  void bsdLoopback_inTheCapturingMachinesByteOrder(int family) {
    byte[] ip = family == 2 ? v4() : v6();
    String expected = family == 2 ? V4 : V6;
    assertEquals(List.of(expected), lines(LinkLayer.NULL, loopback(ip, family, false)));
    assertEquals(List.of(expected), lines(LinkLayer.NULL, loopback(ip, family, true)));
    assertEquals(List.of(expected), lines(LinkLayer.LOOP, loopback(ip, family, true)));
  }

  @Test
  void loopback_ofOtherFamilies_isOtherTraffic() {
    assertEquals(1, read(LinkLayer.NULL, loopback(v4(), 7, false)).summary().other());
    assertEquals(1, read(LinkLayer.NULL, loopback(v4(), 0, false)).summary().other());
    // OpenBSD's loopback is in network order: little-endian 2 is not AF_INET there.
    assertEquals(1, read(LinkLayer.LOOP, loopback(v4(), 2, false)).summary().other());
  }

  @Test
  void unknownLinkType_isCountedPerPacket() {
    Recorder.Result result = read(147, v4());
    assertEquals(List.of(), result.messages());
    assertEquals(List.of("UNKNOWN_LINK_TYPE@1"), result.problems());
    assertEquals(false, LinkLayer.isDecoded(147));
    for (int type : new int[] {0, 1, 12, 14, 101, 108, 113, 228, 229, 276}) {
      assertEquals(true, LinkLayer.isDecoded(type), Integer.toString(type));
    }
  }

  @Test
  void headersCutShort_areTruncatedOrMalformed() {
    for (int[] link : new int[][] {{LinkLayer.ETHERNET, 14}, {LinkLayer.LINUX_SLL, 16}, {LinkLayer.LINUX_SLL2, 20},
        {LinkLayer.NULL, 4}, {LinkLayer.LOOP, 4}}) {
      byte[] frame = new byte[link[1] - 1];
      assertEquals(List.of("MALFORMED_PACKET@1"), read(link[0], frame).problems(), "link type " + link[0]);
      Frame snapped = new Frame(frame, 1, 0, 100, 0);
      assertEquals(List.of("TRUNCATED_PACKET@1"), Recorder.read(CaptureWriter.pcap(link[0], true, false,
          List.of(snapped))).problems(), "link type " + link[0]);
    }
    byte[] tag = Arrays.copyOf(ethernet(v4(), 0x8100, 1), 17);
    assertEquals(List.of("MALFORMED_PACKET@1"), read(LinkLayer.ETHERNET, tag).problems());
    assertEquals(List.of("MALFORMED_PACKET@1"), read(LinkLayer.RAW, new byte[0]).problems());
  }
}
