package io.github.sipcodes.cli;

import io.github.sipcodes.SipResponse;
import io.github.sipcodes.cli.analysis.CallAnalyzer;
import io.github.sipcodes.cli.report.CodeReport;
import io.github.sipcodes.cli.report.JsonReport;
import io.github.sipcodes.cli.report.TextReport;
import io.github.sipcodes.cli.report.Texts;
import io.github.sipcodes.cli.report.TraceReport;
import io.github.sipcodes.cli.source.CaptureFormatException;
import io.github.sipcodes.cli.source.CaptureSource;
import io.github.sipcodes.cli.source.ReadSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code sipcodes} command: explains SIP status codes given as arguments, or follows the calls of a trace or a
 * capture and explains each response.
 *
 * <pre>
 * $ java -jar sipcodes.jar 486 503 499
 * $ java -jar sipcodes.jar --lang de --json 486
 * $ java -jar sipcodes.jar --trace call.pcapng --local 192.0.2.10
 * $ tshark -r call.pcap -V -Y sip | java -jar sipcodes.jar --trace -
 * </pre>
 *
 * <p>Every word it writes comes from its bundle in the language of {@code --lang} ({@link Texts}). Output is UTF-8
 * whatever the platform's default charset. Exit status: 0 on success, 2 on a bad argument or an unreadable trace,
 * with a message naming it on standard error (never a stack trace).
 */
public final class Main {

  static final int OK = 0;
  static final int USAGE = 2;

  /** What starts every line on standard error. */
  static final String PREFIX = "sipcodes: ";

  private Main() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.in,
            new PrintStream(System.out, false, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8),
            Progress.onTerminal()));
  }

  /** Runs the command without progress: reads {@code --trace -} from {@code in}; returns the status. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, false);
  }

  /** Runs the command: reads {@code --trace -} from {@code in}, writes to the given streams; returns the status. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean progress) {
    Texts texts = null;
    try {
      Options options = Options.parse(args);
      texts = Texts.of(options.locale());
      if (options.lang() != null && texts.fellBack()) {
        err.println(PREFIX + texts.fallbackWarning());
      }
      switch (options.command()) {
        case HELP -> out.print(texts.get("usage"));
        case VERSION -> out.println("sipcodes " + version());
        case TRACE -> trace(options, texts, in, out, err, progress);
        default -> explain(options, texts, out);
      }
      return OK;
    } catch (UsageException e) {
      Texts words = texts != null ? texts : Texts.of(Options.localeForMessages(args));
      err.println(PREFIX + message(words, e));
      return USAGE;
    } finally {
      out.flush();
    }
  }

  static String message(Texts texts, UsageException e) {
    Object[] arguments = e.arguments();
    String expected = e.expected();
    if (expected != null) {
      Object[] withExpected = new Object[arguments.length + 1];
      System.arraycopy(arguments, 0, withExpected, 0, arguments.length);
      withExpected[arguments.length] = texts.get(expected);
      arguments = withExpected;
    }
    return texts.get(e.key(), arguments);
  }

  private static void explain(Options options, Texts texts, PrintStream out) {
    String separator = "";
    for (SipResponse response : options.codes()) {
      CodeReport report = CodeReport.of(response, texts, options.situation());
      if (options.json()) {
        out.println(report.json());
      } else {
        out.print(separator + report.text());
        separator = "\n";
      }
    }
  }

  private static void trace(
      Options options, Texts texts, InputStream stdin, PrintStream out, PrintStream err, boolean showProgress)
      throws UsageException {
    String name = String.valueOf(options.trace());
    TraceReport report = options.json()
        ? new JsonReport(out, texts, options.summary())
        : new TextReport(out, texts, options.local(), options.summary());
    CallAnalyzer analyzer = new CallAnalyzer(options.local(), new Warnings(report, err, texts));
    ReadSummary summary;
    try (InputStream file = name.equals("-") ? stdin : Files.newInputStream(Path.of(name));
        Progress in = new Progress(file, err, texts, analyzer.counts(), showProgress)) {
      try {
        summary = CaptureSource.read(in, analyzer);
      } finally {
        in.done();
      }
    } catch (CaptureFormatException e) {
      throw new UsageException("error.cannot-read", name, texts.get(e.key(), e.arguments()));
    } catch (NoSuchFileException e) {
      throw new UsageException("error.cannot-read", String.valueOf(e.getFile()), texts.get("error.no-such-file"));
    } catch (IOException | InvalidPathException e) {
      throw new UsageException("error.cannot-read", name, String.valueOf(e.getMessage()));
    }
    report.finish(analyzer.finish(), summary);
    out.flush();
    summary.truncatedAt().ifPresent(offset ->
        err.println(PREFIX + texts.get("warning.truncated", name, Long.toString(offset))));
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
