package io.github.sipcodes.cli.source;

import java.io.IOException;

/**
 * An input that cannot be read as the format it claims, or as any format: a file that is none of the formats, a
 * record or block header with an impossible length, an unsupported version. The message says what was found and at
 * which byte offset; the command prints it and exits with status 2.
 */
public final class CaptureFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public CaptureFormatException(String message) {
    super(message);
  }
}
