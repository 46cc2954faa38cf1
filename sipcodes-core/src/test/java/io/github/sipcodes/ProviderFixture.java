package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The application in {@code src/test/resources/provider-fixture}: a module {@code com.example.texts} whose provider
 * {@code NorwegianTexts} adds Norwegian (Bokmål, a language sipcodes does not ship) and overrides one English hint.
 * Compiled once per JVM with the JDK's own {@code javac}, in a child process, against the library's compiled classes;
 * its output directory holds {@code module-info.class} for the module path and {@code META-INF/services} for the
 * class path.
 */
final class ProviderFixture {

  /** The provider's class. */
  static final String NORWEGIAN_TEXTS = "com.example.texts.NorwegianTexts";

  /** The English hint the provider puts in place of {@code code.486.hint.3}. */
  static final String SUPPORT_HINT = "On an Example Telecom trunk, call +1 555 0100 to add channels.";

  private static @Nullable Path classes;

  private ProviderFixture() {}

  /** The directory of the library's own classes (with {@code module-info.class}). */
  static Path libraryClasses() {
    return path(Explanation.class.getProtectionDomain().getCodeSource().getLocation());
  }

  /** Compiles the fixture on first use and returns its classes directory. */
  static synchronized Path classes() throws IOException, InterruptedException {
    Path done = classes;
    if (done == null) {
      Path sources = sources();
      Path target = libraryClasses().getParent();
      Path out = Files.createTempDirectory(target, "provider-fixture-");
      List<String> command = new ArrayList<>(List.of(
          tool("javac"), "-encoding", "UTF-8", "-d", out.toString(),
          "--module-path", libraryClasses().toString()));
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(file -> file.toString().endsWith(".java")).forEach(file -> command.add(file.toString()));
      }
      run(command);
      Path services = Path.of("META-INF", "services", "io.github.sipcodes.spi.ExplanationTextProvider");
      Files.createDirectories(out.resolve(services).getParent());
      Files.copy(sources.resolve(services), out.resolve(services));
      classes = out;
      done = out;
    }
    return done;
  }

  /** A directory that declares, on the class path, the providers named. */
  static Path servicesDeclaring(String... providerClasses) throws IOException {
    Path dir = Files.createTempDirectory(libraryClasses().getParent(), "provider-services-");
    Path file = dir.resolve(Path.of("META-INF", "services", "io.github.sipcodes.spi.ExplanationTextProvider"));
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", providerClasses) + "\n", StandardCharsets.UTF_8);
    return dir;
  }

  /** Runs the fixture's {@code Report} in a child JVM and returns what it printed, by key. */
  static Map<String, String> report(boolean modulePath) throws IOException, InterruptedException {
    String path = libraryClasses() + File.pathSeparator + classes();
    List<String> command = modulePath
        ? List.of(tool("java"), "-p", path, "-m", "com.example.texts/com.example.texts.Report")
        : List.of(tool("java"), "-cp", path, "com.example.texts.Report");
    Map<String, String> report = new LinkedHashMap<>();
    for (String line : run(command).split("\n", -1)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        report.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return report;
  }

  /** Runs a command, fails with its output unless it exits with 0 within two minutes, and returns its output. */
  private static String run(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile(libraryClasses().getParent(), "provider-fixture-", ".out");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      boolean ended = process.waitFor(2, TimeUnit.MINUTES);
      if (!ended) {
        process.destroyForcibly();
      }
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      assertTrue(ended, () -> "did not end within two minutes: " + command + "\n" + printed);
      assertEquals(0, process.exitValue(), () -> "failed: " + command + "\n" + printed);
      return printed;
    } finally {
      Files.delete(output);
    }
  }

  /** A tool of the JDK that runs this test. */
  private static String tool(String name) {
    Path tool = Path.of(System.getProperty("java.home"), "bin", name);
    assertTrue(Files.isExecutable(tool), () -> "the tests need a JDK with " + tool);
    return tool.toString();
  }

  /** The directory of the fixture's sources, among the test resources. */
  static Path sources() {
    URL moduleInfo = ProviderFixture.class.getResource("/provider-fixture/module-info.java");
    if (moduleInfo == null) {
      throw new IllegalStateException("provider-fixture/module-info.java is not among the test resources");
    }
    return Objects.requireNonNull(path(moduleInfo).getParent());
  }

  /** The repository's root directory: above {@code sipcodes-core/target/classes}. */
  static Path repository() {
    Path target = Objects.requireNonNull(libraryClasses().getParent());
    return Objects.requireNonNull(Objects.requireNonNull(target.getParent()).getParent());
  }

  private static Path path(URL url) {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException("not a file: " + url, e));
    }
  }
}
