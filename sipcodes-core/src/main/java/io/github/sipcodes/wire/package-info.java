/**
 * SIP as it is on the wire, read into model values: the status and request lines, the values of the
 * {@code Retry-After}, {@code Reason}, {@code Warning} and {@code CSeq} headers, and the head of a whole message.
 *
 * <pre>{@code
 * StatusLine.parse("SIP/2.0 503 Service Unavailable\n").response();             // 503 Service Unavailable
 * RetryAfter.parse("Retry-After: 120 (I'm in a meeting)\r\n").delay();          // PT2M
 * Reason.parseAll("Q.850;cause=16;text=NORMAL_CLEARING").values();   // [Q.850;cause=16;text="NORMAL_CLEARING"]
 * Warning.parseAll("399 \"No agent logged in\"").first();                       // Optional[399 "No agent logged in"]
 * ResponseHead.parse(datagram, 0, length).reasons().values();                   // every Reason of the response
 * }</pre>
 *
 * <p><b>Tolerant by default, strict on request.</b> Every parser accepts all of its RFC grammar plus what real devices
 * send, and its javadoc lists what it tolerates: the header's own name before the value ({@code "Reason: ..."}),
 * trailing line ends, LF-only lines, folded lines, runs of white space, and the departures each header has in the
 * wild. Pass {@link io.github.sipcodes.wire.ParseMode#STRICT} to accept the grammar only, with the precise messages
 * sipcodes has always given.
 *
 * <p><b>Values or whole heads.</b> The value parsers take a header value, with or without its name. A
 * {@link io.github.sipcodes.wire.MessageHead} ({@link io.github.sipcodes.wire.ResponseHead},
 * {@link io.github.sipcodes.wire.RequestHead}) reads a whole head from bytes or text, finds headers by name, compact
 * form or in any case, and hands each value to its parser; {@code ResponseHead.ofHeaders} does the same for a message
 * a SIP stack has already parsed.
 *
 * <p><b>Partial results.</b> A header that holds a list ({@code Reason}, {@code Warning}) gives a
 * {@link io.github.sipcodes.wire.HeaderValues}: the values that parse and, separately, each part that does not, with
 * its offset and what was expected, so that one bad part does not lose the good ones.
 *
 * <p><b>Robustness.</b> Every parser runs in time linear in its input, with no regular expressions, and refuses a
 * value longer than 8192 characters and a head longer than {@value io.github.sipcodes.wire.MessageHead#MAX_LENGTH}.
 * Bad input gets a {@link io.github.sipcodes.wire.SipParseException} (an {@link java.lang.IllegalArgumentException})
 * that says what was expected at which offset; no other exception escapes a parser. Every value type writes itself
 * back in canonical form with {@code toString()} (and {@code format(List)} for lists), and parsing that text gives an
 * equal value. The parsers are fuzzed with Jazzer.
 *
 * <p>Every type in this package is immutable and thread-safe. Nothing in it accepts or returns {@code null}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7">RFC 3261 §7</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-25.1">RFC 3261 §25.1</a>
 */
@NullMarked
package io.github.sipcodes.wire;

import org.jspecify.annotations.NullMarked;
