package com.example.texts;

import io.github.sipcodes.Explanation;
import io.github.sipcodes.SipResponse;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Prints, one key=value per line in UTF-8 whatever the platform's encoding, what the application sees of sipcodes'
 * texts with NorwegianTexts installed.
 */
public final class Report {

  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private Report() {}

  public static void main(String[] args) {
    print("library.module", String.valueOf(Explanation.class.getModule().getName()));
    print("provider.module", String.valueOf(NorwegianTexts.class.getModule().getName()));
    print("supported", Explanation.supportedLocales().stream()
        .map(Locale::toLanguageTag)
        .collect(Collectors.joining(",")));
    for (String tag : new String[] {"nb-NO", "en"}) {
      Explanation e = SipResponse.of(486).explain(Locale.forLanguageTag(tag));
      print(tag + ".locale", e.locale().toLanguageTag());
      print(tag + ".summary", e.summary());
      print(tag + ".description", e.description());
      print(tag + ".hints", String.join("|", e.hints()));
    }
    ResourceBundle norwegian = Explanation.resourceBundle(Locale.forLanguageTag("nb-NO"));
    print("bundle.locale", norwegian.getLocale().toLanguageTag());
    print("bundle.code.486.summary", norwegian.getString("code.486.summary"));
    print("bundle.code.486.hint.3", norwegian.getString("code.486.hint.3"));
    print("bundle.keys", Integer.toString(norwegian.keySet().size()));
  }

  private static void print(String key, String value) {
    OUT.println(key + "=" + value);
  }
}
