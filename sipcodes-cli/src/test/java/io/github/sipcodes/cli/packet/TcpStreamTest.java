package io.github.sipcodes.cli.packet;

import static io.github.sipcodes.cli.testing.Packets.ACK;
import static io.github.sipcodes.cli.testing.Packets.FIN;
import static io.github.sipcodes.cli.testing.Packets.PSH;
import static io.github.sipcodes.cli.testing.Packets.RST;
import static io.github.sipcodes.cli.testing.Packets.SYN;
import static io.github.sipcodes.cli.testing.Packets.TCP;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.ipv6;
import static io.github.sipcodes.cli.testing.Packets.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.Recorder;
import io.github.sipcodes.cli.testing.SipMessages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpStreamTest {

  static final String INVITE = SipMessages.invite("t-1", 1);
  static final String TRYING = SipMessages.response(100, "Trying", "t-1", 1, "");
  static final String BUSY = SipMessages.response(486, "Busy Here", "t-1", 1, "Retry-After: 60\r\n");
  static final String ACK_REQUEST = "ACK sip:bob@example.com SIP/2.0\r\nCall-ID: t-1\r\nContent-Length: 0\r\n\r\n";

  /** Segments of one capture, built in order; frames are numbered from 1 and timed as given. */
  static final class Capture {
    final List<Frame> frames = new ArrayList<>();
    long seconds = 1;

    /** A segment from the client 192.0.2.1:40000 to the server 192.0.2.2:5060. */
    Capture out(long sequence, int flags, String payload) {
      return add(ipv4("192.0.2.1", "192.0.2.2", TCP,
          tcp("192.0.2.1", 40000, "192.0.2.2", 5060, sequence, flags, ascii(payload))));
    }

    /** A segment from the server to the client. */
    Capture in(long sequence, int flags, String payload) {
      return add(ipv4("192.0.2.2", "192.0.2.1", TCP,
          tcp("192.0.2.2", 5060, "192.0.2.1", 40000, sequence, flags, ascii(payload))));
    }

    Capture add(byte[] packet) {
      frames.add(Frame.of(packet, seconds, 0));
      return this;
    }

    Capture at(long seconds) {
      this.seconds = seconds;
      return this;
    }

    Recorder.Result read() {
      return Recorder.read(CaptureWriter.pcap(LinkLayer.RAW, false, false, frames));
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Each message as {@code #frame start line}. */
  static List<String> starts(Recorder.Result result) {
    return result.messages().stream()
        .map(message -> "#" + message.frame().getAsLong() + " " + message.startLine()).toList();
  }

  @Test
  void severalMessagesInOneSegment_andBothDirections() {
    Recorder.Result result = new Capture()
        .out(1000, SYN, "")
        .in(5000, SYN | ACK, "")
        .out(1001, ACK | PSH, INVITE)
        .in(5001, ACK | PSH, TRYING + BUSY)
        .out(1001 + INVITE.length(), ACK | PSH, ACK_REQUEST)
        .read();
    assertEquals(List.of(
            "#3 192.0.2.1:40000 -> 192.0.2.2:5060 TCP 1970-01-01T00:00:01.000000Z: INVITE sip:bob@example.com SIP/2.0",
            "#4 192.0.2.2:5060 -> 192.0.2.1:40000 TCP 1970-01-01T00:00:01.000000Z: SIP/2.0 100 Trying",
            "#4 192.0.2.2:5060 -> 192.0.2.1:40000 TCP 1970-01-01T00:00:01.000000Z: SIP/2.0 486 Busy Here",
            "#5 192.0.2.1:40000 -> 192.0.2.2:5060 TCP 1970-01-01T00:00:01.000000Z: ACK sip:bob@example.com SIP/2.0"),
        result.lines());
    assertEquals(List.of(INVITE, TRYING, BUSY, ACK_REQUEST), result.texts());
    assertEquals(List.of(), result.problems());
    assertEquals(2, result.summary().other());
  }

  @Test
  void oneMessageAcrossSegments_cutAnywhere() {
    String both = INVITE + BUSY;
    int[] cuts = {1, 10, 33, INVITE.indexOf("\r\n\r\n") + 1, INVITE.indexOf("\r\n\r\n") + 3, INVITE.length() - 1,
        INVITE.length(), INVITE.length() + 5, both.length() - 1};
    for (int cut : cuts) {
      Recorder.Result result = new Capture()
          .out(1, ACK, both.substring(0, cut))
          .out(1 + cut, ACK, both.substring(cut))
          .read();
      assertEquals(List.of(INVITE, BUSY), result.texts(), "cut at " + cut);
      int inviteFrame = cut >= INVITE.length() ? 1 : 2;
      assertEquals(List.of("#" + inviteFrame + " INVITE sip:bob@example.com SIP/2.0", "#2 SIP/2.0 486 Busy Here"),
          starts(result), "cut at " + cut);
    }
    // One byte per segment: what is known of the message begun is kept, so that no byte is read twice.
    Capture bytes = new Capture();
    for (int i = 0; i < both.length(); i++) {
      bytes.out(1 + i, ACK, both.substring(i, i + 1));
    }
    Recorder.Result result = bytes.read();
    assertEquals(List.of(INVITE, BUSY), result.texts());
    assertEquals(List.of("#" + INVITE.length() + " INVITE sip:bob@example.com SIP/2.0",
        "#" + both.length() + " SIP/2.0 486 Busy Here"), starts(result));
  }

  @Test
  void outOfOrderSegments_waitForTheDataBefore() {
    String both = INVITE + BUSY;
    int a = 100;
    int b = 300;
    Recorder.Result result = new Capture()
        .out(999, SYN, "")
        .out(1000 + b, ACK, both.substring(b))
        .out(1000 + a, ACK, both.substring(a, b))
        .out(1000, ACK, both.substring(0, a))
        .read();
    assertEquals(List.of(INVITE, BUSY), result.texts());
    assertEquals(List.of("#4 INVITE sip:bob@example.com SIP/2.0", "#4 SIP/2.0 486 Busy Here"), starts(result));
    assertEquals(List.of(), result.problems());
  }

  @Test
  void withoutTheSyn_theFirstSegmentSeenStartsTheStream() {
    Recorder.Result result = new Capture()
        .out(1000 + 100, ACK, INVITE.substring(100))
        .out(1000, ACK, INVITE.substring(0, 100))
        .out(1000 + INVITE.length(), ACK, BUSY)
        .read();
    assertEquals(List.of("#3 SIP/2.0 486 Busy Here"), starts(result));
    assertEquals(2, result.summary().other());
  }

  @Test
  void retransmissions_areReadOnce() {
    Recorder.Result result = new Capture()
        .out(1000, ACK, INVITE.substring(0, 200))
        .out(1000, ACK, INVITE.substring(0, 200))
        .out(1000, ACK, INVITE.substring(0, 250))
        .out(1100, ACK, INVITE.substring(100))
        .out(1000, ACK, INVITE)
        .out(1000 + INVITE.length(), ACK, BUSY)
        .out(1000 + INVITE.length() + 20, ACK, BUSY.substring(20))
        .read();
    assertEquals(List.of(INVITE, BUSY), result.texts());
    assertEquals(List.of("#4 INVITE sip:bob@example.com SIP/2.0", "#6 SIP/2.0 486 Busy Here"), starts(result));
    assertEquals(3, result.summary().other());
  }

  @Test
  void repeatedEarlySegments_areKeptOnce() {
    Recorder.Result result = new Capture()
        .out(999, SYN, "")
        .out(1000 + 100, ACK, INVITE.substring(100))
        .out(1000 + 100, ACK, INVITE.substring(100, 150))
        .out(1000 + 100, ACK, INVITE.substring(100))
        .out(1000, ACK, INVITE.substring(0, 100))
        .read();
    assertEquals(List.of(INVITE), result.texts());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void sequenceNumbers_wrapAround() {
    long start = 0xFFFF_FF00L;
    Recorder.Result result = new Capture()
        .out(start, ACK, INVITE.substring(0, 0x100))
        .out(0, ACK, INVITE.substring(0x100))
        .read();
    assertEquals(List.of(INVITE), result.texts());
  }

  @Test
  void missingData_isCounted_andReadingGoesOnAtTheNextStartLine() {
    // The INVITE's middle never arrives: the 486 behind it is read at the end of the capture.
    Recorder.Result result = new Capture()
        .out(1000, ACK, INVITE.substring(0, 100))
        .out(1000 + 200, ACK, INVITE.substring(200))
        .out(1000 + INVITE.length(), ACK, BUSY)
        .read();
    assertEquals(List.of(BUSY), result.texts());
    assertEquals(List.of("#3 SIP/2.0 486 Busy Here"), starts(result));
    assertEquals(List.of("TCP_DATA_MISSING@0"), result.problems());
  }

  @Test
  void missingData_isGivenUpOn_afterTenSecondsOfCaptureTime() {
    Recorder.Result result = new Capture()
        .at(1).out(1000, ACK, INVITE.substring(0, 100))
        .at(2).out(1000 + 200, ACK, INVITE.substring(200))
        .at(3).out(1000 + INVITE.length(), ACK, BUSY)
        .at(13).out(1000 + INVITE.length() + BUSY.length(), ACK, TRYING)
        .read();
    assertEquals(List.of("#3 SIP/2.0 486 Busy Here", "#4 SIP/2.0 100 Trying"), starts(result));
    assertEquals(List.of("TCP_DATA_MISSING@4"), result.problems());
  }

  @Test
  void tooManyEarlyBytes_giveUpOnTheHole() {
    Capture capture = new Capture().out(1000, ACK, "INVITE sip:x SIP/2.0\r\nContent-Length: 0\r\n");
    String big = "x".repeat(60_000);
    long sequence = 1000 + 41 + 10;
    for (int i = 0; i < 5; i++) {
      capture.out(sequence, ACK, big);
      sequence += big.length();
    }
    capture.out(sequence, ACK, BUSY);
    Recorder.Result result = capture.read();
    assertEquals(List.of("#7 SIP/2.0 486 Busy Here"), starts(result));
    assertEquals(List.of("TCP_DATA_MISSING@6"), result.problems());
    // A segment too far ahead is a hole at once.
    Recorder.Result far = new Capture()
        .out(1000, ACK, INVITE.substring(0, 100))
        .out(1000 + TcpStream.MAX_OUT_OF_ORDER + 101, ACK, BUSY)
        .read();
    assertEquals(List.of("#2 SIP/2.0 486 Busy Here"), starts(far));
    assertEquals(List.of("TCP_DATA_MISSING@2"), far.problems());
    Capture segments = new Capture().out(1000, ACK, INVITE.substring(0, 100));
    for (int i = 0; i <= TcpStream.MAX_OUT_OF_ORDER_SEGMENTS; i++) {
      segments.out(2000 + 10L * i, ACK, "0123456789");
    }
    assertEquals(List.of("TCP_DATA_MISSING@" + (TcpStream.MAX_OUT_OF_ORDER_SEGMENTS + 2)),
        segments.read().problems());
  }

  @Test
  void withoutContentLength_theBodyIsEmpty_andTheCompactFormCounts() {
    String bare = "OPTIONS sip:a SIP/2.0\r\nCall-ID: x\r\n\r\n";
    String compact = "MESSAGE sip:a SIP/2.0\r\nl: 5\r\n\r\nhello";
    String loose = "MESSAGE sip:a SIP/2.0\nCONTENT-LENGTH : 2\n\nhi";
    Recorder.Result result = new Capture().out(1, ACK, bare + compact + "\r\n\r\n" + loose).read();
    assertEquals(List.of(bare, compact, loose), result.texts());
  }

  @Test
  void aCaptureStartedMidMessage_readsFromTheNextStartLine() {
    Recorder.Result result = new Capture()
        .out(5000, ACK, INVITE.substring(150))
        .out(5000 + INVITE.length() - 150, ACK, BUSY)
        .read();
    assertEquals(List.of("#2 SIP/2.0 486 Busy Here"), starts(result));
    assertEquals(1, result.summary().other());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void keepAlives_beforeMessages_areIgnored() {
    Recorder.Result result = new Capture()
        .out(1, ACK, "\r\n\r\n")
        .out(5, ACK, "\r\n")
        .out(7, ACK, "\r\n" + BUSY)
        .read();
    assertEquals(List.of(BUSY), result.texts());
    assertEquals(2, result.summary().other());
  }

  @Test
  void tls_isCountedPerPacket() {
    Recorder.Result result = new Capture()
        .out(1, ACK, "\u0016\u0003\u0001\u0000\u00a5client hello")
        .out(18, ACK, "\u0017\u0003\u0003\u0000\u0010encrypted data..")
        .in(1, ACK, "\u0016\u0003\u0003\u0000\u0010server hello....")
        .read();
    assertEquals(List.of(), result.messages());
    assertEquals(List.of("TLS@1", "TLS@2", "TLS@3"), result.problems());
    // SSL 3.0 to TLS 1.3 records: content types 20 to 23, version 3.0 to 3.4.
    Recorder.Result other = new Capture()
        .out(1, ACK, "\u0018\u0003\u0001xx")
        .in(1, ACK, "\u0016\u0003\u0005xx")
        .read();
    assertEquals(List.of(), other.problems());
  }

  @Test
  void aStreamEndingInsideAMessage_isMissingData() {
    Recorder.Result fin = new Capture()
        .out(1, ACK, BUSY + INVITE.substring(0, 50))
        .out(1 + BUSY.length() + 50, FIN | ACK, "")
        .read();
    assertEquals(List.of(BUSY), fin.texts());
    assertEquals(List.of("TCP_DATA_MISSING@2"), fin.problems());
    Recorder.Result reset = new Capture()
        .out(1, ACK, INVITE.substring(0, 50))
        .out(51, RST, "")
        .out(51, ACK, BUSY)
        .read();
    assertEquals(List.of("TCP_DATA_MISSING@2"), reset.problems());
    assertEquals(List.of("#3 SIP/2.0 486 Busy Here"), starts(reset));
    Recorder.Result end = new Capture().out(1, ACK, INVITE.substring(0, 50)).read();
    assertEquals(List.of("TCP_DATA_MISSING@0"), end.problems());
    Recorder.Result clean = new Capture()
        .out(1, ACK, BUSY)
        .out(1 + BUSY.length(), FIN | ACK, "\r\n")
        .read();
    assertEquals(List.of(), clean.problems());
  }

  @Test
  void aFinThatComesEarly_endsTheStreamOnceTheDataBeforeIt() {
    Recorder.Result result = new Capture()
        .out(0, SYN, "")
        .out(1 + 100, FIN | ACK, BUSY.substring(100))
        .out(1, ACK, BUSY.substring(0, 100))
        .out(1 + BUSY.length() + 1, ACK, TRYING)
        .read();
    // The FIN ends the stream; the segment after it starts a new one.
    assertEquals(List.of("#3 SIP/2.0 486 Busy Here", "#4 SIP/2.0 100 Trying"), starts(result));
    assertEquals(List.of(), result.problems());
  }

  @Test
  void aMessageTooLongToBuffer_isSkipped_andTheNextOneRead() {
    String body = "x".repeat(TcpStream.MAX_MESSAGE);
    String huge = "MESSAGE sip:a SIP/2.0\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    String stream = huge + BUSY;
    Capture capture = new Capture();
    for (int at = 0; at < stream.length(); at += 60_000) {
      capture.out(1 + at, ACK, stream.substring(at, Math.min(stream.length(), at + 60_000)));
    }
    Recorder.Result result = capture.read();
    assertEquals(List.of(BUSY), result.texts());
    // Its Content-Length says at once that it is too long: it is cut in its first frame, and skipped to its end.
    assertEquals(List.of("TCP_STREAM_CUT@1"), result.problems());
    // A header section that never ends.
    Capture endless = new Capture().out(1, ACK, "MESSAGE sip:a SIP/2.0\r\n");
    String header = "X-Long: " + "y".repeat(59_990) + "\r\n";
    for (int i = 0; i < 5; i++) {
      endless.out(24 + (long) i * header.length(), ACK, header);
    }
    assertEquals(List.of("TCP_STREAM_CUT@6"), endless.read().problems());
  }

  @Test
  void bytesWhereNoMessageStarts_areSkippedToTheNextSegmentThatStartsOne() {
    Recorder.Result result = new Capture()
        .out(1, ACK, BUSY + "garbage\r\n")
        .out(1 + BUSY.length() + 9, ACK, "more garbage\r\n")
        .out(1 + BUSY.length() + 9 + 14, ACK, TRYING)
        .read();
    assertEquals(List.of("#1 SIP/2.0 486 Busy Here", "#3 SIP/2.0 100 Trying"), starts(result));
    assertEquals(List.of("TCP_UNFRAMED@1"), result.problems());
  }

  @Test
  void aNewConnectionOnTheSamePorts_startsAfresh() {
    Recorder.Result result = new Capture()
        .out(1000, SYN, "")
        .out(1001, ACK, INVITE.substring(0, 30))
        .out(77_000, SYN, "")
        .out(77_001, ACK, BUSY)
        .out(77_000, SYN, "")
        .read();
    assertEquals(List.of("#4 SIP/2.0 486 Busy Here"), starts(result));
    assertEquals(List.of("TCP_DATA_MISSING@3"), result.problems());
  }

  @Test
  void segmentsCutByTheCapture_areTruncated_andReadingResumes() {
    Capture capture = new Capture()
        .out(1, ACK, BUSY)
        .out(1 + BUSY.length(), ACK, INVITE)
        .out(1 + BUSY.length() + INVITE.length(), ACK, TRYING);
    Frame second = capture.frames.get(1);
    capture.frames.set(1, second.snapped(100));
    Recorder.Result result = capture.read();
    assertEquals(List.of("#1 SIP/2.0 486 Busy Here", "#3 SIP/2.0 100 Trying"), starts(result));
    assertEquals(List.of("TRUNCATED_PACKET@2"), result.problems());
    // A cut segment after a hole, and one entirely before what was read.
    Capture hole = new Capture()
        .out(1, ACK, BUSY)
        .out(1 + BUSY.length() + 10, ACK, INVITE)
        .out(1, ACK, BUSY);
    hole.frames.set(1, hole.frames.get(1).snapped(60));
    hole.frames.set(2, hole.frames.get(2).snapped(60));
    assertEquals(List.of("TRUNCATED_PACKET@2", "TCP_DATA_MISSING@2", "TRUNCATED_PACKET@3"),
        hole.read().problems());
  }

  @Test
  void tcpHeaders_thatDoNotFit() {
    byte[] segment = tcp("192.0.2.1", 1, "192.0.2.2", 2, 1, ACK, ascii(BUSY));
    byte[] badOffset = segment.clone();
    badOffset[12] = 0x40;
    byte[] longOffset = segment.clone();
    longOffset[12] = (byte) 0xF0;
    Recorder.Result result = new Capture()
        .add(ipv4("192.0.2.1", "192.0.2.2", TCP, badOffset))
        .add(ipv4("192.0.2.1", "192.0.2.2", TCP, java.util.Arrays.copyOf(segment, 19)))
        .add(ipv4("192.0.2.1", "192.0.2.2", TCP, java.util.Arrays.copyOf(longOffset, 40)))
        .read();
    assertEquals(List.of("MALFORMED_PACKET@1", "MALFORMED_PACKET@2", "MALFORMED_PACKET@3"), result.problems());
    Capture cut = new Capture().add(ipv4("192.0.2.1", "192.0.2.2", TCP, segment))
        .add(ipv4("192.0.2.1", "192.0.2.2", TCP, longOffset));
    cut.frames.set(0, cut.frames.get(0).snapped(30));
    cut.frames.set(1, cut.frames.get(1).snapped(50));
    assertEquals(List.of("TRUNCATED_PACKET@1", "TRUNCATED_PACKET@2"), cut.read().problems());
  }

  @Test
  void ipv6Streams() {
    Recorder.Result result = new Capture()
        .add(ipv6("2001:db8::1", "2001:db8::2", TCP, tcp("2001:db8::1", 5060, "2001:db8::2", 5061, 9, ACK,
            ascii(BUSY))))
        .read();
    assertEquals(List.of("#1 [2001:db8::1]:5060 -> [2001:db8::2]:5061 TCP 1970-01-01T00:00:01.000000Z:"
        + " SIP/2.0 486 Busy Here"), result.lines());
  }

  @Test
  void streamLimits_cutTheLeastRecentlyUsed() {
    Capture capture = new Capture();
    for (int port = 1; port <= TcpReassembler.MAX_STREAMS + 1; port++) {
      capture.add(ipv4("192.0.2.1", "192.0.2.2", TCP, tcp("192.0.2.1", port, "192.0.2.2", 5060, 1, ACK,
          ascii(INVITE.substring(0, 40)))));
    }
    Recorder.Result result = capture.read();
    assertEquals("TCP_STREAM_CUT@" + (TcpReassembler.MAX_STREAMS + 1), result.problems().get(0));
    assertEquals(TcpReassembler.MAX_STREAMS + 1, result.problems().size());
  }

  @Test
  void idleStreams_areEnded() {
    Recorder.Result result = new Capture()
        .at(1).out(1, ACK, INVITE.substring(0, 40))
        .at(700).in(1, ACK, BUSY)
        .read();
    assertEquals(List.of("TCP_DATA_MISSING@2"), result.problems());
    assertEquals(List.of("#2 SIP/2.0 486 Busy Here"), starts(result));
  }

  /** A stream idle for exactly the limit is still followed; one second more, and the next segment ends it. */
  @Test
  void idleStreams_areEndedOnlyPastTheLimit() {
    long limit = TcpReassembler.IDLE_SECONDS;
    Recorder.Result kept = new Capture()
        .at(1).out(1, ACK, INVITE.substring(0, 40))
        .at(1 + limit).in(1, ACK, BUSY)
        .read();
    assertEquals(List.of("TCP_DATA_MISSING@0"), kept.problems());
    Recorder.Result ended = new Capture()
        .at(1).out(1, ACK, INVITE.substring(0, 40))
        .at(2 + limit).in(1, ACK, BUSY)
        .read();
    assertEquals(List.of("TCP_DATA_MISSING@2"), ended.problems());
  }

  @Test
  void heldBytes_stayBounded() {
    Recorder recorder = new Recorder();
    PacketDecoder decoder = new PacketDecoder(recorder);
    String partial = "MESSAGE sip:a SIP/2.0\r\nContent-Length: 250000\r\n\r\n" + "z".repeat(60_000);
    int port = 1;
    for (int i = 0; i < 300; i++, port++) {
      byte[] packet = ipv4("192.0.2.1", "192.0.2.2", TCP, tcp("192.0.2.1", port, "192.0.2.2", 5060, 1, ACK,
          ascii(partial)));
      decoder.frame(LinkLayer.RAW, packet, 0, packet.length, packet.length, i + 1, 1, 0, 0);
      assertEquals(true, decoder.heldBytes() <= TcpReassembler.MAX_HELD_BYTES, "held " + decoder.heldBytes());
      if (i < 3) {
        assertEquals((i + 1L) * partial.length(), decoder.heldBytes(), "held after stream " + (i + 1));
      }
    }
    // Each stream holds a buffer of 60049 bytes: the 280th passes 16 MiB, and the oldest stream is cut.
    assertEquals("TCP_STREAM_CUT@280", recorder.problems.get(0));
    assertEquals(21, recorder.problems.size());
    decoder.finish();
    assertEquals(0, decoder.heldBytes());
  }
}
