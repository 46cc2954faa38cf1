package io.github.sipcodes.cli.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.message.CapturedMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * tshark as the oracle: the SIP messages it decodes in a capture, frame by frame, to compare with what the reader
 * delivers. Each frame is written {@code #frame time source -> destination TRANSPORT [start lines]}, the start lines
 * sorted (tshark lists the status lines and the request lines of a frame apart).
 */
public final class Tshark {

  private static final String[] FIELDS = {"frame.number", "frame.time_epoch", "ip.src", "ipv6.src", "ip.dst",
      "ipv6.dst", "udp.srcport", "udp.dstport", "tcp.srcport", "tcp.dstport", "sip.Status-Line", "sip.Request-Line"};

  private Tshark() {}

  /** What tshark decodes as SIP, told that {@code ports} carry SIP over UDP and TCP. */
  public static List<String> frames(Path tshark, Path capture, int... ports) throws IOException, InterruptedException {
    String output = fields(tshark, capture, ports, List.of("-Y", "sip", "-E", "occurrence=a",
        "-E", "aggregator=\u0001"), FIELDS);
    List<String> frames = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      boolean udp = !f[6].isEmpty();
      String source = address(f[2], f[3]) + ":" + (udp ? f[6] : f[8]);
      String destination = address(f[4], f[5]) + ":" + (udp ? f[7] : f[9]);
      List<String> starts = new ArrayList<>();
      for (String column : new String[] {f[10], f[11]}) {
        if (!column.isEmpty()) {
          starts.addAll(Arrays.asList(column.split("\u0001", -1)));
        }
      }
      frames.add(frame(Long.parseLong(f[0]), instant(f[1]), source, destination, udp ? "UDP" : "TCP", starts));
    }
    return frames;
  }

  /** The reader's messages in the same form, one entry per frame. */
  public static List<String> frames(List<CapturedMessage> messages) {
    Map<Long, List<CapturedMessage>> byFrame = new TreeMap<>();
    for (CapturedMessage message : messages) {
      byFrame.computeIfAbsent(message.frame().orElseThrow(), frame -> new ArrayList<>()).add(message);
    }
    List<String> frames = new ArrayList<>();
    byFrame.forEach((frame, list) -> {
      CapturedMessage first = list.get(0);
      frames.add(frame(frame, first.time().orElseThrow().instant().orElseThrow(),
          plain(first.source().orElseThrow()), plain(first.destination().orElseThrow()),
          first.transport().toString(), list.stream().map(CapturedMessage::startLine).toList()));
    });
    return frames;
  }

  /** Runs tshark with {@code -T fields}, the test ports decoded as SIP; returns its output, one line per frame. */
  private static String fields(Path tshark, Path capture, int[] ports, List<String> options, String[] fields)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tshark.toString(), "-n", "-r", capture.toString()));
    for (int port : ports) {
      command.addAll(List.of("-d", "udp.port==" + port + ",sip", "-d", "tcp.port==" + port + ",sip"));
    }
    command.addAll(List.of("-T", "fields", "-E", "separator=|"));
    command.addAll(options);
    for (String field : fields) {
      command.addAll(List.of("-e", field));
    }
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("tshark did not finish");
    }
    assertEquals(0, process.exitValue(), "tshark failed on " + capture);
    return output;
  }

  private static String plain(io.github.sipcodes.cli.message.Endpoint endpoint) {
    return endpoint.address() + ":" + endpoint.port();
  }

  private static String address(String ipv4, String ipv6) {
    // Tunnels and ICMP errors can give several addresses; the outer one is the packet's.
    String value = ipv4.isEmpty() ? ipv6 : ipv4;
    int comma = value.indexOf('\u0001');
    return comma < 0 ? value : value.substring(0, comma);
  }

  private static Instant instant(String epoch) {
    BigDecimal seconds = new BigDecimal(epoch);
    long whole = seconds.longValue();
    return Instant.ofEpochSecond(whole, seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue());
  }

  private static String frame(long number, Instant time, String source, String destination, String transport,
      List<String> starts) {
    List<String> sorted = new ArrayList<>(starts);
    sorted.sort(null);
    return "#" + number + " " + time + " " + source + " -> " + destination + " " + transport + " " + sorted;
  }

  /** ISO-8601 in UTC to the millisecond, as the command writes capture times: the test's own formatting. */
  public static final java.time.format.DateTimeFormatter MILLIS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

  /**
   * The responses tshark decodes, told that {@code ports} carry SIP, one entry per status line:
   * {@code time source code method Call-ID}, the time to the millisecond.
   */
  public static List<String> responses(Path tshark, Path capture, int... ports) throws IOException, InterruptedException {
    String output = fields(tshark, capture, ports, List.of("-Y", "sip.Status-Code", "-E", "occurrence=f"),
        new String[] {"frame.time_epoch", "ip.src", "ipv6.src", "udp.srcport", "tcp.srcport", "sip.Status-Code",
            "sip.CSeq.method", "sip.Call-ID"});
    List<String> responses = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      String address = f[1].isEmpty() ? f[2] : f[1];
      String port = f[3].isEmpty() ? f[4] : f[3];
      responses.add(MILLIS.format(instant(f[0])) + " " + address + ":" + port + " " + f[5] + " " + f[6] + " "
          + f[7]);
    }
    return responses;
  }
}
