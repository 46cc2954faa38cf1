package io.github.sipcodes.wire;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a header that holds a comma-separated list ({@code Reason}, {@code Warning}) gave: the values that parse, in
 * order, and separately each part that did not, so that one bad part does not lose the good ones.
 *
 * <pre>{@code
 * // The common call: the values, one line.
 * List<Reason> reasons = Reason.parseAll("SIP;text=\"x\", Q.850;cause=16").values();
 * for (Warning w : Warning.parseAll(header)) { ... }                  // iterates over the values
 *
 * // What did not parse, for a log or a report.
 * HeaderValues<Warning> w = Warning.parseAll("399 pbx \"ok\", 3x9 bad");
 * w.values();       // [399 pbx "ok"]
 * w.unparsed();     // ["3x9 bad" at offset 14: expected a three-digit warn-code (RFC 3261 §20.43)]
 *
 * // All or nothing, with the message and offset of the first part that failed.
 * List<Reason> exact = Reason.parseAll(value, ParseMode.STRICT).orElseThrow();
 * }</pre>
 *
 * <p>Equality is on the values and the unparsed parts. Immutable and thread-safe.
 *
 * @param <T> the value type, such as {@link Reason}
 * @since 0.1.0
 */
public final class HeaderValues<T> implements Iterable<T> {

  private static final HeaderValues<?> EMPTY = new HeaderValues<>(List.of(), List.of(), "", "");

  private final List<T> values;
  private final List<UnparsedValue> unparsed;
  private final String what;
  private final String input;

  HeaderValues(List<T> values, List<UnparsedValue> unparsed, String what, String input) {
    this.values = List.copyOf(values);
    this.unparsed = List.copyOf(unparsed);
    this.what = what;
    this.input = input;
  }

  /** Returns the result of an absent or empty header: no values, nothing unparsed. */
  @SuppressWarnings("unchecked") // holds no T
  static <T> HeaderValues<T> empty() {
    return (HeaderValues<T>) EMPTY;
  }

  /**
   * Returns the values that parse.
   *
   * @return the values, in the order received; empty if none parses or the header is empty; unmodifiable
   */
  public List<T> values() {
    return values;
  }

  /**
   * Returns the parts that did not parse.
   *
   * @return the parts, in the order received; empty when every part parsed; unmodifiable
   */
  public List<UnparsedValue> unparsed() {
    return unparsed;
  }

  /**
   * Tells whether every part parsed.
   *
   * @return {@code true} when {@link #unparsed()} is empty
   */
  public boolean isComplete() {
    return unparsed.isEmpty();
  }

  /**
   * Returns the first value that parses.
   *
   * @return the value, or empty if none does
   */
  public Optional<T> first() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the values if every part parsed, and otherwise throws for the first part that did not: the same
   * exception, message and offset as a parser that stops at the first error.
   *
   * @return the values; empty only for an empty header read tolerantly
   * @throws SipParseException if a part did not parse
   */
  public List<T> orElseThrow() {
    if (!unparsed.isEmpty()) {
      UnparsedValue first = unparsed.get(0);
      throw new SipParseException(what, input, first.errorOffset(), first.problem());
    }
    return values;
  }

  /**
   * Iterates over the values that parse.
   *
   * @return an iterator over {@link #values()}, which does not support removal
   */
  @Override
  public Iterator<T> iterator() {
    return values.iterator();
  }

  /**
   * Compares the values and the unparsed parts.
   *
   * @param other any object
   * @return {@code true} if {@code other} is a {@code HeaderValues} with equal values and unparsed parts
   */
  @Override
  @SuppressWarnings("exports") // JSpecify is a compile-time-only dependency (requires static)
  public boolean equals(@Nullable Object other) {
    return other instanceof HeaderValues<?> that && values.equals(that.values) && unparsed.equals(that.unparsed);
  }

  /**
   * Returns a hash of the values and the unparsed parts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(values, unparsed);
  }

  /**
   * Returns the values and the unparsed parts, for a log line.
   *
   * @return for example {@code HeaderValues[values=[Q.850;cause=16], unparsed=[]]}
   */
  @Override
  public String toString() {
    return "HeaderValues[values=" + values + ", unparsed=" + unparsed + "]";
  }
}
