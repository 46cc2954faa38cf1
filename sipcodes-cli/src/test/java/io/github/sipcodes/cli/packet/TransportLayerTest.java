package io.github.sipcodes.cli.packet;

import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static io.github.sipcodes.cli.testing.SipMessages.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.Recorder;
import io.github.sipcodes.cli.testing.SipMessages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportLayerTest {

  static final String BUSY = SipMessages.response(486, "Busy Here", "u-1", 1, "Retry-After: 60\r\n");

  static byte[] datagram(byte[] payload) {
    return ipv4("192.0.2.1", "192.0.2.2", UDP, udp("192.0.2.1", 5070, "192.0.2.2", 5080, payload));
  }

  static Recorder.Result read(byte[]... packets) {
    return Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false,
        Arrays.stream(packets).map(packet -> Frame.of(packet, 1, 0)).toList()));
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void udp_oneMessagePerDatagram_onAnyPort() {
    Recorder.Result result = read(datagram(bytes(BUSY)));
    assertEquals(List.of("#1 192.0.2.1:5070 -> 192.0.2.2:5080 UDP 1970-01-01T00:00:01.000000Z: SIP/2.0 486 Busy Here"),
        result.lines());
    assertEquals(List.of(BUSY), result.texts());
  }

  @Test
  void udp_theMessageIsTheWholeDatagram_whateverItsContentLengthSays() {
    String message = "MESSAGE sip:a@b SIP/2.0\r\nl: 5\r\n\r\nhello";
    assertEquals(List.of(message + "garbage"), read(datagram(ascii(message + "garbage"))).texts());
    String longer = "MESSAGE sip:a@b SIP/2.0\r\nContent-Length: 50\r\n\r\nhello";
    String without = "MESSAGE sip:a@b SIP/2.0\r\n\r\nhello";
    String bad = "MESSAGE sip:a@b SIP/2.0\r\nContent-Length: five\r\n\r\nhello";
    String noHeadEnd = "MESSAGE sip:a@b SIP/2.0\r\nContent-Length: 0\r\n";
    assertEquals(List.of(longer, without, bad, noHeadEnd),
        read(datagram(ascii(longer)), datagram(ascii(without)), datagram(ascii(bad)), datagram(ascii(noHeadEnd)))
            .texts());
  }

  @Test
  void udp_lineEndsBeforeTheStartLine_areSkipped() {
    assertEquals(List.of(BUSY), read(datagram(bytes("\r\n\r\n" + BUSY))).texts());
    assertEquals(List.of("SIP/2.0 99 Too Low"), read(datagram(ascii("SIP/2.0 99 Too Low"))).texts());
  }

  @Test
  void udp_otherTraffic_isCountedApart() {
    byte[] rtp = new byte[172];
    rtp[0] = (byte) 0x80;
    Recorder.Result result = read(datagram(ascii("\r\n\r\n")), datagram(new byte[0]), datagram(new byte[4]),
        datagram(rtp), datagram(ascii("HTTP/1.1 200 OK\r\n\r\n")), datagram(ascii("INVITE sip:a SIP/2.0 extra\r\n")));
    assertEquals(List.of(), result.messages());
    assertEquals(List.of(), result.problems());
    assertEquals(6, result.summary().other());
  }

  @Test
  void udp_cutByTheCapture_isTruncatedIfItIsSip() {
    byte[] sip = datagram(bytes(BUSY));
    byte[] rtp = datagram(new byte[172]);
    Recorder.Result result = Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, true, false, List.of(
        Frame.of(sip, 1, 0).snapped(60), Frame.of(rtp, 1, 0).snapped(60), Frame.of(sip, 1, 0).snapped(24),
        Frame.of(sip, 1, 0).snapped(28), Frame.of(datagram(ascii("\r\n\r\n" + BUSY)), 1, 0).snapped(32))));
    assertEquals(List.of(), result.messages());
    assertEquals(List.of("TRUNCATED_PACKET@1", "TRUNCATED_PACKET@3"), result.problems());
    assertEquals(3, result.summary().other());
  }

  @Test
  void udp_lengthsThatContradict_areMalformed() {
    byte[] tooShort = datagram(bytes(BUSY));
    tooShort[24] = 0;
    tooShort[25] = 7;
    byte[] tooLong = datagram(bytes(BUSY));
    tooLong[24] = (byte) 0xFF;
    Recorder.Result result = read(tooShort, tooLong, Arrays.copyOf(ipv4("192.0.2.1", "192.0.2.2", UDP, new byte[4]),
        24));
    assertEquals(List.of("MALFORMED_PACKET@1", "MALFORMED_PACKET@2", "MALFORMED_PACKET@3"), result.problems());
    // A UDP length shorter than the IP payload: the rest is padding.
    byte[] padded = ipv4("192.0.2.1", "192.0.2.2", UDP,
        CaptureWriter.concat(udp("192.0.2.1", 5070, "192.0.2.2", 5080, bytes(BUSY)), new byte[6]));
    assertEquals(List.of(BUSY), read(padded).texts());
  }
}
