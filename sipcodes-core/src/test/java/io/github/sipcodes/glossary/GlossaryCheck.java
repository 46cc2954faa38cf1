package io.github.sipcodes.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds bundle files to a {@link Glossary}. Each bundle is checked against the section of its language (the suffix
 * of its file name, {@code en} for none); a language without a section is not checked. What it fails on:
 *
 * <ul>
 *   <li>a rejected variant of a term, in the fields its row names, unless an exception of the glossary allows it
 *       for that key;
 *   <li>a letter that does not belong to the language;
 *   <li>ASCII punctuation next to a CJK character, where the language forbids it;
 *   <li>{@code : ; ! ?} without a no-break space before it, where the language requires one;
 *   <li>an English word in the summary of a language other than English, unless its allow-list has it;
 *   <li>an exception of the glossary that no longer matches anything in a key it was checked against.
 * </ul>
 *
 * <p>The bundles are a parameter, so any module can hold its own {@code .properties} files to the same glossary.
 */
public final class GlossaryCheck {

  private static final Pattern BUNDLE_NAME = Pattern.compile(
      "[A-Za-z][A-Za-z0-9]*(?:_([a-z]{2,3}(?:_[A-Z]{2}|_[A-Z][a-z]{3}(?:_[A-Z]{2})?)?))?\\.properties");
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
  private static final String CJK_ASCII_PUNCTUATION = ",.:;!?()";
  private static final String FRENCH_HIGH_PUNCTUATION = ":;!?";
  private static final Set<String> URI_SCHEMES = Set.of("sip", "sips", "tel");
  private static final int CONTEXT = 30;

  private GlossaryCheck() {}

  /**
   * What the check found wrong.
   *
   * @param file the bundle file name (or the glossary's, for a stale exception)
   * @param key the bundle key
   * @param problem what is wrong, quoting the text
   */
  public record Finding(String file, String key, String problem) {
    @Override
    public String toString() {
      return file + " " + key + ": " + problem;
    }
  }

  /**
   * Checks bundle files.
   *
   * @param glossary the glossary
   * @param bundles the {@code .properties} files, named {@code base.properties} or {@code base_LOCALE.properties}
   * @return what is wrong, in the order of the files and their keys; empty if nothing is
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a file name has no locale suffix the check understands, or a file is not UTF-8
   */
  public static List<Finding> check(Glossary glossary, List<Path> bundles) throws IOException {
    List<Finding> findings = new ArrayList<>();
    Usage usage = new Usage();
    for (Path bundle : bundles) {
      String file = String.valueOf(bundle.getFileName());
      Glossary.Language language = glossary.languages().get(languageOf(file));
      if (language != null) {
        findings.addAll(check(glossary, language, file, read(bundle), usage));
      }
    }
    findings.addAll(usage.unused(glossary));
    return List.copyOf(findings);
  }

  /**
   * Checks the entries of one bundle, including whether the glossary's exceptions for its keys are still needed.
   *
   * @param glossary the glossary
   * @param file the file name, which gives the language
   * @param entries the keys and values
   * @return what is wrong; empty if nothing is, or if the glossary has no section for the language
   */
  public static List<Finding> check(Glossary glossary, String file, Map<String, String> entries) {
    Glossary.Language language = glossary.languages().get(languageOf(file));
    if (language == null) {
      return List.of();
    }
    Usage usage = new Usage();
    List<Finding> findings = new ArrayList<>(check(glossary, language, file, new TreeMap<>(entries), usage));
    findings.addAll(usage.unused(glossary));
    return List.copyOf(findings);
  }

  /**
   * Returns the language of a bundle file from its name: the locale suffix, or {@code en} for the root bundle.
   *
   * @param fileName such as {@code explanations_pt_BR.properties}
   * @return such as {@code pt_BR}
   * @throws IllegalArgumentException if the name is not {@code base.properties} or {@code base_LOCALE.properties}
   */
  public static String languageOf(String fileName) {
    Matcher m = BUNDLE_NAME.matcher(fileName);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Not a bundle file name: \"" + fileName + "\" (expected base.properties or base_ll[_CC].properties)");
    }
    String suffix = m.group(1);
    return suffix == null ? Glossary.ENGLISH : suffix;
  }

  /**
   * Lists the bundles of one base name in a directory: {@code base.properties} and {@code base_*.properties}.
   *
   * @param directory the directory
   * @param baseName such as {@code explanations}
   * @return the files, sorted by name
   * @throws IOException if the directory cannot be listed
   */
  public static List<Path> bundles(Path directory, String baseName) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> isBundle(f, baseName)).sorted().toList();
    }
  }

  /**
   * Lists the bundles of one base name anywhere under a directory, for modules whose bundles live in several
   * packages.
   *
   * @param root the directory to search
   * @param baseName such as {@code messages}
   * @return the files, sorted by path; empty if the directory does not exist
   * @throws IOException if the directory cannot be walked
   */
  public static List<Path> bundlesUnder(Path root, String baseName) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> isBundle(f, baseName)).sorted().toList();
    }
  }

  private static boolean isBundle(Path file, String baseName) {
    String name = String.valueOf(file.getFileName());
    return Files.isRegularFile(file) && (name.equals(baseName + ".properties")
        || (name.startsWith(baseName + "_") && name.endsWith(".properties")));
  }

  /**
   * Reads a UTF-8 {@code .properties} file, refusing bytes that are not UTF-8.
   *
   * @param file the file
   * @return the entries, sorted by key
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not UTF-8
   */
  static SortedMap<String, String> read(Path file) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("Not UTF-8: " + file, e);
    }
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    SortedMap<String, String> entries = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      entries.put(key, properties.getProperty(key));
    }
    return entries;
  }

  private static List<Finding> check(
      Glossary glossary, Glossary.Language language, String file, SortedMap<String, String> entries, Usage usage) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      List<String> problems = new ArrayList<>();
      rejectedVariants(language, key, value, usage, problems);
      foreignLetters(language, value, problems);
      if (language.asciiPunctuationInCjkForbidden()) {
        asciiPunctuationInCjk(value, problems);
      }
      if (language.nonBreakingSpaceRequired()) {
        nonBreakingSpaces(value, problems);
      }
      if (!language.tag().equals(Glossary.ENGLISH) && Glossary.Field.of(key) == Glossary.Field.SUMMARY) {
        englishWords(glossary, language, value, problems);
      }
      usage.seen(language.tag(), key);
      problems.forEach(problem -> findings.add(new Finding(file, key, problem)));
    }
    return findings;
  }

  private static void rejectedVariants(
      Glossary.Language language, String key, String value, Usage usage, List<String> problems) {
    Glossary.Field field = Glossary.Field.of(key);
    for (Glossary.Term term : language.terms()) {
      if (!term.checkedIn().contains(field)) {
        continue;
      }
      for (RejectedVariant variant : term.rejected()) {
        Optional<String> found = variant.findIn(value);
        if (found.isEmpty()) {
          continue;
        }
        Optional<Glossary.Exemption> exemption = language.exemptions().stream()
            .filter(e -> e.key().equals(key) && e.variant().equals(variant.text()))
            .findFirst();
        if (exemption.isPresent()) {
          usage.used(language.tag(), exemption.get());
        } else {
          problems.add("\"" + found.get() + "\" is a rejected variant (" + variant + ") of \"" + term.term()
              + "\": " + quote(value));
        }
      }
    }
  }

  private static void foreignLetters(Glossary.Language language, String value, List<String> problems) {
    Set<Integer> reported = new HashSet<>();
    value.codePoints().forEach(c -> {
      int lower = Character.toLowerCase(c);
      if (language.foreignLetters().contains(lower) && reported.add(lower)) {
        problems.add("the letter \"" + Character.toString(c) + "\" does not belong to " + language.tag() + ": "
            + quote(value));
      }
    });
  }

  private static void asciiPunctuationInCjk(String value, List<String> problems) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (CJK_ASCII_PUNCTUATION.indexOf(c) < 0 || (c == ':' && isUriScheme(value, i))) {
        continue;
      }
      int before = neighbour(value, i, -1);
      int after = neighbour(value, i, +1);
      if ((before >= 0 && Cjk.isCjk(before)) || (after >= 0 && Cjk.isCjk(after))) {
        problems.add("ASCII \"" + c + "\" inside CJK text (write the full-width form): " + excerpt(value, i));
      }
    }
  }

  private static void nonBreakingSpaces(String value, List<String> problems) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (FRENCH_HIGH_PUNCTUATION.indexOf(c) < 0) {
        continue;
      }
      if (c == ':' && (isUriScheme(value, i) || isBetweenDigits(value, i))) {
        continue;
      }
      char before = i > 0 ? value.charAt(i - 1) : 'x';
      if (before != '\u00A0' && before != '\u202F') {
        problems.add("no no-break space before \"" + c + "\": " + excerpt(value, i));
      }
    }
  }

  private static void englishWords(Glossary glossary, Glossary.Language language, String value, List<String> problems) {
    Matcher m = LATIN_WORD.matcher(value);
    while (m.find()) {
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.length() >= Glossary.MIN_WORD_LENGTH
          && glossary.englishWords().contains(lower)
          && !language.englishAllowedInSummary().contains(lower)) {
        problems.add("the English word \"" + word + "\" in a summary (not in the allow-list of " + language.tag()
            + "): " + quote(value));
      }
    }
  }

  /** The nearest code point that is not a space, before (-1) or after (+1) index i; -1 if there is none. */
  private static int neighbour(String value, int i, int direction) {
    int j = direction < 0 ? i : i + 1;
    while (direction < 0 ? j > 0 : j < value.length()) {
      int c = direction < 0 ? value.codePointBefore(j) : value.codePointAt(j);
      if (!Character.isSpaceChar(c)) {
        return c;
      }
      j += direction * Character.charCount(c);
    }
    return -1;
  }

  /** Whether the colon at index i ends a URI scheme such as {@code sips:}. */
  private static boolean isUriScheme(String value, int i) {
    int start = i;
    while (start > 0 && Cjk.isSpacedWordChar(value.codePointBefore(start))) {
      start -= Character.charCount(value.codePointBefore(start));
    }
    return URI_SCHEMES.contains(value.substring(start, i).toLowerCase(Locale.ROOT));
  }

  private static boolean isBetweenDigits(String value, int i) {
    return i > 0 && i + 1 < value.length() && Character.isDigit(value.charAt(i - 1))
        && Character.isDigit(value.charAt(i + 1));
  }

  private static String quote(String value) {
    return "\"" + value + "\"";
  }

  /** The text around index i, marked with [ ] around the character there. */
  private static String excerpt(String value, int i) {
    int from = Math.max(0, i - CONTEXT);
    int to = Math.min(value.length(), i + 1 + CONTEXT);
    return "\"" + (from > 0 ? "..." : "") + value.substring(from, i) + "[" + value.charAt(i) + "]"
        + value.substring(i + 1, to) + (to < value.length() ? "..." : "") + "\"";
  }

  /** Which exceptions matched, and which keys were checked, per language. */
  private static final class Usage {
    private final Set<String> used = new HashSet<>();
    private final Set<String> seen = new HashSet<>();

    void used(String tag, Glossary.Exemption exemption) {
      used.add(tag + " " + exemption.key() + " " + exemption.variant());
    }

    void seen(String tag, String key) {
      seen.add(tag + " " + key);
    }

    /** The exceptions of keys that were checked but that matched nothing. */
    List<Finding> unused(Glossary glossary) {
      List<Finding> findings = new ArrayList<>();
      for (Glossary.Language language : glossary.languages().values()) {
        for (Glossary.Exemption e : language.exemptions()) {
          if (seen.contains(language.tag() + " " + e.key())
              && !used.contains(language.tag() + " " + e.key() + " " + e.variant())) {
            findings.add(new Finding(glossary.source(), e.key(), "the exception for \"" + e.variant() + "\" in "
                + language.tag() + " matches nothing any more: delete it"));
          }
        }
      }
      return findings;
    }
  }
}
