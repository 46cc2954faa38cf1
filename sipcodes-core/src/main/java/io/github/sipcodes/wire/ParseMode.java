package io.github.sipcodes.wire;

/**
 * How strictly a parser in this package reads its input: as devices really send it, or exactly as the RFC grammar
 * says.
 *
 * <pre>{@code
 * Reason.parseAll("Reason: Q.850;cause=16;text=NORMAL_CLEARING\r\n").values();   // one value: tolerant by default
 * Reason.parseAll("Q.850;cause=16;text=NORMAL_CLEARING", ParseMode.STRICT).orElseThrow();
 *     // SipParseException: ... at offset 20: expected a quoted-string after text=
 * }</pre>
 *
 * <p>Every parser takes a {@code ParseMode} as an optional last argument; without it, it reads {@link #TOLERANT}ly.
 * Each parser's javadoc lists what {@link #TOLERANT} accepts beyond the grammar. Neither mode changes what a value
 * means or how it is written back: {@code toString()} always writes the canonical form.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @since 0.1.0
 */
public enum ParseMode {
  /**
   * Accepts every value of the RFC grammar plus what real devices and stacks send: the header's own name before the
   * value, a trailing line end, white space around the value and runs of white space where the grammar has one
   * space, folded lines, and the departures each parser lists. Parts of a list header that still do not parse are
   * reported one by one, not as a failure of the whole header.
   */
  TOLERANT,

  /**
   * Accepts the RFC grammar only (RFC 3261 §25.1 and the header's own RFC), as sipcodes did before the tolerant
   * mode existed, and says what was expected, and where, for everything else. Header values must be unfolded and
   * carry neither the header name nor a line end.
   */
  STRICT
}
