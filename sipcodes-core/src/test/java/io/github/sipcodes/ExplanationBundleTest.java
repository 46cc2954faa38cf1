package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundle files themselves: key layout, encoding, placeholders, and that translations have the English key set
 * and are really translated. Translations that do not exist yet are skipped, with an assumption that says so.
 */
class ExplanationBundleTest {

  /**
   * Keys whose value may be the same in a translation as in English, in every language, because the word is the
   * same ("OK"). Reviewed: add a key here only when the English value is what people of that language write too.
   */
  static final Set<String> INTENTIONALLY_UNTRANSLATED = Set.of("code.200.summary");

  private static final Pattern KEY = Pattern.compile(
      "(?:(?:code\\.(?<code>\\d{3})(?:\\.(?:outgoing|incoming|registration))?|class\\.[1-6]xx"
          + "|warning\\.(?:(?<warn>\\d{3})|class)|q850\\.(?:(?<cause>[1-9]\\d{0,2})|class))"
          + "\\.(?:summary|description|hint\\.(?<hint>[1-9]\\d*)))"
          + "|outcome\\.(?<outcome>[a-z_]+)\\.label");

  private static final Pattern BRACES = Pattern.compile("\\{[^}]*}?|}");

  /** Our translations: the languages of our own bundles but English. */
  static Stream<Locale> translations() {
    return Languages.OURS.stream().filter(locale -> !locale.equals(Locale.ENGLISH));
  }

  /** The raw bytes of a bundle, or {@code null} if it does not exist. */
  static byte @Nullable [] bytes(Locale locale) {
    try (InputStream in = Explanations.class.getResourceAsStream(Explanations.resourceName(locale))) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes with a decoder that reports, rather than replaces, bytes that are not UTF-8. */
  static String strictUtf8(byte[] bytes, Locale locale) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("The bundle of " + locale + " is not valid UTF-8", e);
    }
  }

  static Map<String, String> entries(Locale locale) {
    byte[] bytes = bytes(locale);
    assertNotNull(bytes, () -> "No bundle for " + locale + " (" + Explanations.resourceName(locale) + ")");
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(strictUtf8(bytes, locale)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> entries = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
    return entries;
  }

  static Map<String, String> english() {
    return entries(Locale.ENGLISH);
  }

  @Test
  void everyLanguageOfOurs_hasABundle() {
    List<Locale> missing = new ArrayList<>();
    for (Locale locale : Languages.OURS) {
      if (bytes(locale) == null) {
        missing.add(locale);
      }
    }
    assertEquals(List.of(), missing, "languages of ours without a bundle");
    for (Locale locale : Languages.OURS) {
      assertEquals(locale, SipStatus.BUSY_HERE.explain(locale).locale(), "served by its own bundle");
    }
  }

  @Test
  void english_explainsEveryConstant() {
    Map<String, String> english = english();
    for (SipStatus status : SipStatus.values()) {
      assertNotNull(english.get("code." + status.code() + ".summary"), status::toString);
      assertNotNull(english.get("code." + status.code() + ".description"), status::toString);
    }
    for (int digit = 1; digit <= 6; digit++) {
      assertNotNull(english.get("class." + digit + "xx.summary"), "class " + digit);
      assertNotNull(english.get("class." + digit + "xx.description"), "class " + digit);
    }
    // A warn-code counts as registered exactly when English has its summary: every constant needs all three fields.
    for (WarningCode code : WarningCode.values()) {
      assertNotNull(english.get("warning." + code.code() + ".summary"), code::toString);
      assertNotNull(english.get("warning." + code.code() + ".description"), code::toString);
      assertNotNull(english.get("warning." + code.code() + ".hint.1"), code::toString);
    }
    for (String field : List.of("summary", "description", "hint.1")) {
      assertNotNull(english.get("warning.class." + field), "warning.class." + field);
    }
    assertTrue(String.valueOf(english.get("warning.class.description")).contains("{0}"));
  }

  @Test
  void english_keysFollowTheLayout() {
    Map<String, String> english = english();
    for (Map.Entry<String, String> entry : english.entrySet()) {
      String key = entry.getKey();
      Matcher m = KEY.matcher(key);
      assertTrue(m.matches(), () -> "Key outside the layout: " + key);
      if (m.group("code") != null) {
        int code = Integer.parseInt(m.group("code"));
        assertTrue(SipStatus.find(code).isPresent(), () -> key + " names a code without a SipStatus constant");
      }
      if (m.group("warn") != null) {
        int code = Integer.parseInt(m.group("warn"));
        assertTrue(WarningCode.find(code).isPresent(), () -> key + " names a code without a WarningCode constant");
      }
      if (m.group("cause") != null) {
        int cause = Integer.parseInt(m.group("cause"));
        assertTrue(Q850Cause.find(cause).isPresent(), () -> key + " names a value Q.850 does not assign");
      }
      if (m.group("outcome") != null) {
        String name = m.group("outcome").toUpperCase(Locale.ROOT);
        assertTrue(Stream.of(CallOutcome.values()).anyMatch(o -> o.name().equals(name)),
            () -> key + " names no CallOutcome constant");
      }
      String hint = m.group("hint");
      if (hint != null && !hint.equals("1")) {
        String previous = key.substring(0, key.length() - hint.length()) + (Integer.parseInt(hint) - 1);
        assertTrue(english.containsKey(previous), () -> key + " follows a gap: " + previous + " is missing");
      }
      // {0} only in the class texts, which name the code.
      boolean isClass = key.startsWith("class.") || key.startsWith("warning.class.") || key.startsWith("q850.class.");
      boolean hasPlaceholder = entry.getValue().contains("{0}");
      if (!isClass) {
        assertFalse(hasPlaceholder, () -> key + " has {0}, but only class texts name the code");
      }
    }
    assertTrue(String.valueOf(english.get("class.4xx.description")).contains("{0}"));
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.ExplanationBundleTest#translations")
  void translation_hasExactlyTheEnglishKeys(Locale locale) {
    Map<String, String> translation = entries(locale);
    Set<String> english = english().keySet();
    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(translation.keySet());
    Set<String> extra = new TreeSet<>(translation.keySet());
    extra.removeAll(english);
    assertEquals(Set.of(), missing, locale + ": keys missing");
    assertEquals(Set.of(), extra, locale + ": keys not in English");
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.ExplanationBundleTest#allBundles")
  void everyValue_isNonBlank_withoutSurroundingSpace(Locale locale) {
    entries(locale).forEach((key, value) -> {
      assertFalse(value.isBlank(), () -> locale + " " + key + " is blank");
      assertEquals(value.strip(), value, () -> locale + " " + key + " has surrounding white space");
    });
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.ExplanationBundleTest#allBundles")
  void everyBundle_isStrictUtf8(Locale locale) {
    byte[] bytes = bytes(locale);
    assertNotNull(bytes, () -> "No bundle for " + locale);
    String text = strictUtf8(bytes, locale);
    assertFalse(text.startsWith("\uFEFF"), locale + ": no byte order mark");
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.ExplanationBundleTest#allBundles")
  void placeholders_areExactlyThoseOfEnglish(Locale locale) {
    Map<String, String> english = english();
    entries(locale).forEach((key, value) -> {
      String root = english.get(key);
      if (root == null) {
        return; // reported by translation_hasExactlyTheEnglishKeys
      }
      assertEquals(braces(root), braces(value), () -> locale + " " + key + ": placeholders differ from English");
    });
  }

  /** Every brace construct of a value, in order: only "{0}" is valid, and only where English has it. */
  private static List<String> braces(String value) {
    List<String> found = new ArrayList<>();
    Matcher m = BRACES.matcher(value);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.ExplanationBundleTest#translations")
  void translation_translatesEveryValue_butTheReviewedExceptions(Locale locale) {
    Map<String, String> english = english();
    List<String> same = new ArrayList<>();
    entries(locale).forEach((key, value) -> {
      if (value.equals(english.get(key)) && !INTENTIONALLY_UNTRANSLATED.contains(key)) {
        same.add(key + "=" + value);
      }
    });
    assertEquals(List.of(), same, locale + ": values identical to English");
  }

  @ParameterizedTest
  @MethodSource("io.github.sipcodes.ExplanationBundleTest#translations")
  void translation_servesItsOwnLocale(Locale locale) {
    Map<String, String> translation = entries(locale);
    Explanation busy = SipStatus.BUSY_HERE.explain(locale);
    assertEquals(locale, busy.locale());
    assertEquals(translation.get("code.486.summary"), busy.summary());
    assertEquals(translation.get("code.486.description"), busy.description());
  }

  static Stream<Locale> allBundles() {
    return Languages.OURS.stream();
  }

  @Test
  void read_returnsNull_forAMissingFile() {
    assertNull(Explanations.read("explanations_xx.properties"));
  }

  @Test
  void read_rejectsAFileThatIsNotUtf8_ratherThanGuessing() {
    // A test resource whose value is Latin-1 "Pr\u00FCfen": the byte 0xFC is not valid UTF-8.
    assertNotNull(Explanations.class.getResourceAsStream("explanations-test-latin1.properties"));
    assertNull(Explanations.read("explanations-test-latin1.properties"));
  }

  @Test
  void read_decodesUtf8() {
    Map<String, String> english = Explanations.read("explanations.properties");
    if (english == null) {
      fail("the English bundle is missing");
      return;
    }
    String hint = String.valueOf(english.get("code.488.hint.1"));
    assertTrue(hint.contains("\u00B5-law"), hint);
  }
}
