package io.github.sipcodes.cli;

import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sipcodes} command: explains SIP status codes given as arguments.
 *
 * <pre>
 * $ java -jar sipcodes-core.jar 486 503 499
 * </pre>
 *
 * <p>Exit status: 0 on success, 2 on a bad argument (with a message naming it on standard error, never a stack trace).
 */
public final class Main {

  static final int OK = 0;
  static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command, writing to the given streams; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<SipResponse> responses = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "-h", "--help" -> {
          out.print(usage());
          return OK;
        }
        case "-V", "--version" -> {
          out.println("sipcodes " + version());
          return OK;
        }
        default -> {
          if (arg.startsWith("-")) {
            err.println("sipcodes: unknown option: " + arg + " (see --help)");
            return USAGE;
          }
          SipResponse response = parseCode(arg);
          if (response == null) {
            err.println("sipcodes: invalid status code: " + arg + " (expected a number from 100 to 699)");
            return USAGE;
          }
          responses.add(response);
        }
      }
    }
    if (responses.isEmpty()) {
      err.println("sipcodes: no status code given (see --help)");
      return USAGE;
    }
    for (SipResponse response : responses) {
      describe(response, out);
    }
    return OK;
  }

  private static @org.jspecify.annotations.Nullable SipResponse parseCode(String arg) {
    if (arg.length() != 3) {
      return null;
    }
    int code = 0;
    for (int i = 0; i < 3; i++) {
      char c = arg.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      code = code * 10 + (c - '0');
    }
    return SipResponse.find(code).orElse(null);
  }

  private static void describe(SipResponse response, PrintStream out) {
    out.println(response);
    out.println("  class:        " + response.responseClass());
    out.println("  registered:   " + (response.isRegistered() ? "yes" : "no, treated as " + response.treatedAs()));
    out.println("  defined in:   " + response.specification());
    out.println("  retryable:    " + (response.isRetryable() ? "yes" : "no"));
    out.println("  auth-related: " + (response.isAuthRelated() ? "yes" : "no"));
    out.println("  next step:    " + advice(response.retryAdvice()));
  }

  static String advice(RetryAdvice advice) {
    if (advice instanceof RetryAdvice.RetryLater) {
      return "retry the same request later (Retry-After says when)";
    } else if (advice instanceof RetryAdvice.TryAlternateServer) {
      return "try the next server for the destination";
    } else if (advice instanceof RetryAdvice.RandomBackoff backoff) {
      return "retry after a random pause of " + backoff.minDelay(false).toMillis() + "-"
          + backoff.maxDelay(true).toMillis() + " ms";
    } else if (advice instanceof RetryAdvice.RetryWithCredentials credentials) {
      return "retry with " + credentials.credentialsHeader() + " answering " + credentials.challengeHeader();
    } else if (advice instanceof RetryAdvice.RetryWithChanges changes) {
      return "retry with the request changed as " + changes.header() + " says";
    } else if (advice instanceof RetryAdvice.FollowRedirect redirect) {
      return "send the request to the addresses in " + redirect.header();
    }
    return "do not retry";
  }

  static String usage() {
    return """
        Usage: sipcodes [options] CODE...
        Explains SIP response status codes (100-699): phrase, class, defining RFC, and what to do next.

        Options:
          -h, --help     show this help and exit
          -V, --version  show the version and exit

        Example: sipcodes 486 503 499
        """;
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
