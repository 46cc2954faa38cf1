package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.cli.report.TextsTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A non-English output shows no English label (issue 13 item 5). One test per translation of the command's bundle
 * present in {@code src/main/resources/io/github/sipcodes/cli} ({@code messages_xx.properties}): the command runs on
 * the example trace, on a code and with a bad argument in that language, and no line may carry an English label,
 * summary word or message where the translation has its own. With no translation present there is no test; the
 * translations arrive from the translators' branches.
 */
class TranslatedOutputTest {

  static final Path BUNDLES = TextsTest.BUNDLES;

  static Properties load(Path file) throws IOException {
    return TextsTest.load(file);
  }

  @TestFactory
  Stream<DynamicTest> aTranslatedOutput_showsNoEnglishLabel() throws IOException {
    Properties english = load(BUNDLES.resolve("messages.properties"));
    List<Path> translations;
    try (Stream<Path> files = Files.list(BUNDLES)) {
      translations = files.filter(f -> f.getFileName().toString().matches("messages_[A-Za-z_]+\\.properties"))
          .sorted().toList();
    }
    return translations.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String name = file.getFileName().toString();
      String tag = name.substring("messages_".length(), name.length() - ".properties".length()).replace('_', '-');
      Properties translated = load(file);
      MainTest.Result trace = MainTest.run("--trace", MainTest.example().toString(), "--lang", tag);
      MainTest.Result code = MainTest.run("--lang", tag, "499", "401");
      MainTest.Result bad = MainTest.run("--lang", tag, "--trace", "x", "--trace", "y");
      assertEquals("", trace.err(), "the language must be one the library serves: " + tag);
      String output = trace.out() + code.out() + bad.err();
      List<String> found = new ArrayList<>();
      for (String key : english.stringPropertyNames()) {
        String own = translated.getProperty(key);
        String word = english.getProperty(key);
        boolean shown = key.startsWith("label.") || key.startsWith("summary.by-") || key.startsWith("class.")
            || key.startsWith("situation.") || key.startsWith("call-outcome.") || key.equals("summary.failed-calls");
        if (shown && own != null && !own.equals(word) && shows(output, key, word)) {
          found.add(key + " = " + word);
        }
      }
      assertTrue(found.isEmpty(), tag + " shows English: " + found + "\n" + output);
      assertTrue(bad.err().startsWith("sipcodes: "), bad.err());
    }));
  }

  /** Whether the output shows an English text: a label as {@code "  label:"}, any other as a whole line's text. */
  static boolean shows(String output, String key, String english) {
    if (key.startsWith("label.")) {
      return output.contains("  " + english + ":");
    }
    return output.lines().anyMatch(line -> line.strip().equals(english) || line.endsWith("  " + english)
        || line.endsWith(": " + english));
  }
}
