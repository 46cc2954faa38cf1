/**
 * sipcodes: what a SIP response status code means and what to do about it.
 *
 * <p>The model lives in {@link io.github.sipcodes}: start with {@link io.github.sipcodes.SipResponse#of(int)}. Text as
 * it is on the wire is read by {@link io.github.sipcodes.wire}. Applications add or change the texts of explanations
 * through {@link io.github.sipcodes.spi.ExplanationTextProvider}, which this module uses. The module has no runtime
 * dependencies; JSpecify's nullness annotations are needed only to compile it.
 *
 * @uses io.github.sipcodes.spi.ExplanationTextProvider
 */
@org.jspecify.annotations.NullMarked
module io.github.sipcodes {
  requires static org.jspecify;

  exports io.github.sipcodes;
  exports io.github.sipcodes.spi;
  exports io.github.sipcodes.wire;

  uses io.github.sipcodes.spi.ExplanationTextProvider;
}
