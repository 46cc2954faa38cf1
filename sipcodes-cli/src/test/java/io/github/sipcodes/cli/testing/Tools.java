package io.github.sipcodes.cli.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * External programs the interop tests run: {@code sipp}, {@code tcpdump}, {@code tshark}, {@code editcap}. Without
 * one, the calling test is skipped with a message that says how to install it; under CI (environment variable
 * {@code CI} set) it fails instead, because CI installs them and a silent skip would hide a broken setup.
 */
public final class Tools {

  private Tools() {}

  /** The program on the {@code PATH}, or the test skipped (failed under CI) naming the package to install. */
  public static Path require(String name, String debianPackage) {
    Optional<Path> program = find(name);
    if (program.isEmpty()) {
      String message = name + " not installed: apt-get install " + debianPackage;
      if (System.getenv("CI") != null) {
        fail(message + " (CI is set, so the capture interop tests must run)");
      }
      Assumptions.abort(message);
    }
    return program.orElseThrow();
  }

  /** The program on the {@code PATH}, if there. */
  public static Optional<Path> find(String name) {
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
}
