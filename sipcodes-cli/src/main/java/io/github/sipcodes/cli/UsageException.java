package io.github.sipcodes.cli;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A bad command line or an unreadable trace: an unknown option, a missing, repeated or invalid value, an invalid
 * status code, a file that cannot be read. It carries the key of its message in the command's bundle and the
 * message's arguments, so that {@link Main} writes it in the reader's language after {@code "sipcodes: "}; the
 * command then exits with {@link Main#USAGE}.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The key of the message in the bundle. */
  private final String key;

  /** What fills the message's placeholders: strings. */
  private final String[] arguments;

  /** The key of the text of what was expected, the last argument; or {@code null}. */
  private final @Nullable String expected;

  UsageException(String key, String... arguments) {
    this(key, null, arguments);
  }

  private UsageException(String key, @Nullable String expected, String... arguments) {
    super(key + " " + Arrays.toString(arguments));
    this.key = key;
    this.expected = expected;
    this.arguments = arguments.clone();
  }

  /** A message whose last argument is what was expected, from the bundle: a key of {@code expected.*}. */
  static UsageException expecting(String key, String expected, String... arguments) {
    return new UsageException(key, expected, arguments);
  }

  @Nullable String expected() {
    return expected;
  }

  String key() {
    return key;
  }

  Object[] arguments() {
    return arguments.clone();
  }
}
