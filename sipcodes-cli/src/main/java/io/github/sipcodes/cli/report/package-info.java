/**
 * What the command writes: a report about single codes, and for a trace each response call by call, as text for
 * people or one JSON object per line, then a summary; every word from the command's bundle
 * ({@code io/github/sipcodes/cli/messages.properties}) in the language of {@code --lang} ({@link
 * io.github.sipcodes.cli.report.Texts}).
 *
 * <p>This is the last step of the command's pipeline: it receives what the {@code analysis} package finds.
 */
@NullMarked
package io.github.sipcodes.cli.report;

import org.jspecify.annotations.NullMarked;
