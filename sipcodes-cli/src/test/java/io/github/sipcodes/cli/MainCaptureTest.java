package io.github.sipcodes.cli;

import static io.github.sipcodes.cli.testing.Packets.ACK;
import static io.github.sipcodes.cli.testing.Packets.TCP;
import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.ethernet;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.tcp;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.packet.LinkLayer;
import io.github.sipcodes.cli.testing.BusyText;
import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import io.github.sipcodes.cli.testing.SampleCall;
import io.github.sipcodes.cli.testing.SipMessages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command on captures, from the file to what it prints. */
class MainCaptureTest {

  @TempDir Path directory;

  static List<Frame> call() {
    return SampleCall.frames();
  }

  Path file(String name, byte[] content) throws IOException {
    return Files.write(directory.resolve(name), content);
  }

  static final String VIEW = "Responses to INVITE are explained for calls in either direction; --local with the"
      + " address of your phone system or phone explains them as incoming or outgoing calls.\n\n";

  /** The 486 of the sample call, as the support desk reads it: written by hand from the sample's messages. */
  static final String BUSY_REPORT =
      """
      call call-1

      2023-11-14T22:13:21.000Z  198.51.100.20:5060 -> 192.0.2.10:5060  UDP  frame 2
        response:       SIP/2.0 486 Busy Here
        request:        1 INVITE
        situation:      call, direction not known (see --local)
        class:          client failure (4xx)
        retryable:      yes, unchanged
        authentication: no
        call outcome:   Busy
        Retry-After:    60
        next step:      the called phone may be reachable later: a person or the dialer's policy decides when to \
      call again, not before 60 s (no automatic redial)
      """ + BusyText.EXPLANATION + "\n";

  /** The summary of one 486 and one request, up to the capture's line. */
  static final String BUSY_SUMMARY =
      """
      Summary: 1 response, 1 request
        by code:
               1  486 Busy Here
        by class:
               1  client failure (4xx)
        calls by outcome:
               1  Busy
        failed calls:
          2023-11-14T22:13:21.000Z  call-1  486 Busy Here  Busy
      """;

  @Test
  void pcap_printsEachResponse_andWhatTheCaptureHeld() throws IOException {
    Path capture = file("call.bin", CaptureWriter.pcap(LinkLayer.ETHERNET, false, false, call()));
    MainTest.Result result = MainTest.run("--trace", capture.toString(), "--lang", "en");
    assertEquals(0, result.status());
    assertEquals("", result.err());
    assertEquals(
        VIEW + BUSY_REPORT + BUSY_SUMMARY + "  capture: 2 packets, 2 SIP messages, 0 packets of other traffic (not SIP)\n",
        result.out());
  }

  @Test
  void whatCouldNotBeRead_isNamedInTheSummary() throws IOException {
    List<Frame> frames = new java.util.ArrayList<>(call());
    frames.add(Frame.of(ethernet(ipv4("192.0.2.10", "198.51.100.20", TCP,
        tcp("192.0.2.10", 40000, "198.51.100.20", 5061, 1, ACK, new byte[] {22, 3, 3, 0, 5, 1, 2, 3, 4, 5}))), 2, 0));
    frames.add(Frame.of(ethernet(ipv4("192.0.2.10", "198.51.100.20", 132, new byte[40])), 3, 0));
    frames.add(Frame.of(ethernet(ipv4("192.0.2.10", "198.51.100.20", 132, new byte[40])), 3, 0));
    frames.add(call().get(1).snapped(80));
    frames.add(Frame.of(ethernet(ipv4("192.0.2.10", "198.51.100.20", UDP,
        udp("192.0.2.10", 6000, "198.51.100.20", 6000, new byte[160]))), 4, 0));
    Path capture = file("mixed.pcapng", CaptureWriter.pcapng(false,
        List.of(CaptureWriter.Interface.of(LinkLayer.ETHERNET)), frames));
    MainTest.Result result = MainTest.run("--trace", capture.toString());
    assertEquals(
        VIEW + BUSY_REPORT
            + BUSY_SUMMARY
            + """
              capture: 7 packets, 2 SIP messages, 1 packet of other traffic (not SIP)
              not read:
                     1  packets cut short by the capture's snapshot length
                     1  TLS packets (encrypted: SIP over TLS cannot be read)
                     2  SCTP packets (not decoded)
            """,
        result.out());
  }

  @Test
  void aCaptureCutOff_isReadUpToTheCut_andSaysWhereOnStandardError() throws IOException {
    byte[] whole = CaptureWriter.pcap(LinkLayer.ETHERNET, false, false, call());
    Path capture = file("cut.pcap", CaptureWriter.cut(whole, whole.length - 10));
    MainTest.Result result = MainTest.run("--trace", capture.toString());
    assertEquals(0, result.status());
    int secondRecord = 24 + 16 + call().get(0).data().length;
    assertEquals("sipcodes: warning: " + capture + ": the capture is cut off at byte offset " + secondRecord
        + "; what came before was read\n", result.err());
    assertEquals(VIEW + """
        Summary: 0 responses, 1 request
          calls by outcome:
                 1  In progress
          capture: 1 packet, 1 SIP message, 0 packets of other traffic (not SIP)
        """, result.out());
  }

  @Test
  void aFileOfNoKnownFormat_exitsWith2_showingItsFirstBytes() throws IOException {
    Path binary = file("photo.pcap", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    MainTest.Result result = MainTest.run("--trace", binary.toString());
    assertEquals(2, result.status());
    assertEquals("", result.out());
    assertEquals("sipcodes: cannot read trace file: " + binary + " (not a pcap, pcapng, gzip or text file: it starts"
        + " with 89 50 4e 47 0d 0a 1a 0a 00 00 00 0d \".PNG........\")\n", result.err());
  }

  @Test
  void aCorruptHeader_exitsWith2_namingTheOffset() throws IOException {
    byte[] file = CaptureWriter.pcap(LinkLayer.ETHERNET, true, false, call());
    ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN).putInt(24 + 8, 1 << 30);
    Path capture = file("corrupt.pcap", file);
    MainTest.Result result = MainTest.run("--trace", capture.toString());
    assertEquals(2, result.status());
    assertEquals("sipcodes: cannot read trace file: " + capture + " (corrupt pcap record header at byte offset 24:"
        + " captured length 1073741824 (at most 262144))\n", result.err());
  }

  @Test
  void aTcpMessageTooLong_isAWarningOnStandardError() throws IOException {
    String body = "x".repeat(300_000);
    String huge = "MESSAGE sip:a SIP/2.0\r\nContent-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 1000);
    byte[] segment = ipv4("192.0.2.10", "198.51.100.20", TCP,
        tcp("192.0.2.10", 40000, "198.51.100.20", 5060, 1, ACK, SipMessages.bytes(huge)));
    Path capture = file("tcp.pcap", CaptureWriter.pcap(LinkLayer.RAW, false, true, List.of(Frame.of(segment, 5, 0))));
    MainTest.Result result = MainTest.run("--trace", capture.toString());
    assertEquals("sipcodes: warning: frame 1: a SIP message over TCP is too long to reassemble and was skipped\n",
        result.err());
    assertEquals(true, result.out().contains("\n  not read:\n         1  TCP messages too long to reassemble"
        + " (skipped)\n"), result.out());
  }

  @Test
  void standardInput_andGzip() throws IOException {
    byte[] zipped = CaptureWriter.gzip(CaptureWriter.pcap(LinkLayer.ETHERNET, false, true, call()));
    MainTest.Result result = MainTest.runWithInput(new ByteArrayInputStream(zipped), "--trace", "-");
    assertEquals(0, result.status());
    assertEquals(true, result.out().startsWith(VIEW + BUSY_REPORT), result.out());
    Path text = file("trace.txt.gz", CaptureWriter.gzip(Files.readAllBytes(MainTest.example())));
    assertEquals(MainTest.golden("example-trace.txt"), MainTest.run("--trace", text.toString(), "--lang", "en").out());
  }

  @Test
  void theReadmesSummaryExample_isWhatTheCommandPrints() throws IOException {
    Path readme = Files.exists(Path.of("README.md")) ? Path.of("README.md") : Path.of("..", "README.md");
    String text = Files.readString(readme);
    int start = text.indexOf("```text\n  capture:");
    String example = text.substring(text.indexOf('\n', start) + 1, text.indexOf("```", start + 3));
    List<Frame> frames = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      frames.addAll(call());
    }
    for (int i = 0; i < 2; i++) {
      frames.add(Frame.of(ethernet(ipv4("192.0.2.10", "198.51.100.20", TCP, tcp("192.0.2.10", 40000,
          "198.51.100.20", 5061, 1 + 10 * i, ACK, new byte[] {23, 3, 3, 0, 5, 1, 2, 3, 4, 5}))), 5, 0));
    }
    Path capture = file("readme.pcap", CaptureWriter.pcap(LinkLayer.ETHERNET, false, false, frames));
    String out = MainTest.run("--trace", capture.toString()).out();
    assertEquals(example, out.substring(out.indexOf("  capture:")));
  }

  /** The README's capture example is what the command prints for the sample call, seen from the caller. */
  @Test
  void theReadmesCallExample_isWhatTheCommandPrints() throws IOException {
    Path readme = Files.exists(Path.of("README.md")) ? Path.of("README.md") : Path.of("..", "README.md");
    String text = Files.readString(readme);
    String command = "$ java -jar sipcodes.jar --trace call.pcap --local 192.0.2.10\n";
    int start = text.indexOf(command) + command.length();
    String example = text.substring(start, text.indexOf("```", start));
    Path capture = file("call.pcap", CaptureWriter.pcap(LinkLayer.ETHERNET, false, false, call()));
    assertEquals(example, MainTest.run("--trace", capture.toString(), "--local", "192.0.2.10", "--lang", "en").out());
  }
}
