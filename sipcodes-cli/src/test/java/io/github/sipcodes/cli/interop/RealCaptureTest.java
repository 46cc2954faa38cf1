package io.github.sipcodes.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.sipcodes.Situation;
import io.github.sipcodes.cli.analysis.AnalyzedResponse;
import io.github.sipcodes.cli.analysis.CallAnalyzer;
import io.github.sipcodes.cli.analysis.LocalSide;
import io.github.sipcodes.cli.analysis.TraceCounts;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.cli.source.CaptureSource;
import io.github.sipcodes.cli.testing.CaptureWriter;
import io.github.sipcodes.cli.testing.Recorder;
import io.github.sipcodes.cli.testing.Tools;
import io.github.sipcodes.cli.testing.Tshark;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real captures: two SIPp instances exchange a registration with a challenge, a call answered 486 (with
 * Retry-After, Reason and Warning) and a call cancelled with {@code Reason: SIP;cause=200} on loopback, over UDP, TCP and IPv6, while tcpdump captures them; the reader must
 * find the same messages, at the same times, between the same addresses, as tshark (told to decode the test ports as
 * SIP). Also as nanosecond pcap, as pcapng (converted by editcap) and gzipped.
 *
 * <p>Needs {@code sipp} (Debian package sip-tester), {@code tcpdump} run as root, {@code tshark} and {@code editcap}
 * (package tshark): skipped without them, failed without them when the environment variable {@code CI} is set.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RealCaptureTest {

  /** The messages of one run of uac.xml against uas.xml, in order. */
  static final List<String> EXCHANGE = List.of(
      "REGISTER", "SIP/2.0 401 Unauthorized", "REGISTER", "SIP/2.0 200 OK", "INVITE", "SIP/2.0 100 Trying",
      "SIP/2.0 180 Ringing", "SIP/2.0 486 Busy Here", "ACK", "INVITE", "SIP/2.0 100 Trying", "SIP/2.0 180 Ringing",
      "CANCEL", "SIP/2.0 200 OK", "SIP/2.0 487 Request Terminated", "ACK");

  @TempDir Path directory;

  record Run(Path capture, Path tshark, int uasPort, int uacPort) {}

  Run exchange(String transport, String address, List<String> tcpdumpOptions) throws Exception {
    Path sipp = Tools.require("sipp", "sip-tester");
    Path tcpdump = Tools.require("tcpdump", "tcpdump");
    Path tshark = Tools.require("tshark", "tshark");
    int[] ports = {freePort(address), freePort(address)};
    Path capture = directory.resolve("exchange-" + transport + ".pcap");
    String remote = address.contains(":") ? "[" + address + "]:" + ports[0] : address + ":" + ports[0];
    Tcpdump dump = Tcpdump.start(tcpdump, capture, tcpdumpOptions, ports);
    try {
      Process uas = sipp(sipp, "uas.xml", List.of("-i", address, "-p", Integer.toString(ports[0]), "-t", transport));
      Thread.sleep(300);
      Process uac = sipp(sipp, "uac.xml", List.of(remote, "-i", address, "-p", Integer.toString(ports[1]), "-t",
          transport));
      finish(uac, "uac");
      finish(uas, "uas");
      Thread.sleep(300);
    } finally {
      dump.stop();
    }
    if (!Files.exists(capture)) {
      fail("tcpdump wrote nothing:\n" + dump.errors());
    }
    return new Run(capture, tshark, ports[0], ports[1]);
  }

  Process sipp(Path sipp, String scenario, List<String> arguments) throws IOException {
    Path file = directory.resolve(scenario);
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(scenario), scenario)) {
      Files.write(file, in.readAllBytes());
    }
    List<String> command = new ArrayList<>(List.of(sipp.toString(), "-sf", file.toString()));
    command.addAll(arguments);
    command.addAll(List.of("-m", "1", "-timeout", "20s", "-timeout_error", "-nostdin"));
    return new ProcessBuilder(command).directory(directory.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true)
        .redirectOutput(directory.resolve(scenario + ".log").toFile())
        .start();
  }

  void finish(Process process, String name) throws Exception {
    if (!process.waitFor(40, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("sipp " + name + " did not finish");
    }
    if (process.exitValue() != 0) {
      fail("sipp " + name + " exited with " + process.exitValue() + ":\n"
          + Files.readString(directory.resolve(name + ".xml.log")));
    }
  }

  static int freePort(String address) throws IOException {
    InetAddress bind = InetAddress.getByName(address);
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket tcp = new ServerSocket(0, 1, bind)) {
        int port = tcp.getLocalPort();
        try {
          new DatagramSocket(port, bind).close();
          return port;
        } catch (IOException taken) {
          // try another
        }
      }
    }
    throw new IOException("no free port on " + address);
  }

  /** The reader and tshark agree on every frame; the exchange is whole and in order. */
  static void assertSameAsTshark(Run run, Path capture, Transport transport) throws Exception {
    Recorder.Result result = Recorder.read(Files.readAllBytes(capture));
    assertEquals(Tshark.frames(run.tshark(), capture, run.uasPort(), run.uacPort()), Tshark.frames(result.messages()),
        capture.toString());
    List<String> starts = new ArrayList<>();
    result.messages().forEach(message -> {
      String start = message.startLine();
      starts.add(message.isResponse() ? start : start.substring(0, start.indexOf(' ')));
      assertEquals(transport, message.transport());
    });
    assertEquals(EXCHANGE, starts);
    assertEquals(List.of(), result.problems());
  }

  /**
   * The analysis agrees with tshark on every response (time, source, code, CSeq method, Call-ID), and reads the
   * exchange as the RFCs say: the 401 to REGISTER is a registration step, the 486 carries its Retry-After, Q.850
   * cause and Warning, and the 487 after the CANCEL with cause 200 was answered elsewhere (RFC 3326).
   */
  static void assertAnalysisAsTshark(Run run, Path capture) throws Exception {
    List<AnalyzedResponse> responses = new ArrayList<>();
    CallAnalyzer analyzer = new CallAnalyzer(LocalSide.NONE, responses::add);
    try (InputStream in = Files.newInputStream(capture)) {
      CaptureSource.read(in, analyzer);
    }
    TraceCounts counts = analyzer.finish();
    List<String> ours = responses.stream().map(r -> Tshark.MILLIS.format(r.message().time().orElseThrow().instant()
        .orElseThrow()) + " " + r.message().source().orElseThrow().address() + ":"
        + r.message().source().orElseThrow().port() + " " + r.reading().response().code() + " "
        + r.cseq().method() + " " + r.callId()).toList();
    assertEquals(Tshark.responses(run.tshark(), capture, run.uasPort(), run.uacPort()), ours, capture.toString());
    AnalyzedResponse challenge = responses.get(0);
    assertEquals(Situation.REGISTRATION, challenge.reading().situation());
    AnalyzedResponse busy = responses.get(4);
    assertEquals(486, busy.reading().response().code());
    assertEquals(java.util.Optional.of(java.time.Duration.ofMinutes(5)), busy.reading().retryAfter());
    assertEquals(java.util.Optional.of(io.github.sipcodes.Q850Cause.USER_BUSY), busy.reading().q850Cause());
    assertEquals(List.of(399), busy.head().warnings().values().stream().map(w -> w.code()).toList());
    AnalyzedResponse terminated = responses.get(responses.size() - 1);
    assertEquals(487, terminated.reading().response().code());
    assertEquals(true, terminated.reading().answeredElsewhere());
    assertEquals(1, counts.answeredElsewhere());
    assertEquals(List.of(), counts.failedCalls());
    assertEquals(0, counts.resent());
  }

  @Test
  void udp() throws Exception {
    Run run = exchange("u1", "127.0.0.1", List.of());
    assertSameAsTshark(run, run.capture(), Transport.UDP);
    assertAnalysisAsTshark(run, run.capture());
    Path zipped = directory.resolve("udp.pcap.gz");
    Files.write(zipped, CaptureWriter.gzip(Files.readAllBytes(run.capture())));
    assertEquals(Recorder.read(Files.readAllBytes(run.capture())).lines(),
        Recorder.read(Files.readAllBytes(zipped)).lines());
  }

  @Test
  void tcp() throws Exception {
    Run run = exchange("t1", "127.0.0.1", List.of());
    assertSameAsTshark(run, run.capture(), Transport.TCP);
    assertAnalysisAsTshark(run, run.capture());
  }

  @Test
  void ipv6_inNanoseconds_andAsPcapng() throws Exception {
    Run run = exchange("u1", "::1", List.of("--time-stamp-precision=nano"));
    assertSameAsTshark(run, run.capture(), Transport.UDP);
    assertEquals(9, Recorder.read(Files.readAllBytes(run.capture())).messages().get(0).time().orElseThrow()
        .fractionDigits());
    Path editcap = Tools.require("editcap", "tshark");
    Path pcapng = directory.resolve("exchange.pcapng");
    Process convert = new ProcessBuilder(editcap.toString(), "-F", "pcapng", run.capture().toString(),
        pcapng.toString()).redirectErrorStream(true).start();
    convert.getInputStream().readAllBytes();
    assertEquals(0, convert.waitFor());
    assertSameAsTshark(run, pcapng, Transport.UDP);
    assertAnalysisAsTshark(run, pcapng);
  }
}
