package io.github.sipcodes.cli.testing;

/**
 * How the command explains a 486 Busy Here in English, written by hand from the reviewed English bundle: the lines
 * from the summary to the last hint, labels aligned as the command aligns them. Shared by the tests of codes, traces
 * and captures.
 */
public final class BusyText {

  /** The summary, description and hints of 486, each line ending with a line break. */
  public static final String EXPLANATION =
      """
        summary:        Busy
        description:    The person you called is busy.
        hints:
          - Nothing is wrong if the line really is busy: try again later.
          - If the line is free, check do-not-disturb, call waiting and the limit of simultaneous calls on the \
      called phone or account.
          - On a trunk, check the limit of simultaneous calls (channels).
      """;

  private BusyText() {}
}
