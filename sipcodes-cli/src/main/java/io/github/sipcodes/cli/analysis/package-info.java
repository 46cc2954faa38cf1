/**
 * The analysis of the messages a source delivers: each message's head read by the library's
 * {@code io.github.sipcodes.wire} parser, responses grouped into calls by {@code Call-ID} and into transactions by
 * {@code CSeq}, top {@code Via} branch and direction, a response seen again in its transaction marked as resent, and
 * the counts the summary shows.
 *
 * <p>This is the third step of the command's pipeline: {@code source} and {@code packet} deliver
 * {@link io.github.sipcodes.cli.message.CapturedMessage messages}, {@link io.github.sipcodes.cli.analysis.CallAnalyzer}
 * reads them, and the {@code report} package writes what it finds. What a response means (its situation, the advice,
 * the call outcome) is derived in one place, {@link io.github.sipcodes.cli.analysis.ResponseReading}.
 */
@NullMarked
package io.github.sipcodes.cli.analysis;

import org.jspecify.annotations.NullMarked;
