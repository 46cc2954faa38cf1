package com.example.texts;

import io.github.sipcodes.Explanation;
import io.github.sipcodes.spi.ExplanationTextProvider;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A provider that asks sipcodes for its languages while sipcodes is asking it for its own: an error to report. */
public final class CallsBack implements ExplanationTextProvider {

  @Override
  public Set<Locale> locales() {
    return Explanation.supportedLocales();
  }

  @Override
  public Map<String, String> texts(Locale locale) {
    return Map.of();
  }
}
