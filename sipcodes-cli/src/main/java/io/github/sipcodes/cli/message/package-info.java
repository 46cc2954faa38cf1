/**
 * SIP messages as a capture or a trace delivered them: the bytes of one message with its capture time, its source and
 * destination addresses, its transport and where it was found ({@link io.github.sipcodes.cli.message.CapturedMessage}),
 * pushed to a {@link io.github.sipcodes.cli.message.MessageListener} one at a time, in capture order.
 *
 * <p>This is the second step of the command's pipeline: {@code source} reads files into frames and lines,
 * {@code packet} turns frames into messages, and the analysis reads the messages. Nothing here parses a header: the
 * head of a message is read by the library's {@code io.github.sipcodes.wire} package.
 */
@NullMarked
package io.github.sipcodes.cli.message;

import org.jspecify.annotations.NullMarked;
