package com.example.texts;

import io.github.sipcodes.spi.ExplanationTextProvider;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Adds Norwegian (Bokmål), and puts Example Telecom's support line in place of one English hint. */
public final class NorwegianTexts implements ExplanationTextProvider {
  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

  @Override
  public Set<Locale> locales() {
    return Set.of(NORWEGIAN, Locale.ENGLISH);
  }

  @Override
  public Map<String, String> texts(Locale locale) {
    if (locale.equals(NORWEGIAN)) {
      return Map.of(
          "code.486.summary", "Opptatt",
          "code.486.description", "Personen du ringer til, er opptatt.");
    }
    return Map.of("code.486.hint.3", "On an Example Telecom trunk, call +1 555 0100 to add channels.");
  }
}
