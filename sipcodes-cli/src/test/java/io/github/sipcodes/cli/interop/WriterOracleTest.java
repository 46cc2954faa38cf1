package io.github.sipcodes.cli.interop;

import static io.github.sipcodes.cli.testing.Packets.ACK;
import static io.github.sipcodes.cli.testing.Packets.SYN;
import static io.github.sipcodes.cli.testing.Packets.TCP;
import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.ethernet;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.ipv4Fragments;
import static io.github.sipcodes.cli.testing.Packets.ipv6;
import static io.github.sipcodes.cli.testing.Packets.ipv6Fragments;
import static io.github.sipcodes.cli.testing.Packets.linuxCooked2;
import static io.github.sipcodes.cli.testing.Packets.tcp;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static io.github.sipcodes.cli.testing.SipMessages.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.packet.LinkLayer;
import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.CaptureWriter.Interface;
import io.github.sipcodes.cli.testing.Recorder;
import io.github.sipcodes.cli.testing.SipMessages;
import io.github.sipcodes.cli.testing.Tools;
import io.github.sipcodes.cli.testing.Tshark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * tshark as the oracle for the captures the test writer makes: fragments, TCP segmentation, VLAN tags, cooked
 * captures, several pcapng interfaces with their own resolution. This checks the writer and the reader against an
 * independent decoder at once. Needs {@code tshark}: skipped without it, failed without it under CI.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WriterOracleTest {

  @TempDir Path directory;

  static final String INVITE = SipMessages.invite("oracle-1", 1);
  static final String TRYING = SipMessages.response(100, "Trying", "oracle-1", 1, "");
  static final String BUSY = SipMessages.response(486, "Busy Here", "oracle-1", 1,
      "Retry-After: 60\r\nReason: Q.850;cause=17\r\nWarning: 399 pbx.example.com \"Busy\"\r\n");

  void assertSameAsTshark(String name, byte[] capture, int expectedMessages) throws Exception {
    Path tshark = Tools.require("tshark", "tshark");
    Path file = Files.write(directory.resolve(name), capture);
    Recorder.Result result = Recorder.read(capture);
    assertEquals(expectedMessages, result.messages().size(), name);
    assertEquals(Tshark.frames(tshark, file, 5060), Tshark.frames(result.messages()), name);
  }

  @Test
  void fragmentedUdp_ipv4AndIpv6_behindVlanTagsAndCookedHeaders() throws Exception {
    List<Frame> frames = new ArrayList<>();
    long second = 1_700_000_000L;
    for (byte[] fragment : ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 7,
        udp("192.0.2.1", 5060, "192.0.2.2", 5060, bytes(INVITE)), 200)) {
      frames.add(Frame.of(ethernet(fragment, 0x8100, 10), second, 1000));
    }
    for (byte[] fragment : ipv6Fragments("2001:db8::1", "2001:db8::2", UDP, 9,
        udp("2001:db8::2", 5060, "2001:db8::1", 5060, bytes(BUSY)), 96)) {
      frames.add(Frame.of(ethernet(fragment, 0x88A8, 1, 0x8100, 10), second + 1, 2000));
    }
    frames.add(Frame.of(ethernet(ipv4("192.0.2.2", "192.0.2.1", UDP,
        udp("192.0.2.2", 5060, "192.0.2.1", 5060, bytes(TRYING)))), second + 2, 3000));
    assertSameAsTshark("fragments.pcap", CaptureWriter.pcap(LinkLayer.ETHERNET, true, true, frames), 3);
  }

  @Test
  void tcpSegmentation_acrossAndWithinMessages() throws Exception {
    String stream = INVITE + TRYING + BUSY;
    int[] cuts = {0, 100, INVITE.length() + 10, INVITE.length() + TRYING.length() + 40, stream.length()};
    List<Frame> frames = new ArrayList<>();
    long second = 1_700_000_100L;
    frames.add(Frame.of(linuxCooked2(ipv4("192.0.2.1", "192.0.2.2", TCP,
        tcp("192.0.2.1", 40000, "192.0.2.2", 5060, 999, SYN, new byte[0]))), second, 0));
    for (int i = 0; i + 1 < cuts.length; i++) {
      byte[] payload = bytes(stream.substring(cuts[i], cuts[i + 1]));
      frames.add(Frame.of(linuxCooked2(ipv4("192.0.2.1", "192.0.2.2", TCP,
          tcp("192.0.2.1", 40000, "192.0.2.2", 5060, 1000 + cuts[i], ACK, payload))), second, (i + 1) * 1000));
    }
    assertSameAsTshark("tcp.pcap", CaptureWriter.pcap(LinkLayer.LINUX_SLL2, false, false, frames), 3);
  }

  @Test
  void pcapng_severalInterfacesAndResolutions() throws Exception {
    byte[] v4 = ipv4("192.0.2.1", "192.0.2.2", UDP, udp("192.0.2.1", 5060, "192.0.2.2", 5060, bytes(INVITE)));
    byte[] v6 = ipv6("2001:db8::2", "2001:db8::1", UDP, udp("2001:db8::2", 5060, "2001:db8::1", 5060, bytes(BUSY)));
    List<Interface> interfaces = List.of(
        Interface.of(LinkLayer.ETHERNET),
        Interface.of(LinkLayer.RAW).resolution(CaptureWriter.NANOSECONDS),
        Interface.of(LinkLayer.IPV6).resolution(3));
    List<Frame> frames = List.of(
        Frame.of(ethernet(v4), 1_700_000_200L, 123_456_000),
        Frame.of(v4, 1_700_000_201L, 123_456_789).on(1),
        Frame.of(v6, 1_700_000_202L, 123_000_000).on(2));
    assertSameAsTshark("interfaces.pcapng", CaptureWriter.pcapng(true, interfaces, frames), 3);
  }
}
