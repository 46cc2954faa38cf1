/**
 * SIP response status codes and what they mean.
 *
 * <p>{@link io.github.sipcodes.SipResponse} is the entry point: {@code SipResponse.of(503)} gives the
 * {@link io.github.sipcodes.SipStatus} constant of a registered code, or the one cached
 * {@link io.github.sipcodes.UnregisteredStatus} of any other valid code (100-699). Every type in this package is
 * immutable and thread-safe. Nothing in it accepts or returns {@code null} unless a parameter or return type says
 * {@code @Nullable}.
 *
 * @see <a href="https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7">IANA SIP
 *     Response Codes registry</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21">RFC 3261 §21 Response Codes</a>
 */
@NullMarked
package io.github.sipcodes;

import org.jspecify.annotations.NullMarked;
