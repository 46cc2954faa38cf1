package io.github.sipcodes.cli.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository that tests read. */
public final class TestFiles {

  private TestFiles() {}

  /** The example trace at the root of the repository, which the README shows. */
  public static Path example() {
    Path path = Path.of("examples", "trace.txt");
    return Files.exists(path) ? path : Path.of("..", "examples", "trace.txt");
  }
}
