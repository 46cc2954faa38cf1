/**
 * The parts of a SIP response as they appear on the wire: the status line and the values of the {@code Retry-After},
 * {@code Reason} and {@code Warning} headers.
 *
 * <pre>{@code
 * StatusLine.parse("SIP/2.0 503 Service Unavailable").response();   // 503 Service Unavailable
 * RetryAfter.parse("120 (I'm in a meeting)").delay();              // PT2M
 * Reason.parseAll("Q.850;cause=17").get(0).q850Cause();            // Optional[17 User busy]
 * Warning.parseAll("370 proxy.example.com \"Insufficient bandwidth\"").get(0).warningCode();
 * }</pre>
 *
 * <p><b>Values, not headers.</b> The header parsers take the value after the colon: {@code parse("120")}, never
 * {@code parse("Retry-After: 120")}. Finding the header in a message, matching its name (and compact form) and
 * unfolding continuation lines is the job of the SIP stack; a line break in a value is refused.
 *
 * <p><b>Robustness.</b> Every parser runs in time linear in its input, with no regular expressions, and refuses input
 * longer than 8192 characters. Bad input gets a {@link io.github.sipcodes.wire.SipParseException} (an
 * {@link java.lang.IllegalArgumentException}) that says what was expected at which offset; no other exception
 * escapes a parser. Every type writes itself back with {@code toString()} (and {@code format(List)} for lists), and
 * parsing that text gives an equal value. The parsers are fuzzed with Jazzer.
 *
 * <p>Every type in this package is immutable and thread-safe. Nothing in it accepts or returns {@code null}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.2">RFC 3261 §7.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-25.1">RFC 3261 §25.1</a>
 */
@NullMarked
package io.github.sipcodes.wire;

import org.jspecify.annotations.NullMarked;
