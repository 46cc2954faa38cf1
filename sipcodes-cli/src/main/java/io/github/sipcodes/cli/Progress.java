package io.github.sipcodes.cli;

import io.github.sipcodes.cli.analysis.TraceCounts;
import io.github.sipcodes.cli.report.Texts;
import java.io.Console;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * Counts the bytes read from a trace and, on a terminal, says on standard error how far reading has come, every
 * {@link #STEP} bytes, on one line that it overwrites. Never on standard output, and nothing when standard error is
 * not shown on a terminal (a pipe, a file, a test), so that output stays the same whoever reads it. Not thread-safe.
 */
final class Progress extends FilterInputStream {

  /** How often progress is shown: every 64 MiB. */
  static final long STEP = 64L << 20;

  private final PrintStream err;
  private final Texts texts;
  private final TraceCounts counts;
  private final boolean shown;
  private long read;
  private long next = STEP;
  private boolean written;

  Progress(InputStream in, PrintStream err, Texts texts, TraceCounts counts, boolean shown) {
    super(in);
    this.err = err;
    this.texts = texts;
    this.counts = counts;
    this.shown = shown;
  }

  /**
   * Whether the command runs on a terminal: {@link System#console()} on Java 17 to 21; from Java 22, which returns a
   * console for redirected streams too, also {@code Console.isTerminal()}.
   */
  // On Java 17 to 21, the one this jar is built for, null is how System.console() says "not a terminal".
  @SuppressWarnings("SystemConsoleNull")
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void advance(int n) {
    read += n;
    if (shown && read >= next) {
      next = read + STEP;
      long messages = counts.responses() + counts.resent() + counts.requests() + counts.malformed();
      err.print("\r" + texts.get("progress", read >> 20, messages));
      err.flush();
      written = true;
    }
  }

  /** Ends the progress line, if one was written. */
  void done() {
    if (written) {
      err.println();
    }
  }
}
