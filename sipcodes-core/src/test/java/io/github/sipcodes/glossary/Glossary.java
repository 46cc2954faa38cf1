package io.github.sipcodes.glossary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The glossary of the bundle texts, as {@code GLOSSARY.md} writes it for people: per language the chosen term of
 * each concept with its rejected variants, the letters that do not belong to the language, its punctuation rules and
 * the English words its summaries may keep; plus the shared character and word lists. The file's own introduction
 * describes the format; {@link #parse(String, String)} rejects anything else with the line and what was expected.
 * Immutable.
 *
 * @param source the name of the file it was read from, for messages
 * @param languages the language sections by bundle suffix ({@code en}, {@code de}, {@code pt_BR} ...), in file order
 * @param englishWords lower-case words that give away English in a translated summary: the list
 *     {@code english-words} and the words of the English terms, less the list {@code shared-words}
 */
public record Glossary(String source, Map<String, Language> languages, Set<String> englishWords) {

  /** The language whose texts are the source of the translations; its summaries may be English. */
  public static final String ENGLISH = "en";

  private static final Pattern LANGUAGE_HEADING =
      Pattern.compile("## ([a-z]{2,3}(?:_[A-Z]{2}|_[A-Z][a-z]{3}(?:_[A-Z]{2})?)?): \\S.*");
  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-{3,}:?");
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\|");
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final String LISTS = "(lists)";

  static final String LETTERS = "letters that do not belong";
  static final String CJK_PUNCTUATION = "ASCII punctuation inside CJK text";
  static final String FRENCH_SPACING = "non-breaking space before : ; ! ?";
  static final String ENGLISH_ALLOWED = "English words allowed in summary";
  private static final List<String> RULES = List.of(LETTERS, CJK_PUNCTUATION, FRENCH_SPACING, ENGLISH_ALLOWED);

  /** Words shorter than this are not looked at as English words. */
  static final int MIN_WORD_LENGTH = 3;

  /** Copies the maps and sets. */
  public Glossary {
    languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    englishWords = Set.copyOf(englishWords);
  }

  /** The field of a bundle key, as the column "checked in" of a terms table names it. */
  public enum Field {
    /** A key ending in {@code .summary}. */
    SUMMARY,
    /** A key ending in {@code .description}. */
    DESCRIPTION,
    /** A key ending in {@code .hint.K}. */
    HINT,
    /** Any other key (the labels of the command, for example). */
    OTHER;

    private static final Pattern HINT_KEY = Pattern.compile(".*\\.hint\\.[1-9]\\d*");

    /**
     * Returns the field of a key.
     *
     * @param key the bundle key
     * @return its field
     */
    public static Field of(String key) {
      if (key.endsWith(".summary")) {
        return SUMMARY;
      }
      if (key.endsWith(".description")) {
        return DESCRIPTION;
      }
      return HINT_KEY.matcher(key).matches() ? HINT : OTHER;
    }
  }

  /**
   * One row of a terms table.
   *
   * @param concept what the term means
   * @param term the chosen term, for people
   * @param rejected the variants the check fails on
   * @param checkedIn the fields in which the variants are looked for
   */
  public record Term(String concept, String term, List<RejectedVariant> rejected, Set<Field> checkedIn) {
    /** Copies the list and set. */
    public Term {
      rejected = List.copyOf(rejected);
      checkedIn = Collections.unmodifiableSet(EnumSet.copyOf(checkedIn));
    }
  }

  /**
   * A reviewed place where a rejected variant may stay.
   *
   * @param key the bundle key
   * @param variant the rejected variant, as the terms table writes it
   * @param why the reason, for people
   */
  public record Exemption(String key, String variant, String why) {}

  /**
   * The section of one language.
   *
   * @param tag the bundle suffix ({@code en} for the root bundle)
   * @param terms the terms table
   * @param foreignLetters lower-case code points that do not belong to the language
   * @param asciiPunctuationInCjkForbidden whether ASCII punctuation next to CJK characters fails
   * @param nonBreakingSpaceRequired whether {@code : ; ! ?} must follow a no-break space (French)
   * @param englishAllowedInSummary lower-case words that may stay English in a summary
   * @param exemptions the reviewed exceptions
   */
  public record Language(
      String tag,
      List<Term> terms,
      Set<Integer> foreignLetters,
      boolean asciiPunctuationInCjkForbidden,
      boolean nonBreakingSpaceRequired,
      Set<String> englishAllowedInSummary,
      List<Exemption> exemptions) {
    /** Copies the lists and sets. */
    public Language {
      terms = List.copyOf(terms);
      foreignLetters = Set.copyOf(foreignLetters);
      englishAllowedInSummary = Set.copyOf(englishAllowedInSummary);
      exemptions = List.copyOf(exemptions);
    }
  }

  /**
   * Reads a glossary file (UTF-8).
   *
   * @param file the file
   * @return the glossary
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it does not follow the format
   */
  public static Glossary read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), String.valueOf(file.getFileName()));
  }

  /**
   * Parses the text of a glossary.
   *
   * @param markdown the text
   * @param source the file name, for messages
   * @return the glossary
   * @throws IllegalArgumentException naming the line and what was expected, if the text does not follow the format
   */
  public static Glossary parse(String markdown, String source) {
    return new Parser(source).parse(markdown.lines().toList());
  }

  /** The state of one parse: the sections read so far. */
  private static final class Parser {
    private final String source;
    private final Map<String, LanguageBuilder> languages = new LinkedHashMap<>();
    private final Map<String, List<Integer>> characterLists = new LinkedHashMap<>();
    private final Set<String> englishWordList = new LinkedHashSet<>();
    private final Set<String> sharedWords = new LinkedHashSet<>();

    Parser(String source) {
      this.source = source;
    }

    Glossary parse(List<String> lines) {
      @Nullable String section = null;
      int i = 0;
      while (i < lines.size()) {
        String line = lines.get(i);
        if (line.startsWith("## ")) {
          section = heading(line, i + 1);
          i++;
        } else if (line.startsWith("|")) {
          int start = i;
          while (i < lines.size() && lines.get(i).startsWith("|")) {
            i++;
          }
          table(section, lines.subList(start, i), start + 1);
        } else {
          i++;
        }
      }
      Map<String, Language> built = new LinkedHashMap<>();
      languages.forEach((tag, builder) -> built.put(tag, builder.build()));
      return new Glossary(source, built, englishWords(built));
    }

    /** Returns the section a heading starts: a language tag, {@link #LISTS}, or null for prose. */
    private @Nullable String heading(String line, int number) {
      Matcher m = LANGUAGE_HEADING.matcher(line);
      if (m.matches()) {
        String tag = m.group(1);
        if (languages.containsKey(tag)) {
          throw error(number, "a second section for language " + tag);
        }
        languages.put(tag, new LanguageBuilder(tag, number));
        return tag;
      }
      return line.equals("## Character lists") || line.equals("## Word lists") ? LISTS : null;
    }

    private void table(@Nullable String section, List<String> lines, int first) {
      List<String> header = cells(lines.get(0), first);
      if (lines.size() < 2
          || !cells(lines.get(1), first + 1).stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())) {
        throw error(first + 1, "a separator row (|---|---|) under the table header");
      }
      String kind = String.join(" | ", header);
      LanguageBuilder language = section == null ? null : languages.get(section);
      for (int r = 2; r < lines.size(); r++) {
        int number = first + r;
        List<String> row = cells(lines.get(r), number);
        if (row.size() != header.size()) {
          throw error(number, header.size() + " cells, as in the header, not " + row.size());
        }
        switch (kind) {
          case "concept | term | rejected variants | checked in" -> inLanguage(language, number).term(row, number);
          case "rule | value" -> inLanguage(language, number).rule(row, number);
          case "key | rejected variant | why" -> inLanguage(language, number).exemption(row, number);
          case "list | characters" -> characterList(section, row, number);
          case "list | words" -> wordList(section, row, number);
          default -> throw error(first, "a known table header, not \"" + kind + "\"");
        }
      }
    }

    private LanguageBuilder inLanguage(@Nullable LanguageBuilder language, int number) {
      if (language == null) {
        throw error(number, "this table inside a language section (a heading such as \"## de: German\")");
      }
      return language;
    }

    private void characterList(@Nullable String section, List<String> row, int number) {
      if (!LISTS.equals(section)) {
        throw error(number, "character lists under \"## Character lists\"");
      }
      characterLists.computeIfAbsent(row.get(0), name -> new ArrayList<>()).addAll(letters(row.get(1), number));
    }

    private void wordList(@Nullable String section, List<String> row, int number) {
      if (!LISTS.equals(section)) {
        throw error(number, "word lists under \"## Word lists\"");
      }
      Set<String> target = switch (row.get(0)) {
        case "english-words" -> englishWordList;
        case "shared-words" -> sharedWords;
        default -> throw error(number, "the list english-words or shared-words, not \"" + row.get(0) + "\"");
      };
      target.addAll(words(row.get(1), number));
    }

    /** The English words: the own list and the words of the English terms, less the shared words. */
    private Set<String> englishWords(Map<String, Language> built) {
      Set<String> english = new TreeSet<>(englishWordList);
      Language en = built.get(ENGLISH);
      if (en != null) {
        for (Term term : en.terms()) {
          Matcher m = WORD.matcher(term.term());
          while (m.find()) {
            if (m.group().codePointCount(0, m.group().length()) >= MIN_WORD_LENGTH) {
              english.add(m.group().toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      english.removeAll(sharedWords);
      return english;
    }

    private List<String> cells(String line, int number) {
      String trimmed = line.strip();
      if (trimmed.length() < 2 || !trimmed.endsWith("|")) {
        throw error(number, "a table row that starts and ends with |");
      }
      return Arrays.stream(CELL_SEPARATOR.split(trimmed.substring(1, trimmed.length() - 1), -1))
          .map(String::strip)
          .toList();
    }

    /** Comma-separated words, lower case; "-" for none. */
    private List<String> words(String cell, int number) {
      if (cell.equals("-")) {
        return List.of();
      }
      List<String> words = new ArrayList<>();
      for (String word : COMMA.split(cell, -1)) {
        String stripped = word.strip();
        if (stripped.isEmpty()) {
          throw error(number, "words separated by single commas in \"" + cell + "\"");
        }
        words.add(stripped.toLowerCase(Locale.ROOT));
      }
      return words;
    }

    /** Characters separated by spaces, lower case; "-" for none. */
    private List<Integer> letters(String cell, int number) {
      if (cell.equals("-")) {
        return List.of();
      }
      List<Integer> letters = new ArrayList<>();
      for (String token : WHITE_SPACE.split(cell, -1)) {
        if (token.codePointCount(0, token.length()) != 1) {
          throw error(number, "single characters separated by spaces, not \"" + token + "\"");
        }
        letters.add(Character.toLowerCase(token.codePointAt(0)));
      }
      return letters;
    }

    private IllegalArgumentException error(int line, String expected) {
      return new IllegalArgumentException(source + " line " + line + ": expected " + expected);
    }

    /** A language section while it is read. */
    private final class LanguageBuilder {
      private final String tag;
      private final int line;
      private final List<Term> terms = new ArrayList<>();
      private final Map<String, String> rules = new LinkedHashMap<>();
      private final Map<String, Integer> ruleLines = new LinkedHashMap<>();
      private final List<Exemption> exemptions = new ArrayList<>();
      private final List<Integer> exemptionLines = new ArrayList<>();

      LanguageBuilder(String tag, int line) {
        this.tag = tag;
        this.line = line;
      }

      void term(List<String> row, int number) {
        List<RejectedVariant> rejected = new ArrayList<>();
        for (String variant : row.get(2).equals("-") ? List.<String>of() : Arrays.asList(COMMA.split(row.get(2), -1))) {
          try {
            rejected.add(new RejectedVariant(variant.strip()));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
          }
        }
        terms.add(new Term(row.get(0), row.get(1), rejected, fields(row.get(3), number)));
      }

      private Set<Field> fields(String cell, int number) {
        if (cell.equals("all")) {
          return EnumSet.allOf(Field.class);
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (String name : COMMA.split(cell, -1)) {
          String field = name.strip();
          switch (field) {
            case "summary" -> fields.add(Field.SUMMARY);
            case "description" -> fields.add(Field.DESCRIPTION);
            case "hint" -> fields.add(Field.HINT);
            case "other" -> fields.add(Field.OTHER);
            default -> throw error(
                number, "all, or fields among summary, description, hint, other, not \"" + cell + "\"");
          }
        }
        return fields;
      }

      void rule(List<String> row, int number) {
        String name = row.get(0);
        if (!RULES.contains(name)) {
          throw error(number, "one of the rules " + RULES + ", not \"" + name + "\"");
        }
        if (rules.put(name, row.get(1)) != null) {
          throw error(number, "the rule \"" + name + "\" only once");
        }
        ruleLines.put(name, number);
      }

      void exemption(List<String> row, int number) {
        exemptions.add(new Exemption(row.get(0), row.get(1), row.get(2)));
        exemptionLines.add(number);
      }

      Language build() {
        if (terms.isEmpty()) {
          throw error(line, "a terms table (concept | term | rejected variants | checked in) in section " + tag);
        }
        for (String rule : RULES) {
          if (!rules.containsKey(rule)) {
            throw error(line, "the rule \"" + rule + "\" in the rules table of section " + tag);
          }
        }
        for (int k = 0; k < exemptions.size(); k++) {
          String variant = exemptions.get(k).variant();
          boolean known = terms.stream().flatMap(t -> t.rejected().stream()).anyMatch(v -> v.text().equals(variant));
          if (!known) {
            throw error(exemptionLines.get(k), "a rejected variant of section " + tag + ", not \"" + variant + "\"");
          }
        }
        return new Language(
            tag,
            terms,
            foreignLetters(),
            choice(CJK_PUNCTUATION, "forbidden", "allowed"),
            choice(FRENCH_SPACING, "required", "not required"),
            new LinkedHashSet<>(words(rule(ENGLISH_ALLOWED), ruleLines.getOrDefault(ENGLISH_ALLOWED, line))),
            exemptions);
      }

      private String rule(String name) {
        return rules.getOrDefault(name, "");
      }

      private Set<Integer> foreignLetters() {
        String value = rule(LETTERS);
        int number = ruleLines.getOrDefault(LETTERS, line);
        if (value.startsWith("list ")) {
          String name = value.substring("list ".length()).strip();
          List<Integer> list = characterLists.get(name);
          if (list == null) {
            throw error(number, "a list of the section \"Character lists\", not \"" + name + "\" (known: "
                + characterLists.keySet().stream().collect(Collectors.joining(", ")) + ")");
          }
          return new LinkedHashSet<>(list);
        }
        return new LinkedHashSet<>(letters(value, number));
      }

      /** True for {@code yes}, false for {@code no}, else an error naming both. */
      private boolean choice(String rule, String yes, String no) {
        String value = rule(rule);
        if (value.equals(yes)) {
          return true;
        }
        if (value.equals(no)) {
          return false;
        }
        throw error(ruleLines.getOrDefault(rule, line), "\"" + yes + "\" or \"" + no + "\" for the rule \"" + rule
            + "\", not \"" + value + "\"");
      }
    }
  }
}
