package io.github.sipcodes.cli.packet;

import static io.github.sipcodes.cli.testing.Packets.TCP;
import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.authentication;
import static io.github.sipcodes.cli.testing.Packets.extension;
import static io.github.sipcodes.cli.testing.Packets.fragmentHeader;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.ipv4Fragments;
import static io.github.sipcodes.cli.testing.Packets.ipv6;
import static io.github.sipcodes.cli.testing.Packets.ipv6Fragments;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static io.github.sipcodes.cli.testing.SipMessages.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.Recorder;
import io.github.sipcodes.cli.testing.SipMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternetLayerTest {

  static final String INVITE = SipMessages.invite("frag-1", 1);

  static byte[] udp4() {
    return udp("192.0.2.1", 5060, "192.0.2.2", 5060, bytes(INVITE));
  }

  static byte[] udp6() {
    return udp("2001:db8::1", 5060, "2001:db8::2", 5060, bytes(INVITE));
  }

  /** Raw IP frames, one per second from 1 s, numbered from 1. */
  static Recorder.Result read(List<byte[]> packets) {
    List<Frame> frames = new ArrayList<>();
    for (int i = 0; i < packets.size(); i++) {
      frames.add(Frame.of(packets.get(i), i + 1, 0));
    }
    return Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false, frames));
  }

  /** Raw IP frames, all in the same second. */
  static Recorder.Result readAtOnce(List<byte[]> packets) {
    return Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false,
        packets.stream().map(packet -> Frame.of(packet, 1, 0)).toList()));
  }

  static Recorder.Result read(byte[]... packets) {
    return read(List.of(packets));
  }

  @Test
  void ipv4Fragments_inAnyOrder_withRepeats() {
    List<byte[]> fragments = ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 77, udp4(), 128);
    int count = fragments.size();
    assertEquals(true, count >= 4, "fragments: " + count);
    Recorder.Result inOrder = read(fragments);
    assertEquals(List.of("#" + count + " 192.0.2.1:5060 -> 192.0.2.2:5060 UDP 1970-01-01T00:00:0" + count
        + ".000000Z: INVITE sip:bob@example.com SIP/2.0"), inOrder.lines());
    assertEquals(List.of(INVITE), inOrder.texts());
    List<byte[]> shuffled = new ArrayList<>(fragments);
    Collections.reverse(shuffled);
    shuffled.add(2, fragments.get(1));
    Recorder.Result reversed = read(shuffled);
    assertEquals(List.of(INVITE), reversed.texts());
    assertEquals(count + 1, reversed.messages().get(0).frame().getAsLong());
    assertEquals(List.of(), reversed.problems());
    assertEquals(0, reversed.summary().other());
  }

  /** Every order of five fragments gives the datagram, at its last fragment; four of them, whatever the order, none. */
  @Test
  void ipv4Fragments_inEveryOrder_completeAtTheLastOne_andNeverWithAGap() {
    int size = (udp4().length / 5 + 8) / 8 * 8;  // a multiple of 8 bytes, five fragments
    List<byte[]> five = ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 41, udp4(), size);
    assertEquals(5, five.size());
    for (List<Integer> order : permutations(List.of(0, 1, 2, 3, 4))) {
      List<byte[]> packets = order.stream().map(five::get).toList();
      Recorder.Result all = read(packets);
      assertEquals(List.of(INVITE), all.texts(), "order " + order);
      assertEquals(5, all.messages().get(0).frame().getAsLong(), "order " + order);
      assertEquals(List.of(), all.problems(), "order " + order);
      Recorder.Result gap = read(packets.subList(0, 4));
      assertEquals(List.of(), gap.messages(), "order " + order);
      assertEquals(List.of("INCOMPLETE_FRAGMENTS@0"), gap.problems(), "order " + order);
    }
  }

  static List<List<Integer>> permutations(List<Integer> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Integer>> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Integer> rest = new ArrayList<>(items);
      Integer first = rest.remove(/* index */ i);
      for (List<Integer> tail : permutations(rest)) {
        List<Integer> one = new ArrayList<>();
        one.add(first);
        one.addAll(tail);
        all.add(one);
      }
    }
    return all;
  }

  @Test
  void ipv4Fragments_overlapping_laterBytesWin() {
    byte[] payload = udp4();
    List<byte[]> fragments = new ArrayList<>(ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 9, payload, 256));
    // The same bytes again, cut differently, in the middle.
    fragments.add(1, ipv4("192.0.2.1", "192.0.2.2", UDP, 9, 128, true, Arrays.copyOfRange(payload, 128, 384)));
    assertEquals(List.of(INVITE), read(fragments).texts());
  }

  @Test
  void ipv6Fragments_andFurtherHeadersBehindThem() {
    Recorder.Result result = read(ipv6Fragments("2001:db8::1", "2001:db8::2", UDP, 0x12345678, udp6(), 200));
    assertEquals(List.of("#3 [2001:db8::1]:5060 -> [2001:db8::2]:5060 UDP 1970-01-01T00:00:03.000000Z: INVITE"
        + " sip:bob@example.com SIP/2.0"), result.lines());
    // A destination options header inside the fragmentable part.
    byte[] options = extension(8);
    options[0] = UDP;
    byte[] fragmentable = CaptureWriter.concat(options, udp6());
    List<byte[]> fragments = new ArrayList<>();
    for (int offset = 0; offset < fragmentable.length; offset += 256) {
      int end = Math.min(fragmentable.length, offset + 256);
      fragments.add(ipv6("2001:db8::1", "2001:db8::2", 60, Arrays.copyOfRange(fragmentable, offset, end), 0,
          extension(8), 44, fragmentHeader(offset, end < fragmentable.length, 5)));
    }
    assertEquals(List.of(INVITE), read(fragments).texts());
  }

  @Test
  void fragmentsKeptApart_byAddressesIdentificationAndProtocol() {
    List<byte[]> a = ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 1, udp4(), 256);
    List<byte[]> b = ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 2, udp4(), 256);
    List<byte[]> c = ipv6Fragments("2001:db8::1", "2001:db8::2", UDP, 1, udp6(), 256);
    List<byte[]> mixed = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      mixed.add(a.get(i));
      mixed.add(b.get(i));
      mixed.add(c.get(i));
    }
    Recorder.Result result = read(mixed);
    assertEquals(3, result.messages().size());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void missingFragments_areCountedAtTheEnd_orWhenTheyTimeOut() {
    List<byte[]> fragments = ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 3, udp4(), 128);
    Recorder.Result missing = read(fragments.subList(0, fragments.size() - 1));
    assertEquals(List.of(), missing.messages());
    assertEquals(List.of("INCOMPLETE_FRAGMENTS@0"), missing.problems());
    // One frame per second: the datagram times out when a frame comes more than 60 s after its first fragment.
    List<Frame> frames = new ArrayList<>();
    frames.add(Frame.of(fragments.get(0), 100, 0));
    frames.add(Frame.of(ipv4("192.0.2.1", "192.0.2.2", UDP, udp4()), 160, 0));
    for (byte[] fragment : fragments.subList(1, fragments.size())) {
      frames.add(Frame.of(fragment, 161, 0));
    }
    Recorder.Result late = Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false, frames));
    assertEquals(List.of(INVITE), late.texts());
    assertEquals(List.of("INCOMPLETE_FRAGMENTS@3", "INCOMPLETE_FRAGMENTS@0"), late.problems());
  }

  @Test
  void impossibleFragments_areMalformed() {
    byte[] beyond = ipv4("192.0.2.1", "192.0.2.2", UDP, 4, 65_528, false, new byte[16]);
    assertEquals(List.of("MALFORMED_PACKET@1"), read(beyond).problems());
    byte[] empty = ipv4("192.0.2.1", "192.0.2.2", UDP, 4, 8, true, new byte[0]);
    assertEquals(List.of("MALFORMED_PACKET@1"), read(empty).problems());
    // Two last fragments that disagree on the length.
    byte[] last1 = ipv4("192.0.2.1", "192.0.2.2", UDP, 4, 16, false, new byte[16]);
    byte[] last2 = ipv4("192.0.2.1", "192.0.2.2", UDP, 4, 8, false, new byte[16]);
    assertEquals(List.of("INCOMPLETE_FRAGMENTS@2", "MALFORMED_PACKET@2"), read(last1, last2).problems());
    // A fragment header inside a reassembled payload.
    byte[] inner = CaptureWriter.concat(fragmentHeader(0, true, 1), new byte[16]);
    inner[0] = UDP;
    List<byte[]> outer = new ArrayList<>();
    outer.add(ipv6("2001:db8::1", "2001:db8::2", 44, Arrays.copyOfRange(inner, 0, 16), 44, fragmentHeader(0, true, 2)));
    outer.add(ipv6("2001:db8::1", "2001:db8::2", 44, Arrays.copyOfRange(inner, 16, 24), 44,
        fragmentHeader(16, false, 2)));
    assertEquals(List.of("MALFORMED_PACKET@2"), read(outer).problems());
  }

  @Test
  void fragmentLimits_dropTheOldestDatagrams() {
    List<byte[]> firsts = new ArrayList<>();
    for (int id = 0; id <= FragmentReassembler.MAX_PENDING; id++) {
      firsts.add(ipv4("192.0.2.1", "192.0.2.2", UDP, id, 0, true, new byte[8]));
    }
    Recorder.Result result = readAtOnce(firsts);
    assertEquals("INCOMPLETE_FRAGMENTS@" + (FragmentReassembler.MAX_PENDING + 1), result.problems().get(0));
    assertEquals(FragmentReassembler.MAX_PENDING + 1, result.problems().size());
    List<byte[]> many = new ArrayList<>();
    for (int i = 0; i <= FragmentReassembler.MAX_FRAGMENTS; i++) {
      many.add(ipv4("192.0.2.1", "192.0.2.2", UDP, 5, i * 8, true, new byte[8]));
    }
    assertEquals(List.of("INCOMPLETE_FRAGMENTS@" + (FragmentReassembler.MAX_FRAGMENTS + 1)),
        readAtOnce(many).problems());
    // Large datagrams beyond the byte limit: the oldest go.
    List<byte[]> big = new ArrayList<>();
    int datagrams = FragmentReassembler.MAX_PENDING_BYTES / FragmentReassembler.MAX_DATAGRAM + 2;
    for (int id = 0; id < datagrams; id++) {
      big.add(ipv4("192.0.2.1", "192.0.2.2", UDP, id, 65_000, true, new byte[8]));
    }
    Recorder.Result overflow = readAtOnce(big);
    // Each holds 65008 bytes: 64 fit in 4 MiB, the 65th and the 66th each push the oldest out.
    assertEquals(List.of("INCOMPLETE_FRAGMENTS@65", "INCOMPLETE_FRAGMENTS@66", "INCOMPLETE_FRAGMENTS@0"),
        overflow.problems().subList(0, 3));
    assertEquals(66, overflow.problems().size());
  }

  @Test
  void ipv6ExtensionHeaders_andAuthentication_areSkipped() {
    byte[] chain = ipv6("2001:db8::1", "2001:db8::2", UDP, udp6(), 0, extension(8), 43, extension(24), 60,
        extension(16), 51, authentication(24));
    assertEquals(List.of(INVITE), read(chain).texts());
    byte[] atomic = ipv6("2001:db8::1", "2001:db8::2", UDP, udp6(), 44, fragmentHeader(0, false, 9));
    assertEquals(List.of(INVITE), read(atomic).texts());
    byte[] authenticated = ipv4("192.0.2.1", "192.0.2.2", 51, CaptureWriter.concat(authentication(12), udp4()));
    authenticated[20] = UDP;
    assertEquals(List.of(INVITE), read(authenticated).texts());
  }

  @Test
  void extensionHeaders_thatDoNotFit_areMalformedOrTruncated() {
    byte[] tooLong = ipv6("2001:db8::1", "2001:db8::2", UDP, new byte[0], 0, extension(8));
    tooLong[41] = 5; // 48 bytes claimed, 8 there
    assertEquals(List.of("MALFORMED_PACKET@1"), read(tooLong).problems());
    byte[] none = ipv6("2001:db8::1", "2001:db8::2", 59, new byte[0]);
    Recorder.Result noNext = read(none);
    assertEquals(List.of(), noNext.problems());
    assertEquals(1, noNext.summary().other());
    Object[] headers = new Object[(InternetLayer.MAX_EXTENSION_HEADERS + 1) * 2];
    for (int i = 0; i < headers.length; i += 2) {
      headers[i] = 60;
      headers[i + 1] = extension(8);
    }
    assertEquals(List.of("MALFORMED_PACKET@1"), read(ipv6("2001:db8::1", "2001:db8::2", UDP, udp6(), headers))
        .problems());
    byte[] cut = Arrays.copyOf(ipv6("2001:db8::1", "2001:db8::2", UDP, udp6(), 0, extension(16)), 41);
    Recorder.Result snapped = Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false,
        List.of(new Frame(cut, 1, 0, 1000, 0))));
    assertEquals(List.of("TRUNCATED_PACKET@1"), snapped.problems());
  }

  @Test
  void protocolsThatMayCarrySip_butAreNotDecoded_areCounted() {
    assertEquals(List.of("SCTP@1"), read(ipv4("192.0.2.1", "192.0.2.2", 132, new byte[32])).problems());
    assertEquals(List.of("IPSEC@1"), read(ipv6("2001:db8::1", "2001:db8::2", 50, new byte[32])).problems());
    assertEquals(List.of("TUNNEL@1", "TUNNEL@2", "TUNNEL@3"), read(ipv4("192.0.2.1", "192.0.2.2", 4, new byte[20]),
        ipv4("192.0.2.1", "192.0.2.2", 41, new byte[40]), ipv4("192.0.2.1", "192.0.2.2", 47, new byte[8]))
        .problems());
    Recorder.Result icmp = read(ipv4("192.0.2.1", "192.0.2.2", 1, new byte[8]));
    assertEquals(List.of(), icmp.problems());
    assertEquals(1, icmp.summary().other());
  }

  @Test
  void ipv4Headers_thatContradictTheirLength() {
    byte[] packet = ipv4("192.0.2.1", "192.0.2.2", UDP, udp4());
    byte[] version = packet.clone();
    version[0] = 0x55;
    byte[] shortHeader = packet.clone();
    shortHeader[0] = 0x44;
    byte[] totalBelowHeader = packet.clone();
    totalBelowHeader[2] = 0;
    totalBelowHeader[3] = 19;
    byte[] totalBeyondFrame = packet.clone();
    totalBeyondFrame[2] = (byte) 0xFF;
    byte[] optionsBeyondFrame = Arrays.copyOf(packet, 22);
    optionsBeyondFrame[0] = 0x46;
    optionsBeyondFrame[2] = 0;
    optionsBeyondFrame[3] = 22;
    assertEquals(List.of("MALFORMED_PACKET@1", "MALFORMED_PACKET@2", "MALFORMED_PACKET@3", "MALFORMED_PACKET@4",
        "MALFORMED_PACKET@5", "MALFORMED_PACKET@6"),
        read(version, shortHeader, totalBelowHeader, totalBeyondFrame, Arrays.copyOf(packet, 19), optionsBeyondFrame)
            .problems());
    byte[] v6 = ipv6("2001:db8::1", "2001:db8::2", UDP, udp6());
    byte[] payloadBeyondFrame = v6.clone();
    payloadBeyondFrame[4] = (byte) 0xFF;
    assertEquals(List.of("MALFORMED_PACKET@1", "MALFORMED_PACKET@2"),
        read(payloadBeyondFrame, Arrays.copyOf(v6, 39)).problems());
  }

  @Test
  void tolerated_paddingAfterThePacket_lengthZeroOfSegmentationOffload_andJumbograms() {
    byte[] packet = ipv4("192.0.2.1", "192.0.2.2", UDP, udp4());
    byte[] padded = Arrays.copyOf(packet, packet.length + 20);
    byte[] offload = packet.clone();
    offload[2] = 0;
    offload[3] = 0;
    byte[] jumbo = ipv6("2001:db8::1", "2001:db8::2", UDP, udp6(), 0, extension(8));
    jumbo[4] = 0;
    jumbo[5] = 0;
    assertEquals(List.of(INVITE, INVITE, INVITE), read(padded, offload, jumbo).texts());
  }

  @Test
  void ipv4FragmentCutByTheCapture_isTruncated() {
    byte[] fragment = ipv4Fragments("192.0.2.1", "192.0.2.2", UDP, 3, udp4(), 256).get(0);
    Frame snapped = new Frame(Arrays.copyOf(fragment, 100), 1, 0, fragment.length, 0);
    Recorder.Result result = Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false, List.of(snapped)));
    assertEquals(List.of("TRUNCATED_PACKET@1"), result.problems());
    byte[] v6 = ipv6Fragments("2001:db8::1", "2001:db8::2", UDP, 3, udp6(), 256).get(0);
    Frame snapped6 = new Frame(Arrays.copyOf(v6, 100), 1, 0, v6.length, 0);
    assertEquals(List.of("TRUNCATED_PACKET@1"),
        Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false, List.of(snapped6))).problems());
  }

  @Test
  void tcpInsideFragments_isReadToo() {
    byte[] segment = io.github.sipcodes.cli.testing.Packets.tcp("192.0.2.1", 5060, "192.0.2.2", 5060, 1000,
        io.github.sipcodes.cli.testing.Packets.ACK, bytes(INVITE));
    assertEquals(List.of(INVITE), read(ipv4Fragments("192.0.2.1", "192.0.2.2", TCP, 8, segment, 200)).texts());
  }
}
