package io.github.sipcodes.interop;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * One SIPp process running a UAS scenario on 127.0.0.1, for one call ({@code -m 1}).
 *
 * <p>SIPp quits by itself after its global timeout ({@code -timeout 10s -timeout_error}), so even a test that dies
 * before {@link #close()} leaves no process behind for long; {@link #close()} kills it at once if it is still running.
 */
final class Sipp implements AutoCloseable {

  /** SIPp gives up on its own after this long (its {@code -timeout}). */
  static final Duration SELF_TIMEOUT = Duration.ofSeconds(10);

  private static volatile boolean warned;

  private final Process process;
  private final Path log;
  private final int port;

  private Sipp(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Finds the {@code sipp} executable on the {@code PATH}. Without it, the calling test is skipped with a message
   * that says how to install it; under CI (environment variable {@code CI} set) it fails instead, because CI installs
   * SIPp and a silent skip would hide a broken CI setup.
   */
  static Path require() {
    Optional<Path> sipp = onPath("sipp");
    if (sipp.isEmpty()) {
      String message = "sipp not installed: apt-get install sip-tester";
      if (System.getenv("CI") != null) {
        fail(message + " (CI is set, so the SIPp interop tests must run)");
      }
      if (!warned) {
        warned = true; // once per run: surefire's summary shows the skips but not their reason
        System.getLogger(Sipp.class.getName())
            .log(System.Logger.Level.WARNING, "SIPp interop tests skipped: " + message);
      }
      Assumptions.abort(message);
    }
    return sipp.orElseThrow();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator, -1)) {
      if (!directory.isEmpty()) {
        Path candidate = Path.of(directory, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Copies a scenario from the test resources into {@code workDir} and starts SIPp on it, on a free UDP port of
   * 127.0.0.1. SIPp writes its screen and any log files into {@code workDir}.
   */
  static Sipp start(Path executable, String scenario, Path workDir) throws IOException {
    Path scenarioFile = workDir.resolve(scenario);
    Files.writeString(scenarioFile, scenarioText(scenario), StandardCharsets.UTF_8);
    int port = JainSipPeer.freeUdpPort();
    Path log = workDir.resolve("sipp-" + port + ".log");
    Process process =
        new ProcessBuilder(
                List.of(
                    executable.toString(),
                    "-sf", scenarioFile.toString(),
                    "-i", JainSipPeer.LOOPBACK,
                    "-p", Integer.toString(port),
                    "-m", "1",
                    "-timeout", SELF_TIMEOUT.toSeconds() + "s",
                    "-timeout_error",
                    "-nostdin"))
            .directory(workDir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new Sipp(process, log, port);
  }

  /** The text of a scenario under {@code src/test/resources/io/github/sipcodes/interop/sipp/}. */
  static String scenarioText(String scenario) throws IOException {
    try (InputStream in = Sipp.class.getResourceAsStream("sipp/" + scenario)) {
      if (in == null) {
        throw new IllegalArgumentException("No SIPp scenario named " + scenario);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The UDP port SIPp listens on. */
  int port() {
    return port;
  }

  /**
   * Waits for SIPp to finish its one call and checks that it counted it as a success (exit status 0).
   *
   * @param timeout how long to wait; SIPp is killed if it is still running then
   */
  void assertSucceeds(Duration timeout) throws InterruptedException, IOException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      fail("sipp did not exit within " + timeout + ":\n" + output());
    }
    if (process.exitValue() != 0) {
      fail("sipp exited with " + process.exitValue() + ":\n" + output());
    }
  }

  /** What SIPp printed so far, for failure messages. */
  String output() throws IOException {
    return Files.readString(log, StandardCharsets.ISO_8859_1);
  }

  /** Kills SIPp if it is still running. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
