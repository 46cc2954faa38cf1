/**
 * The {@code sipcodes} command: {@code java -jar sipcodes.jar 486 503}. Not exported: the command line is the
 * interface of this package, not its classes.
 */
@NullMarked
package io.github.sipcodes.cli;

import org.jspecify.annotations.NullMarked;
