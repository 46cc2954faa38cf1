package io.github.sipcodes.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link MessageHead} finds its header values: the header section it read ({@link HeaderSection}) or a SIP
 * stack's message ({@link StackHeaders}). Values come unfolded and without the white space around them.
 */
interface HeaderSource {

  /** Returns the value of the first header with this name, or {@code null} if there is none. */
  @Nullable String first(HeaderName name);

  /** Returns the value of every header with this name, in order; empty if there is none. */
  List<String> all(HeaderName name);
}
