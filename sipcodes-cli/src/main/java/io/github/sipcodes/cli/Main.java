package io.github.sipcodes.cli;

import io.github.sipcodes.SipResponse;
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
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The {@code sipcodes} command: explains SIP status codes given as arguments, or finds the responses in a SIP trace.
 *
 * <pre>
 * $ java -jar sipcodes.jar 486 503 499
 * $ java -jar sipcodes.jar --lang de --json 486
 * $ java -jar sipcodes.jar --trace call.pcapng
 * $ tshark -r call.pcap -V -Y sip | java -jar sipcodes.jar --trace -
 * </pre>
 *
 * <p>Output is UTF-8 whatever the platform's default charset. Exit status: 0 on success, 2 on a bad argument or an
 * unreadable trace, with a message naming it on standard error (never a stack trace).
 */
public final class Main {

  static final int OK = 0;
  static final int USAGE = 2;

  /** The bundle of the command's texts about captures. */
  static final String MESSAGES = "io.github.sipcodes.cli.messages";

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
            new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command: reads {@code --trace -} from {@code in}, writes to the given streams; returns the status. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args);
      switch (options.command()) {
        case HELP -> out.print(usage());
        case VERSION -> out.println("sipcodes " + version());
        case TRACE -> trace(options, in, out, err);
        default -> explain(options, out);
      }
      return OK;
    } catch (UsageException e) {
      err.println("sipcodes: " + e.getMessage());
      return USAGE;
    } finally {
      out.flush();
    }
  }

  private static void explain(Options options, PrintStream out) {
    String separator = "";
    for (SipResponse response : options.codes()) {
      CodeReport report = CodeReport.of(response, options.locale(), options.situation());
      if (options.json()) {
        out.println(report.json());
      } else {
        out.print(separator + report.text());
        separator = "\n";
      }
    }
  }

  private static void trace(Options options, InputStream stdin, PrintStream out, PrintStream err)
      throws UsageException {
    String name = String.valueOf(options.trace());
    ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, options.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    TraceReport report = new TraceReport(out, options.locale(), options.situation());
    ReadSummary summary;
    try (InputStream in = name.equals("-") ? stdin : Files.newInputStream(Path.of(name))) {
      summary = CaptureSource.read(in, new TraceFeed(report, err, messages));
    } catch (IOException | InvalidPathException e) {
      String why = e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
      throw new UsageException("cannot read trace file: " + name + " (" + why + ")");
    }
    report.printSummary(summary, messages);
    out.flush();
    summary.truncatedAt().ifPresent(offset -> err.println(
        MessageFormat.format(messages.getString("warning.truncated"), name, Long.toString(offset))));
  }

  static String usage() {
    return """
        Usage: sipcodes [options] CODE...
               sipcodes [options] --trace FILE
        Explains SIP response status codes (100-699): phrase, class, defining RFC, what to do next, and what the
        code means to people. With --trace, finds the responses in a SIP trace and explains each.

        Options:
          --lang TAG         language of the explanations, a BCP 47 tag such as en, de or pt-BR
                             (default: the system language; English where there is no translation)
          --situation S      explain for an outgoing call, an incoming call or a registration:
                             outgoing, incoming or registration (default: the general text)
          --json             one JSON object per code, one per line (not with --trace)
          --trace FILE       read SIP messages from FILE (- for standard input): a pcap or pcapng capture,
                             raw messages, sngrep's saved text, tshark -V or ngrep output, each also gzipped;
                             prints every response, a count per code, and what could not be read
          -h, --help         show this help and exit
          -V, --version      show the version and exit

        Exit status: 0 on success, 2 on a bad argument or an unreadable trace file.

        Examples:
          sipcodes 486 503 499
          sipcodes --lang de --situation outgoing 404
          sipcodes --json 401 407
          sipcodes --trace examples/trace.txt
          sipcodes --trace call.pcapng
        """;
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
