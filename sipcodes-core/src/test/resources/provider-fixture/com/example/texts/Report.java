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
 * texts with SwedishTexts installed.
 */
public final class Report {

  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

  private Report() {}

  public static void main(String[] args) {
    print("library.module", String.valueOf(Explanation.class.getModule().getName()));
    print("provider.module", String.valueOf(SwedishTexts.class.getModule().getName()));
    print("supported", Explanation.supportedLocales().stream()
        .map(Locale::toLanguageTag)
        .collect(Collectors.joining(",")));
    for (String tag : new String[] {"sv-FI", "en"}) {
      Explanation e = SipResponse.of(486).explain(Locale.forLanguageTag(tag));
      print(tag + ".locale", e.locale().toLanguageTag());
      print(tag + ".summary", e.summary());
      print(tag + ".description", e.description());
      print(tag + ".hints", String.join("|", e.hints()));
    }
    ResourceBundle swedish = Explanation.resourceBundle(Locale.forLanguageTag("sv-SE"));
    print("bundle.locale", swedish.getLocale().toLanguageTag());
    print("bundle.code.486.summary", swedish.getString("code.486.summary"));
    print("bundle.code.486.hint.3", swedish.getString("code.486.hint.3"));
    print("bundle.keys", Integer.toString(swedish.keySet().size()));
  }

  private static void print(String key, String value) {
    OUT.println(key + "=" + value);
  }
}
