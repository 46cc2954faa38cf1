package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.wire.SipParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TraceReaderTest {

  /** Records what the reader reports, one string per event. */
  static final class Events implements TraceReader.Listener {
    final List<String> events = new ArrayList<>();

    @Override
    public void response(TracedResponse response) {
      StringBuilder text = new StringBuilder().append(response.line()).append(' ').append(response.statusLine());
      for (TracedResponse.Header header : response.headers()) {
        text.append(" | ").append(header.name()).append(": ").append(header.value());
      }
      if (response.omitted() > 0) {
        text.append(" | +").append(response.omitted());
      }
      events.add(text.toString());
    }

    @Override
    public void malformed(long line, SipParseException problem) {
      events.add(line + " malformed at " + problem.offset());
    }

    @Override
    public void request(long line) {
      events.add(line + " request");
    }
  }

  static List<String> read(String trace) throws IOException {
    return read(new StringReader(trace));
  }

  static List<String> read(Reader trace) throws IOException {
    Events events = new Events();
    new TraceReader(events).read(trace);
    return events.events;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(TraceReaderTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void raw_findsResponsesAndTheirHeaders_skipsRequestsAndSipfragBodies() throws IOException {
    assertEquals(
        List.of(
            "1 request",
            "7 SIP/2.0 401 Unauthorized",
            "13 request",
            "20 SIP/2.0 200 OK",
            "24 malformed at 8",
            "27 SIP/2.0 499 Custom Failure | Retry-After: 120;duration=60 | Reason: SIP;cause=499;text=\"custom\""
                + " | Warning: 399 gw.example.com \"first\", 301 gw.example.com \"second\""
                + " | Warning: 123 gw.example.com \"unregistered\" | Reason: Q.850;cause=",
            "33 SIP/2.0 503 Service Unavailable | Retry-After: 45"),
        read(resource("raw.txt")));
  }

  @Test
  void crlf_andLf_readTheSame() throws IOException {
    String raw = resource("raw.txt");
    assertEquals(read(raw), read(raw.replace("\n", "\r\n")));
    String ngrep = resource("ngrep-byline.txt");
    assertEquals(read(ngrep), read(ngrep.replace("\n", "\r\n")));
  }

  @Test
  void tshark_findsIndentedStatusLines() throws IOException {
    assertEquals(
        List.of(
            "5 request",
            "21 SIP/2.0 180 Ringing",
            "35 SIP/2.0 603 Decline | Reason: Q.850;cause=21;text=\"Call rejected\""),
        read(resource("tshark.txt")));
  }

  @Test
  void ngrepByline_dropsTheDotThatStandsForCr() throws IOException {
    assertEquals(
        List.of(
            "5 request",
            "13 SIP/2.0 408 Request Timeout | Retry-After: 60",
            "22 SIP/2.0 500 Server Internal Error | Retry-After: 10"
                + " | Warning: 399 pbx.example.com \"Database down\""),
        read(resource("ngrep-byline.txt")));
  }

  @Test
  void ngrepDefault_splitsAPacketLineAtDoubleDots() throws IOException {
    assertEquals(
        List.of(
            "5 request",
            "9 SIP/2.0 423 Interval Too Brief",
            "13 SIP/2.0 600 Busy Everywhere | Retry-After: 120 | Reason: Q.850;cause=17"),
        read(resource("ngrep.txt")));
  }

  @Test
  void example_inTheRepository_isReadWhole() throws IOException {
    assertEquals(
        List.of(
            "2 request",
            "22 SIP/2.0 407 Proxy Authentication Required",
            "32 request",
            "42 SIP/2.0 100 Trying",
            "49 SIP/2.0 486 Busy Here | Retry-After: 300 (in a meeting) | Reason: Q.850;cause=17;text=\"User busy\"",
            "60 request",
            "69 SIP/2.0 503 Service Unavailable | Retry-After: 30"
                + " | Reason: Q.850;cause=34;text=\"No circuit/channel available\""
                + " | Warning: 399 sbc.example.net \"Trunk group full\"",
            "81 SIP/2.0 480 Temporarily Unavailable | Retry-After: soon | Warning: 399 \"No agent logged in\""),
        read(Files.newBufferedReader(MainTest.example(), StandardCharsets.UTF_8)));
  }

  @Test
  void lastLine_withoutLineBreak_isRead() throws IOException {
    assertEquals(List.of("1 SIP/2.0 486 Busy Here | Retry-After: 5"), read("SIP/2.0 486 Busy Here\nRetry-After: 5"));
    assertEquals(List.of("1 SIP/2.0 486 Busy Here | Retry-After: 5"), read("SIP/2.0 486 Busy Here\r\nRetry-After: 5\r"));
    assertEquals(List.of(), read(""));
  }

  @Test
  void headers_beforeAnyMessage_orAfterTheEmptyLine_areIgnored() throws IOException {
    assertEquals(
        List.of("2 SIP/2.0 503 Service Unavailable"),
        read("Retry-After: 1\nSIP/2.0 503 Service Unavailable\n\nRetry-After: 2\n"));
  }

  @Test
  void requestHeaders_areNotGivenToThePreviousResponse() throws IOException {
    assertEquals(
        List.of("1 SIP/2.0 486 Busy Here", "2 request"),
        read("SIP/2.0 486 Busy Here\nACK sip:a SIP/2.0\nReason: Q.850;cause=16\n"));
  }

  @Test
  void requestLine_needsACapitalMethod() throws IOException {
    assertEquals(List.of("1 request", "2 request"), read("AZ sip:a SIP/2.0\nA sip:a SIP/2.0\n"));
    assertEquals(List.of(), read("@NVITE sip:a SIP/2.0\n[NVITE sip:a SIP/2.0\nINVITE@ sip:a SIP/2.0\n"));
  }

  @Test
  void requestHeaders_areNotGivenToTheNextResponse() throws IOException {
    assertEquals(
        List.of("1 request", "3 SIP/2.0 200 OK"),
        read("BYE sip:a@example.com SIP/2.0\nReason: Q.850;cause=16\nSIP/2.0 200 OK\n"));
  }

  @Test
  void linesThatOnlyLookLikeMessages_areNotMessages() throws IOException {
    assertEquals(
        List.of("1 SIP/2.0 200 OK | Warning: 399 a \"b\""),
        read(
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
  void compactContentType_startsASipfragBody_otherTypesDoNot() throws IOException {
    assertEquals(
        List.of("1 request", "6 request", "9 SIP/2.0 180 Ringing"),
        read(
            """
            NOTIFY sip:a SIP/2.0
            c: Message/SipFrag

            SIP/2.0 180 Ringing

            NOTIFY sip:a SIP/2.0
            Content-Type: text/plain

            SIP/2.0 180 Ringing
            """));
  }

  @Test
  void sipfragBody_endsAtAPacketSeparator() throws IOException {
    assertEquals(
        List.of("1 request", "6 SIP/2.0 202 Accepted"),
        read(
            """
            NOTIFY sip:a SIP/2.0
            Content-Type: message/sipfrag

            SIP/2.0 100 Trying
            2026/11/23 10:00:00.000000 192.0.2.1:5060 -> 192.0.2.2:5060
            SIP/2.0 202 Accepted
            """));
  }

  @Test
  void ngrepPacketHeader_endsTheResponse() throws IOException {
    assertEquals(
        List.of("1 SIP/2.0 486 Busy Here", "4 SIP/2.0 200 OK"),
        read("SIP/2.0 486 Busy Here\nT 192.0.2.1:5060 -> 192.0.2.2:5060 [AP]\nRetry-After: 1.\nSIP/2.0 200 OK.\n"));
  }

  @Test
  void ngrepMode_startsOnlyAtItsMarkers() throws IOException {
    // Before a marker, a final dot and double dots are text.
    assertEquals(
        List.of("1 SIP/2.0 486 Busy Here. | Warning: 399 a \"b..\""),
        read("SIP/2.0 486 Busy Here.\nWarning: 399 a \"b..\"\nU x\nT y\n"));
    // A line of hashes turns it on; a line of other characters does not.
    assertEquals(List.of("2 SIP/2.0 486 Busy Here"), read("##\nSIP/2.0 486 Busy Here.\n"));
    assertEquals(List.of("2 SIP/2.0 486 Busy Here."), read("#x\nSIP/2.0 486 Busy Here.\n"));
    assertEquals(List.of("2 SIP/2.0 486 Busy Here."), read("U x\nSIP/2.0 486 Busy Here.\n"));
    assertEquals(List.of("2 SIP/2.0 486 Busy Here."), read("T x\nSIP/2.0 486 Busy Here.\n"));
  }

  @Test
  void ngrepMode_splitsOnlyLinesThatStartAMessage() throws IOException {
    assertEquals(
        List.of("2 SIP/2.0 486 Busy Here | Warning: 399 a \"wait..\""),
        read("#\nSIP/2.0 486 Busy Here.\nWarning: 399 a \"wait..\".\n"));
    assertEquals(
        List.of("2 SIP/2.0 486 Busy Here | Retry-After: 5"),
        read("#\n  Status-Line: SIP/2.0 486 Busy Here..\nRetry-After: 5.\n"));
    assertEquals(List.of(), read("#\n..SIP/2.0 486 Busy Here\n"));
    assertEquals(
        List.of("2 SIP/2.0 486 Busy Here | Retry-After: 5"), read("#\nSIP/2.0 486 Busy Here..Retry-After: 5\n"));
  }

  @Test
  void longLines_areCut() throws IOException {
    String value = "1".repeat(TraceReader.MAX_LINE);
    List<String> events = read("SIP/2.0 486 Busy Here\nRetry-After: " + value + "\nWarning: 399 a \"b\"\n");
    String cut = "1".repeat(TraceReader.MAX_LINE - "Retry-After: ".length());
    assertEquals(List.of("1 SIP/2.0 486 Busy Here | Retry-After: " + cut + " | Warning: 399 a \"b\""), events);
  }

  @Test
  void headersOfInterest_areKeptUpToTheLimit_theRestCounted() throws IOException {
    StringBuilder trace = new StringBuilder("SIP/2.0 503 Service Unavailable\n");
    for (int i = 0; i < TraceReader.MAX_HEADERS + 5; i++) {
      trace.append("Retry-After: ").append(i).append('\n');
    }
    List<String> events = read(trace.toString());
    assertEquals(1, events.size());
    assertEquals(true, events.get(0).endsWith(" | Retry-After: " + (TraceReader.MAX_HEADERS - 1) + " | +5"));
    // The next response starts with an empty list again.
    assertEquals(
        List.of("1 SIP/2.0 486 Busy Here | Reason: SIP;cause=486", "3 SIP/2.0 200 OK"),
        read("SIP/2.0 486 Busy Here\nReason: SIP;cause=486\nSIP/2.0 200 OK\n"));
  }

  @Test
  void readsInChunks_acrossBufferBoundaries() throws IOException {
    String trace = "x".repeat(8190) + "\r\nSIP/2.0 486 Busy Here\r\nRetry-After: 7\r\n";
    assertEquals(List.of("2 SIP/2.0 486 Busy Here | Retry-After: 7"), read(trace));
    InputStream bytes = new java.io.ByteArrayInputStream(trace.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("2 SIP/2.0 486 Busy Here | Retry-After: 7"), read(new InputStreamReader(bytes,
        StandardCharsets.UTF_8)));
  }
}
