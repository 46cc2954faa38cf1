package io.github.sipcodes.cli;

import io.github.sipcodes.wire.StatusLine;
import java.util.List;

/**
 * A response found in a trace: its status line and the raw values of its {@code Retry-After}, {@code Reason} and
 * {@code Warning} header lines, not yet parsed.
 *
 * @param line the number of the trace line that holds the status line, from 1
 * @param statusLine the status line
 * @param headers the header lines of interest, in the order received, at most {@link TraceReader#MAX_HEADERS}
 * @param omitted how many more such header lines the response had
 */
record TracedResponse(long line, StatusLine statusLine, List<Header> headers, int omitted) {

  /**
   * One header line.
   *
   * @param name the header name as {@link TraceReader} spells it: {@code Retry-After}, {@code Reason} or
   *     {@code Warning}
   * @param value the value, trimmed
   */
  record Header(String name, String value) {}

  TracedResponse {
    headers = List.copyOf(headers);
  }
}
