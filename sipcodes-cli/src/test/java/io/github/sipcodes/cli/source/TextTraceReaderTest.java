package io.github.sipcodes.cli.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.testing.TestFiles;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.testing.Recorder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TextTraceReaderTest {

  static List<CapturedMessage> messages(String trace) {
    return Recorder.read(trace.getBytes(StandardCharsets.UTF_8)).messages();
  }

  /** Each message as {@code line: start line}. */
  static List<String> starts(String trace) {
    List<String> starts = new ArrayList<>();
    for (CapturedMessage message : messages(trace)) {
      starts.add(message.line().getAsLong() + ": " + message.startLine());
    }
    return starts;
  }

  /** Each message's text, CRLF shown as |. */
  static List<String> texts(String trace) {
    return messages(trace).stream().map(message -> message.text().replace("\r\n", "|")).toList();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(TextTraceReaderTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void raw_findsEveryMessage_withItsHeadAndBody() throws IOException {
    assertEquals(
        List.of(
            "REGISTER sip:example.com SIP/2.0|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-r1|CSeq: 1 REGISTER"
                + "|Retry-After: 5|Content-Length: 0||",
            "SIP/2.0 401 Unauthorized|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-r1|CSeq: 1 REGISTER"
                + "|WWW-Authenticate: Digest realm=\"example.com\", nonce=\"abc\"|Content-Length: 0||",
            "NOTIFY sip:alice@192.0.2.10 SIP/2.0|Event: refer|Content-Type: message/sipfrag;version=2.0"
                + "|Content-Length: 20||SIP/2.0 100 Trying|",
            "SIP/2.0 200 OK|CSeq: 2 NOTIFY|Content-Length: 0||",
            "SIP/2.0 99 Too Low|Retry-After: 1||",
            "sip/2.0 499 Custom Failure|retry-after: 120;duration=60|REASON: SIP;cause=499;text=\"custom\""
                + "|warning: 399 gw.example.com \"first\", 301 gw.example.com \"second\""
                + "|Warning: 123 gw.example.com \"unregistered\"|Reason: Q.850;cause=||",
            "SIP/2.0 503 Service Unavailable|Retry-After: 45||"),
        texts(resource("raw.txt")));
    assertEquals(List.of(1L, 7L, 13L, 20L, 24L, 27L, 33L),
        messages(resource("raw.txt")).stream().map(message -> message.line().getAsLong()).toList());
  }

  @Test
  void crlf_andLf_readTheSame() throws IOException {
    for (String name : new String[] {"raw.txt", "ngrep-byline.txt", "tshark.txt", "ngrep.txt"}) {
      String trace = resource(name);
      assertEquals(texts(trace), texts(trace.replace("\n", "\r\n")), name);
    }
  }

  @Test
  void tshark_keepsTheHeaderLines_withoutTsharksDecoding_andTakesFrameTimeAndAddresses() throws IOException {
    assertEquals(
        List.of(
            "INVITE sip:bob@example.com SIP/2.0|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-t1"
                + "|Reason: SIP;cause=200|CSeq: 1 INVITE|Content-Length: 0||",
            "SIP/2.0 180 Ringing|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-t1|CSeq: 1 INVITE"
                + "|Content-Length: 0||",
            "SIP/2.0 603 Decline|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-t1|CSeq: 1 INVITE"
                + "|Reason: Q.850;cause=21;text=\"Call rejected\"|Content-Length: 0||"),
        texts(resource("tshark.txt")));
    assertEquals(
        List.of(
            "#1 192.0.2.10:5060 -> 198.51.100.20:5060 UDP no-time: INVITE sip:bob@example.com SIP/2.0",
            "#2 198.51.100.20:5060 -> 192.0.2.10:5060 UDP no-time: SIP/2.0 180 Ringing",
            "#3 198.51.100.20:5060 -> 192.0.2.10:5060 UDP no-time: SIP/2.0 603 Decline"),
        messages(resource("tshark.txt")).stream().map(Recorder::line).toList());
    assertEquals(List.of("5: INVITE sip:bob@example.com SIP/2.0", "21: SIP/2.0 180 Ringing", "35: SIP/2.0 603 Decline"),
        starts(resource("tshark.txt")));
  }

  @Test
  void tshark_epochTime_ipv6_tcp_andResolvedNames() {
    String trace =
        """
        Frame 7: 600 bytes on wire (4800 bits), 600 bytes captured (4800 bits) on interface lo, id 0
            Arrival Time: Nov 30, 2026 12:59:32.358796000 UTC
            Epoch Time: 1796043572.358796123 seconds
        Ethernet II, Src: 00:00:00_00:00:00 (00:00:00:00:00:00), Dst: 00:00:00_00:00:00 (00:00:00:00:00:00)
        Internet Protocol Version 6, Src: 2001:db8::1, Dst: pbx.example.net (2001:db8::2)
        Transmission Control Protocol, Src Port: 40112, Dst Port: sip (5060), Seq: 1, Ack: 1, Len: 500
        Session Initiation Protocol (486)
            Status-Line: SIP/2.0 486 Busy Here
                Status-Code: 486
                [Resent Packet: False]
            Message Header
                Call-ID: a@b
                [Generated Call-ID: a@b]
                Content-Length: 0
        Session Initiation Protocol (200)
            Status-Line: SIP/2.0 200 OK
            Message Header
                Content-Length: 0

        Frame 8: 600 bytes on wire (4800 bits), 600 bytes captured (4800 bits)
            Epoch Arrival Time: 1796043573.5 seconds
        Internet Protocol Version 4, Src: 192.0.2.1, Dst: 192.0.2.2
        User Datagram Protocol, Src Port: 5060, Dst Port: 5062
        Session Initiation Protocol (BYE)
            Request-Line: BYE sip:a@192.0.2.2 SIP/2.0
            Message Header
                Content-Length: 0
            Message Body
                SIP/2.0 180 Looks like a status line
        """;
    assertEquals(
        List.of(
            "#7 [2001:db8::1]:40112 -> [2001:db8::2]:5060 TCP 2026-11-30T12:59:32.358796123Z: SIP/2.0 486 Busy Here",
            "#7 [2001:db8::1]:40112 -> [2001:db8::2]:5060 TCP 2026-11-30T12:59:32.358796123Z: SIP/2.0 200 OK",
            "#8 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2026-11-30T12:59:33.5Z: BYE sip:a@192.0.2.2 SIP/2.0",
            "#8 192.0.2.1:5060 -> 192.0.2.2:5062 UDP 2026-11-30T12:59:33.5Z: SIP/2.0 180 Looks like a status line"),
        messages(trace).stream().map(Recorder::line).toList());
    assertEquals(
        List.of("SIP/2.0 486 Busy Here|Call-ID: a@b|Content-Length: 0||", "SIP/2.0 200 OK|Content-Length: 0||",
            "BYE sip:a@192.0.2.2 SIP/2.0|Content-Length: 0||", "SIP/2.0 180 Looks like a status line||"),
        texts(trace));
  }

  @Test
  void tshark_linesThatAreNotWhatTheyLookLike_areNotContext() {
    // Before any Frame line, and inside a message, protocol lines are not read as context.
    String trace =
        """
        Internet Protocol Version 4, Src: 192.0.2.1, Dst: 192.0.2.2
            Epoch Time: 1 seconds
        SIP/2.0 200 OK
        User Datagram Protocol, Src Port: 1, Dst Port: 2
        Frame x: not a frame
        Frame 12 no colon
        """;
    assertEquals(List.of("- ? -> ? UNKNOWN no-time: SIP/2.0 200 OK"),
        messages(trace).stream().map(Recorder::line).toList());
    assertEquals(List.of("SIP/2.0 200 OK|User Datagram Protocol, Src Port: 1, Dst Port: 2|Frame x: not a frame||"),
        texts(trace));
  }

  @Test
  void tshark_badEpochOrPorts_leaveThemUnknown() {
    String trace = "Frame 1: x\n    Epoch Time: 17x.5 seconds\nInternet Protocol Version 4, Src: 192.0.2.1, Dst: "
        + "192.0.2.2\nUser Datagram Protocol, Src Port: sip, Dst Port: 123456\n    Status-Line: SIP/2.0 200 OK\n"
        + "Frame 2: x\n    Epoch Time: 99999999999999 seconds\nInternet Protocol Version 4, Src: not-an-ip, Dst: "
        + "192.0.2.2\nUser Datagram Protocol, Src Port: 1, Dst Port: 2\n    Status-Line: SIP/2.0 200 OK\n"
        + "Frame 3: x\n    Epoch Time: 1.x seconds\n    Status-Line: SIP/2.0 200 OK\n";
    assertEquals(
        List.of(
            "#1 ? -> ? UDP no-time: SIP/2.0 200 OK",
            "#2 ? -> 192.0.2.2:2 UDP no-time: SIP/2.0 200 OK",
            "#3 ? -> ? UNKNOWN no-time: SIP/2.0 200 OK"),
        messages(trace).stream().map(Recorder::line).toList());
  }

  @Test
  void sngrep_timeAndAddresses_asWritten() throws IOException {
    List<String> lines = messages(Files.readString(TestFiles.example())).stream().map(Recorder::line).toList();
    assertEquals(
        List.of(
            "- 192.0.2.10:5060 -> 198.51.100.20:5060 UNKNOWN 2026-11-23T10:15:02.120331: INVITE"
                + " sip:+4930123456@sip.example.net SIP/2.0",
            "- 198.51.100.20:5060 -> 192.0.2.10:5060 UNKNOWN 2026-11-23T10:15:02.161002: SIP/2.0 407 Proxy"
                + " Authentication Required",
            "- 192.0.2.10:5060 -> 198.51.100.20:5060 UNKNOWN 2026-11-23T10:15:02.170214: INVITE"
                + " sip:+4930123456@sip.example.net SIP/2.0",
            "- 198.51.100.20:5060 -> 192.0.2.10:5060 UNKNOWN 2026-11-23T10:15:02.201877: SIP/2.0 100 Trying",
            "- 198.51.100.20:5060 -> 192.0.2.10:5060 UNKNOWN 2026-11-23T10:15:04.930550: SIP/2.0 486 Busy Here",
            "- 192.0.2.10:5060 -> 198.51.100.20:5060 UNKNOWN 2026-11-23T10:16:10.004113: INVITE"
                + " sip:+4930654321@sip.example.net SIP/2.0",
            "- 198.51.100.20:5060 -> 192.0.2.10:5060 UNKNOWN 2026-11-23T10:16:10.052918: SIP/2.0 503 Service"
                + " Unavailable",
            "- 198.51.100.20:5060 -> 192.0.2.10:5060 UNKNOWN 2026-11-23T10:17:45.310020: SIP/2.0 480 Temporarily"
                + " Unavailable"),
        lines);
    assertEquals(
        "INVITE sip:+4930123456@sip.example.net SIP/2.0|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-7f1a"
            + "|Max-Forwards: 70|From: \"Alice\" <sip:alice@example.com>;tag=a71|To: <sip:+4930123456@sip.example.net>"
            + "|Call-ID: 3c26e1f0@192.0.2.10|CSeq: 1 INVITE|Contact: <sip:alice@192.0.2.10:5060>"
            + "|Content-Type: application/sdp|Content-Length: 129||v=0|o=alice 2890844526 2890844526 IN IP4 192.0.2.10"
            + "|s=-|c=IN IP4 192.0.2.10|t=0 0|m=audio 49170 RTP/AVP 0 8|a=sendrecv|",
        texts(Files.readString(TestFiles.example())).get(0));
  }

  @Test
  void sngrep_ipv6_andSeparatorsThatDoNotRead() {
    String trace =
        """
        2024/02/29 23:59:59 [2001:db8::1]:5060 -> ::1:5062
        SIP/2.0 200 OK

        2026/02/30 10:00:00.5 192.0.2.1:5060 -> 192.0.2.2:5060
        SIP/2.0 200 OK

        1 -> 2
        SIP/2.0 200 OK

        2026/1/2 3:04:05.123456789012 192.0.2.1:x -> 192.0.2.2:5060
        SIP/2.0 200 OK

        """;
    assertEquals(
        List.of(
            "- [2001:db8::1]:5060 -> [::1]:5062 UNKNOWN 2024-02-29T23:59:59: SIP/2.0 200 OK",
            "- 192.0.2.1:5060 -> 192.0.2.2:5060 UNKNOWN no-time: SIP/2.0 200 OK",
            "- ? -> ? UNKNOWN no-time: SIP/2.0 200 OK",
            "- ? -> 192.0.2.2:5060 UNKNOWN 2026-01-02T03:04:05.123456789: SIP/2.0 200 OK"),
        messages(trace).stream().map(Recorder::line).toList());
  }

  @Test
  void ngrep_transportTimeAndAddresses() throws IOException {
    String trace =
        """
        interface: lo
        #
        T 2026/11/23 10:15:02.120331 [::1]:5060 -> [::1]:40000 [AP] #3
        SIP/2.0 200 OK.
        Content-Length: 0.
        .

        U ::1:5060 -> ::1:40000 #4
        SIP/2.0 180 Ringing.
        .

        U something -> else
        SIP/2.0 100 Trying.
        .
        """;
    assertEquals(
        List.of(
            "- [::1]:5060 -> [::1]:40000 TCP 2026-11-23T10:15:02.120331: SIP/2.0 200 OK",
            "- [::1]:5060 -> [::1]:40000 UDP no-time: SIP/2.0 180 Ringing",
            "- ? -> ? UDP no-time: SIP/2.0 100 Trying"),
        messages(trace).stream().map(Recorder::line).toList());
    assertEquals(
        List.of(
            "5: INVITE sip:bob@example.com SIP/2.0",
            "13: SIP/2.0 408 Request Timeout",
            "22: SIP/2.0 500 Server Internal Error"),
        starts(resource("ngrep-byline.txt")));
    assertEquals(
        "SIP/2.0 500 Server Internal Error|Retry-After: 10|Warning: 399 pbx.example.com \"Database down\"||",
        texts(resource("ngrep-byline.txt")).get(2));
  }

  @Test
  void ngrepDefault_splitsAPacketAtDoubleDots_evenWrappedOverLines() throws IOException {
    assertEquals(
        List.of(
            "REGISTER sip:example.com SIP/2.0|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-m1|CSeq: 7 REGISTER"
                + "|Content-Length: 0||",
            "SIP/2.0 423 Interval Too Brief|Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-m1|CSeq: 7 REGISTER"
                + "|Min-Expires: 3600|Content-Length: 0||",
            "SIP/2.0 600 Busy Everywhere|Retry-After: 120|Reason: Q.850;cause=17|Content-Length: 0||"),
        texts(resource("ngrep.txt")));
    assertEquals(List.of("5: REGISTER sip:example.com SIP/2.0", "9: SIP/2.0 423 Interval Too Brief",
        "13: SIP/2.0 600 Busy Everywhere"), starts(resource("ngrep.txt")));
    String wrapped =
        """
        #
        U 192.0.2.1:5060 -> 192.0.2.2:5060
          SIP/2.0 486 Busy Here..Retry-Af
          ter: 30.
          .Content-Length: 0....

        SIP/2.0 200 OK.
        """;
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: 30|Content-Length: 0||", "SIP/2.0 200 OK||"),
        texts(wrapped));
    assertEquals(List.of("3: SIP/2.0 486 Busy Here", "7: SIP/2.0 200 OK"), starts(wrapped));
  }

  @Test
  void example_inTheRepository_isReadWhole() throws IOException {
    assertEquals(
        List.of(
            "2: INVITE sip:+4930123456@sip.example.net SIP/2.0",
            "22: SIP/2.0 407 Proxy Authentication Required",
            "32: INVITE sip:+4930123456@sip.example.net SIP/2.0",
            "42: SIP/2.0 100 Trying",
            "49: SIP/2.0 486 Busy Here",
            "60: INVITE sip:+4930654321@sip.example.net SIP/2.0",
            "69: SIP/2.0 503 Service Unavailable",
            "81: SIP/2.0 480 Temporarily Unavailable"),
        starts(Files.readString(TestFiles.example())));
  }

  @Test
  void lastLine_withoutLineBreak_isRead() {
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: 5||"), texts("SIP/2.0 486 Busy Here\nRetry-After: 5"));
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: 5||"),
        texts("SIP/2.0 486 Busy Here\r\nRetry-After: 5\r"));
    assertEquals(List.of(), texts(""));
  }

  @Test
  void headersBeforeAnyMessage_areIgnored_andLinesAfterTheHead_areTheBody() {
    assertEquals(List.of("SIP/2.0 503 Service Unavailable||Retry-After: 2|"),
        texts("Retry-After: 1\nSIP/2.0 503 Service Unavailable\n\nRetry-After: 2\n"));
  }

  @Test
  void theBody_endsAtItsContentLength_countingCrlf() {
    assertEquals(List.of("MESSAGE sip:a SIP/2.0|Content-Length: 7||hello|"),
        texts("MESSAGE sip:a SIP/2.0\nContent-Length: 7\n\nhello\nafter the body\n"));
    assertEquals(List.of("MESSAGE sip:a SIP/2.0|l: 12||one||two|"),
        texts("MESSAGE sip:a SIP/2.0\nl: 12\n\none\n\ntwo\nafter\n"));
    // Without a Content-Length the body runs to the next message; empty lines at its end are not part of it.
    assertEquals(List.of("MESSAGE sip:a SIP/2.0||one||two|", "SIP/2.0 200 OK||"),
        texts("MESSAGE sip:a SIP/2.0\n\none\n\ntwo\n\n\nSIP/2.0 200 OK\n"));
  }

  @Test
  void theStartLinesIndentation_isTakenOffTheOtherLines() {
    assertEquals(List.of("SIP/2.0 486 Busy Here|Warning: 399 a \"b\"|  folded||"),
        texts("    SIP/2.0 486 Busy Here   \n    Warning: 399 a \"b\"\n      folded\n\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here|Warning: 399 a \"b\"||"),
        texts("    SIP/2.0 486 Busy Here\n  Warning: 399 a \"b\"\n"));
  }

  @Test
  void requestHeaders_areNotGivenToTheNextMessage() {
    assertEquals(List.of("BYE sip:a@example.com SIP/2.0|Reason: Q.850;cause=16||", "SIP/2.0 200 OK||"),
        texts("BYE sip:a@example.com SIP/2.0\nReason: Q.850;cause=16\nSIP/2.0 200 OK\n"));
  }

  @Test
  void requestLine_needsACapitalMethod() {
    assertEquals(List.of("1: AZ sip:a SIP/2.0", "2: A sip:a SIP/2.0"), starts("AZ sip:a SIP/2.0\nA sip:a SIP/2.0\n"));
    assertEquals(List.of(), starts("@NVITE sip:a SIP/2.0\n[NVITE sip:a SIP/2.0\nINVITE@ sip:a SIP/2.0\n"));
  }

  @Test
  void linesThatOnlyLookLikeMessages_areNotMessages() {
    assertEquals(
        List.of("1: SIP/2.0 200 OK"),
        starts(
            """
            SIP/2.0 200 OK
            Subject: test SIP/2.0
            Via: SIP/2.0/UDP 192.0.2.1
            invite sip:x SIP/2.0
            INVITE SIP/2.0
            INV1TE sip:x SIP/2.0
             SIP/2.0
            no colon here
            2026/11/23 10:00:00 no arrow
            : no name
            Warning: 399 a "b"
            """));
  }

  @Test
  void compactContentType_startsASipfragBody_otherTypesDoNot() {
    assertEquals(
        List.of("1: NOTIFY sip:a SIP/2.0", "6: NOTIFY sip:a SIP/2.0", "9: SIP/2.0 180 Ringing"),
        starts(
            """
            NOTIFY sip:a SIP/2.0
            c: Message/SipFrag

            SIP/2.0 180 Ringing

            NOTIFY sip:a SIP/2.0
            Content-Type: text/plain

            SIP/2.0 180 Ringing
            """));
    assertEquals("NOTIFY sip:a SIP/2.0|c: Message/SipFrag||SIP/2.0 180 Ringing|",
        texts("NOTIFY sip:a SIP/2.0\nc: Message/SipFrag\n\nSIP/2.0 180 Ringing\n\n").get(0));
    assertEquals(List.of("1: NOTIFY sip:a SIP/2.0", "4: SIP/2.0 180 Ringing"),
        starts("NOTIFY sip:a SIP/2.0\nContent-Type : message/sip\n\nSIP/2.0 180 Ringing\n"));
    assertEquals(List.of("1: NOTIFY sip:a SIP/2.0", "4: SIP/2.0 180 Ringing"),
        starts("NOTIFY sip:a SIP/2.0\nContent-Typo: message/sipfrag\n\nSIP/2.0 180 Ringing\n"));
  }

  @Test
  void sipfragBody_endsAtAPacketSeparator() {
    assertEquals(
        List.of("1: NOTIFY sip:a SIP/2.0", "6: SIP/2.0 202 Accepted"),
        starts(
            """
            NOTIFY sip:a SIP/2.0
            Content-Type: message/sipfrag

            SIP/2.0 100 Trying
            2026/11/23 10:00:00.000000 192.0.2.1:5060 -> 192.0.2.2:5060
            SIP/2.0 202 Accepted
            """));
  }

  @Test
  void ngrepPacketHeader_endsTheMessage() {
    assertEquals(
        List.of("SIP/2.0 486 Busy Here||", "SIP/2.0 200 OK||"),
        texts("SIP/2.0 486 Busy Here\nT 192.0.2.1:5060 -> 192.0.2.2:5060 [AP]\nRetry-After: 1.\nSIP/2.0 200 OK.\n"));
  }

  @Test
  void ngrepMode_startsOnlyAtItsMarkers() {
    // Before a marker, a final dot and double dots are text.
    assertEquals(List.of("SIP/2.0 486 Busy Here.|Warning: 399 a \"b..\"||"),
        texts("SIP/2.0 486 Busy Here.\nWarning: 399 a \"b..\"\nU x\nT y\n"));
    // A line of hashes turns it on; a line of other characters does not.
    assertEquals(List.of("SIP/2.0 486 Busy Here||"), texts("##\nSIP/2.0 486 Busy Here.\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here.||"), texts("#x\nSIP/2.0 486 Busy Here.\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here.||"), texts("U x\nSIP/2.0 486 Busy Here.\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here.||"), texts("T x\nSIP/2.0 486 Busy Here.\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here.||"), texts("X 1 -> 2\nSIP/2.0 486 Busy Here.\n"));
  }

  @Test
  void ngrepMode_splitsOnlyLinesThatStartAMessage() {
    assertEquals(List.of("SIP/2.0 486 Busy Here|Warning: 399 a \"wait..\"||"),
        texts("#\nSIP/2.0 486 Busy Here.\nWarning: 399 a \"wait..\".\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: 5||"),
        texts("#\n  Status-Line: SIP/2.0 486 Busy Here..\nRetry-After: 5.\n"));
    assertEquals(List.of(), texts("#\n..SIP/2.0 486 Busy Here\n"));
    assertEquals(List.of(), texts("#\n  ..SIP/2.0 486 Busy Here\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: 5||"),
        texts("#\nSIP/2.0 486 Busy Here..Retry-After: 5\n"));
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: 5||"),
        texts("#\n  SIP/2.0 486 Busy Here..Retry-After: 5\n"));
  }

  @Test
  void longLines_areCut() {
    String value = "1".repeat(TextTraceReader.MAX_LINE);
    String cut = "1".repeat(TextTraceReader.MAX_LINE - "Retry-After: ".length());
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: " + cut + "|Warning: 399 a \"b\"||"),
        texts("SIP/2.0 486 Busy Here\nRetry-After: " + value + "\nWarning: 399 a \"b\"\n"));
  }

  @Test
  void longMessages_areCut() {
    String line = "x".repeat(1000) + "\n";
    String trace = "MESSAGE sip:a SIP/2.0\n\n" + line.repeat(TextTraceReader.MAX_MESSAGE / 1000 + 10);
    List<CapturedMessage> messages = messages(trace);
    assertEquals(1, messages.size());
    assertEquals(TextTraceReader.MAX_MESSAGE, messages.get(0).length());
  }

  @Test
  void readsInChunks_acrossBufferBoundaries() {
    String trace = "x".repeat(ByteInput.INITIAL - 3) + "\r\nSIP/2.0 486 Busy Here\r\nRetry-After: 7\r\n";
    assertEquals(List.of("2: SIP/2.0 486 Busy Here"), starts(trace));
    assertEquals(List.of("SIP/2.0 486 Busy Here|Retry-After: 7||"), texts(trace));
  }
}
