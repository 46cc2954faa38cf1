package com.example.texts;

import io.github.sipcodes.spi.ExplanationTextProvider;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Adds Swedish, and puts Example Telecom's support line in place of one English hint. */
public final class SwedishTexts implements ExplanationTextProvider {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  @Override
  public Set<Locale> locales() {
    return Set.of(SWEDISH, Locale.ENGLISH);
  }

  @Override
  public Map<String, String> texts(Locale locale) {
    if (locale.equals(SWEDISH)) {
      return Map.of(
          "code.486.summary", "Upptaget",
          "code.486.description", "Personen du ringer till är upptagen.");
    }
    return Map.of("code.486.hint.3", "On an Example Telecom trunk, call +1 555 0100 to add channels.");
  }
}
