package io.github.sipcodes.cli;

import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.MessageListener;
import io.github.sipcodes.cli.message.Unreadable;
import io.github.sipcodes.wire.SipParseException;
import io.github.sipcodes.wire.StatusLine;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Feeds the messages of a source to the {@link TraceReport} in the form it takes: for each response, its status line
 * and the values of its {@code Retry-After}, {@code Reason} and {@code Warning} header lines (RFC 3261 §7.3: names
 * compared without regard to case), at most {@link #MAX_HEADERS} of them; requests are counted. Folded header lines
 * are not joined.
 *
 * <p>This is the bridge from the new message pipeline to today's report, until the analysis reads whole heads with
 * the library's {@code wire} parser. Not thread-safe.
 */
final class TraceFeed implements MessageListener {

  /** How many header lines of interest are kept per response. */
  static final int MAX_HEADERS = 32;

  private static final String[] NAMES = {"Retry-After", "Reason", "Warning"};

  private final TraceReport report;
  private final PrintStream err;
  private final ResourceBundle messages;

  TraceFeed(TraceReport report, PrintStream err, ResourceBundle messages) {
    this.report = report;
    this.err = err;
    this.messages = messages;
  }

  @Override
  public void message(CapturedMessage message) {
    String position = message.line().isPresent()
        ? "line " + message.line().getAsLong()
        : "frame " + message.frame().orElse(0);
    if (!message.isResponse()) {
      report.request();
      return;
    }
    StatusLine statusLine;
    try {
      statusLine = StatusLine.parse(message.startLine().strip());
    } catch (SipParseException e) {
      report.malformed(position, e);
      return;
    }
    List<TracedResponse.Header> headers = new ArrayList<>();
    int omitted = 0;
    String text = message.text();
    int start = text.indexOf('\n') + 1;
    while (start > 0 && start < text.length()) {
      int end = text.indexOf('\n', start);
      String line = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      String name = colon < 1 ? "" : line.substring(0, colon).strip();
      for (String known : NAMES) {
        if (known.equalsIgnoreCase(name)) {
          if (headers.size() < MAX_HEADERS) {
            headers.add(new TracedResponse.Header(known, line.substring(colon + 1).strip()));
          } else {
            omitted++;
          }
        }
      }
      start = end + 1;
    }
    report.response(new TracedResponse(position, statusLine, headers, omitted));
  }

  @Override
  public void unreadable(Unreadable kind, long frame) {
    if (kind == Unreadable.TCP_STREAM_CUT) {
      err.println(MessageFormat.format(messages.getString("warning.stream-cut"), Long.toString(frame)));
    }
  }
}
