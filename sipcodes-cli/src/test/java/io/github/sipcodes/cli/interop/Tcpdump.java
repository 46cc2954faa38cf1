package io.github.sipcodes.cli.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * tcpdump writing the loopback traffic of some ports to a file, packet by packet ({@code -U}, and
 * {@code --immediate-mode} so that libpcap hands each packet over at once rather than in blocks), from when it says
 * it is listening until {@link #stop()}. It needs root: when the tests do not run as root, it runs through
 * {@code sudo -n}.
 */
final class Tcpdump {

  private final Process process;
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

  private Tcpdump(Process process) {
    this.process = process;
  }

  /**
   * Starts tcpdump on {@code lo} and waits until it listens.
   *
   * @param options more options, such as {@code --time-stamp-precision=nano}
   */
  static Tcpdump start(Path tcpdump, Path file, List<String> options, int... ports)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (!"root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("sudo", "-n")); // CI runners are not root, but may use sudo without a password
    }
    command.addAll(List.of(tcpdump.toString(), "-i", "lo", "-U", "--immediate-mode", "-n", "-w", file.toString()));
    command.addAll(options);
    StringBuilder filter = new StringBuilder();
    for (int port : ports) {
      filter.append(filter.length() == 0 ? "" : " or ").append("port ").append(port);
    }
    command.add(filter.toString());
    Tcpdump capture = new Tcpdump(new ProcessBuilder(command).start());
    CountDownLatch listening = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(capture.process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          capture.errors.add(line);
          if (line.contains("listening on")) {
            listening.countDown();
          }
        }
      } catch (IOException e) {
        capture.errors.add(e.toString());
      }
    }, "tcpdump stderr");
    reader.setDaemon(true);
    reader.start();
    if (!listening.await(20, TimeUnit.SECONDS)) {
      capture.stop();
      throw new IllegalStateException("tcpdump did not start listening:\n" + capture.errors());
    }
    return capture;
  }

  /** What tcpdump said, for failure messages. */
  String errors() {
    synchronized (errors) {
      return String.join("\n", errors);
    }
  }

  /** Stops tcpdump (SIGTERM, on which it closes its file) and waits for it. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
