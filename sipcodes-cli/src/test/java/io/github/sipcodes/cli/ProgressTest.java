package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.analysis.TestCounts;
import io.github.sipcodes.cli.report.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressTest {

  static String read(boolean shown, int megabytes) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    byte[] data = new byte[megabytes << 20];
    try (Progress in = new Progress(new ByteArrayInputStream(data), stream, Texts.of(Locale.ENGLISH),
        new TestCounts().responses(486, 3).counts(), shown)) {
      in.read();
      byte[] buffer = new byte[1 << 20];
      while (in.read(buffer, 0, buffer.length) > 0) {
        // reading
      }
      assertEquals(-1, in.read());
      in.done();
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onATerminal_everyStepIsShown_onOneLine() throws IOException {
    assertEquals("\rread 64 MB, 3 SIP messages\rread 128 MB, 3 SIP messages\n", read(true, 130));
  }

  @Test
  void elsewhere_nothingIsShown() throws IOException {
    assertEquals("", read(false, 130));
    assertEquals("", read(true, 10));
  }

  @Test
  void testsDoNotRunOnATerminal() {
    assertEquals(false, Progress.onTerminal());
  }
}
