package io.github.sipcodes.cli;

import io.github.sipcodes.wire.StatusLine;
import java.util.List;

/**
 * A response found in a trace or a capture: where, its status line and the raw values of its {@code Retry-After},
 * {@code Reason} and {@code Warning} header lines, not yet parsed.
 *
 * @param position where the response was found: {@code line 12} in a text trace, {@code frame 7} in a capture
 * @param statusLine the status line
 * @param headers the header lines of interest, in the order received, at most {@link TraceFeed#MAX_HEADERS}
 * @param omitted how many more such header lines the response had
 */
record TracedResponse(String position, StatusLine statusLine, List<Header> headers, int omitted) {

  /**
   * One header line.
   *
   * @param name the header name as {@link TraceFeed} spells it: {@code Retry-After}, {@code Reason} or
   *     {@code Warning}
   * @param value the value, trimmed
   */
  record Header(String name, String value) {}

  TracedResponse {
    headers = List.copyOf(headers);
  }
}
