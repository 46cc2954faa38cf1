/**
 * sipcodes: what a SIP response status code means and what to do about it.
 *
 * <p>The API lives in {@link io.github.sipcodes}: start with {@link io.github.sipcodes.SipResponse#of(int)}.
 * The module has no runtime dependencies; JSpecify's nullness annotations are needed only to compile it.
 */
@org.jspecify.annotations.NullMarked
module io.github.sipcodes {
  requires static org.jspecify;

  exports io.github.sipcodes;
  exports io.github.sipcodes.wire;
}
