package io.github.sipcodes.cli;

/**
 * A bad command line: an unknown option, a missing or invalid value, an invalid status code or an unreadable trace.
 * The message names the argument and is printed after {@code "sipcodes: "}; the command then exits with
 * {@link Main#USAGE}.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
