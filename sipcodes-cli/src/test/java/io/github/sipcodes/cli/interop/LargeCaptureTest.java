package io.github.sipcodes.cli.interop;

import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.ethernet;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.cli.testing.SipMessages;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large capture in bounded memory (issue 13 item 7): the command reads a generated capture of {@value #MEGABYTES}
 * MB (400,000 calls, each an INVITE and its 486) in a JVM limited to 64 MB of heap, and counts every call.
 *
 * <p>Too slow for the unit suite: it runs only with {@code -Dsipcodes.largeCapture=true}, as {@code .ci/run} does:
 * {@code mvn -pl sipcodes-cli -am test -Dtest=LargeCaptureTest -Dsipcodes.largeCapture=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "sipcodes.largeCapture", matches = "true")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class LargeCaptureTest {

  static final int CALLS = 400_000;
  static final int MEGABYTES = 300;

  @TempDir Path directory;

  @Test
  void aCaptureOfHundredsOfMegabytes_isReadWithA64MegabyteHeap() throws Exception {
    Path capture = directory.resolve("large.pcap");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(capture), 1 << 20)) {
      ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
      header.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
      out.write(header.array());
      for (int call = 0; call < CALLS; call++) {
        String id = "large-" + call;
        record(out, ethernet(ipv4("192.0.2.10", "198.51.100.20", UDP,
            udp("192.0.2.10", 5060, "198.51.100.20", 5060, SipMessages.bytes(SipMessages.invite(id, 1))))), call);
        record(out, ethernet(ipv4("198.51.100.20", "192.0.2.10", UDP, udp("198.51.100.20", 5060, "192.0.2.10",
            5060, SipMessages.bytes(SipMessages.response(486, "Busy Here", id, 1, "Retry-After: 60\r\n"))))), call);
      }
    }
    assertTrue(Files.size(capture) > (MEGABYTES - 50) * 1_000_000L, Long.toString(Files.size(capture)));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        "io.github.sipcodes.cli.Main", "--trace", capture.toString(), "--summary", "--lang", "en")
        .redirectError(directory.resolve("err.txt").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(15, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), Files.readString(directory.resolve("err.txt")));
    List<String> lines = out.lines().toList();
    assertEquals("Summary: 400,000 responses, 400,000 requests", lines.get(0));
    assertTrue(lines.contains("    400000  Busy"), out);
    assertTrue(lines.contains("    and 399,000 more failed calls, not listed"), out);
  }

  private static void record(OutputStream out, byte[] frame, int second) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(1_700_000_000 + second).putInt(0).putInt(frame.length).putInt(frame.length);
    out.write(header.array());
    out.write(frame);
  }
}
