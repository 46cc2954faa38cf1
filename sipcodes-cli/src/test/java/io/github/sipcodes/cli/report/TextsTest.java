package io.github.sipcodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class TextsTest {

  public static final Path BUNDLES = Path.of("src/main/resources/io/github/sipcodes/cli");

  public static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  /** Every bundle of the command: the English root and each translation present. */
  static List<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.filter(f -> f.getFileName().toString().matches("messages(_[A-Za-z_]+)?\\.properties"))
          .sorted().toList();
    }
  }

  @Test
  void line_alignsValuesAfterTheLongestLabel() {
    Texts texts = Texts.of(Locale.ENGLISH);
    StringBuilder out = new StringBuilder();
    texts.line(out, "label.class", "x");
    texts.line(out, "label.authentication", "y");
    texts.rawLine(out, "Retry-After", "z");
    assertEquals("  class:          x\n  authentication: y\n  Retry-After:    z\n", out.toString());
  }

  @Test
  void columns_countWideCharactersTwice() {
    assertEquals(4, Texts.columns("call"));
    assertEquals(4, Texts.columns("呼叫"));
    assertEquals(6, Texts.columns("통화ab"));
    assertEquals(3, Texts.columns("été"));
    assertEquals(2, Texts.columns("\uD83D\uDE00a")); // an emoji outside the wide ranges counted: one, and 'a'
  }

  @ParameterizedTest
  @CsvSource({"en, en, false", "de-AT, de, false", "pt-BR, pt-BR, false", "pt-PT, pt, false", "xx, en, true",
      "zh-CN, zh-CN, false"})
  void theLanguage_isTheOneTheLibraryServes(String asked, String served, boolean fellBack) {
    Texts texts = Texts.of(Locale.forLanguageTag(asked));
    assertEquals(served, texts.locale().toLanguageTag());
    assertEquals(fellBack, texts.fellBack());
  }

  @Test
  void anUnknownLanguage_saysWhichOneServes() {
    assertEquals("warning: there are no texts in xx; the texts are in en",
        Texts.of(Locale.forLanguageTag("xx")).fallbackWarning());
  }

  /** Each value is a MessageFormat pattern: parses, and has no lone apostrophe (which would hide what follows). */
  @Test
  void everyValue_isAPattern() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path bundle : bundles()) {
      Properties properties = load(bundle);
      for (String key : properties.stringPropertyNames()) {
        String value = properties.getProperty(key);
        try {
          new MessageFormat(value, Locale.ROOT);
        } catch (IllegalArgumentException e) {
          problems.add(bundle.getFileName() + " " + key + ": " + e.getMessage());
        }
        if (value.replace("''", "").indexOf('\'') >= 0) {
          problems.add(bundle.getFileName() + " " + key + ": a lone apostrophe");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Each translation has the keys of the English bundle, no more, and the same placeholders. */
  @Test
  void everyTranslation_hasEveryKey_andItsPlaceholders() throws IOException {
    Properties english = load(BUNDLES.resolve("messages.properties"));
    for (Path bundle : bundles()) {
      Properties translation = load(bundle);
      assertEquals(english.stringPropertyNames(), translation.stringPropertyNames(), bundle.toString());
      for (String key : english.stringPropertyNames()) {
        assertEquals(placeholders(english.getProperty(key)), placeholders(translation.getProperty(key)),
            bundle + " " + key);
      }
    }
  }

  private static List<String> placeholders(String pattern) {
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\d)").matcher(pattern);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found.stream().distinct().sorted().toList();
  }

  @Test
  void everyLabelAndSummaryWord_isInTheEnglishBundle() throws IOException {
    Properties english = load(BUNDLES.resolve("messages.properties"));
    assertFalse(english.isEmpty());
    assertTrue(english.getProperty("usage").contains("--trace FILE"));
  }
}
