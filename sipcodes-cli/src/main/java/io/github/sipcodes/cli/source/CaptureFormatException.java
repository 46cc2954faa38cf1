package io.github.sipcodes.cli.source;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An input that cannot be read as the format it claims, or as any format: a file that is none of the formats, a
 * record or block header with an impossible length, an unsupported version. It says what was found and at which byte
 * offset; the command prints it and exits with status 2.
 *
 * <p>The words are in the command's bundle ({@link #BUNDLE}), under {@link #key()} with {@link #arguments()}, so that
 * the command writes them in the reader's language; {@link #getMessage()} is the English text.
 */
public final class CaptureFormatException extends IOException {

  /** The base name of the command's bundle, which holds the words of this exception. */
  public static final String BUNDLE = "io.github.sipcodes.cli.messages";

  private static final long serialVersionUID = 1L;

  /** The key of the message, {@code error.format.*}. */
  private final String key;

  /** What fills the message's placeholders. */
  private final String[] arguments;

  /**
   * Creates the exception.
   *
   * @param key the key of the message in the bundle, {@code error.format.*}
   * @param arguments what fills its placeholders
   */
  CaptureFormatException(String key, String... arguments) {
    super(english(key, arguments));
    this.key = key;
    this.arguments = arguments.clone();
  }

  private static String english(String key, String... arguments) {
    ResourceBundle root = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(root.getString(key), Locale.ROOT).format(arguments);
  }

  /**
   * The key of the message in the command's bundle.
   *
   * @return a key of {@code error.format.*}
   */
  public String key() {
    return key;
  }

  /**
   * What fills the message's placeholders.
   *
   * @return the arguments, a copy
   */
  public Object[] arguments() {
    return arguments.clone();
  }
}
