package io.github.sipcodes.wire;

import java.util.Objects;

/**
 * One comma-separated part of a header value that did not parse, kept next to the parts that did (see
 * {@link HeaderValues}): the part as received, where it starts, where the parser stopped, and what it expected there.
 *
 * <pre>{@code
 * HeaderValues<Reason> r = Reason.parseAll("SIP;cause=abc, Q.850;cause=16");
 * r.values();                     // [Q.850;cause=16]
 * UnparsedValue bad = r.unparsed().get(0);
 * bad.text();                     // "SIP;cause=abc"
 * bad.offset();                   // 0
 * bad.errorOffset();              // 10
 * bad.problem();                  // "expected a cause number"
 * }</pre>
 *
 * <p>Offsets count characters of the header value the parser read; for several header lines read together (a
 * {@link MessageHead}), of their values joined with {@code ", "}, as RFC 3261 §7.3.1 makes them equivalent to one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the part as received, without the white space around it; may be empty
 * @param offset where the part starts in the header value, from 0
 * @param errorOffset where in the header value the parser found the error, from {@code offset} on
 * @param problem what the parser expected there, such as {@code "expected a cause number"}
 * @since 0.1.0
 */
public record UnparsedValue(String text, int offset, int errorOffset, String problem) {

  /**
   * Checks the components.
   *
   * @param text the part
   * @param offset where it starts
   * @param errorOffset where the error is
   * @param problem what was expected
   * @throws IllegalArgumentException if an offset is negative or {@code errorOffset} is before {@code offset}
   * @throws NullPointerException if {@code text} or {@code problem} is {@code null}
   */
  public UnparsedValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(problem, "problem");
    if (offset < 0 || errorOffset < offset) {
      throw new IllegalArgumentException(
          "Invalid offsets: " + offset + ", " + errorOffset + " (expected 0 <= offset <= errorOffset)");
    }
  }

  /**
   * Returns the part, where it failed and why, for a log line.
   *
   * @return for example {@code "SIP;cause=abc" at offset 10: expected a cause number}
   */
  @Override
  public String toString() {
    return Lexer.quote(text) + " at offset " + errorOffset + ": " + problem;
  }
}
