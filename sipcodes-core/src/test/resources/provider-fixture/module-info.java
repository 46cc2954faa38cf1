/**
 * An application's texts for sipcodes, as a module: compiled and run by ProviderFixtureTest, on the module path and
 * on the class path (where META-INF/services declares the same provider).
 */
module com.example.texts {
  requires io.github.sipcodes;

  provides io.github.sipcodes.spi.ExplanationTextProvider with com.example.texts.NorwegianTexts;
}
