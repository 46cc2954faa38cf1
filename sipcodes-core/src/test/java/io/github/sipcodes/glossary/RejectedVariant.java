package io.github.sipcodes.glossary;

import java.util.Optional;

/**
 * A word or phrase the glossary rejects for a concept, as written in a terms table, and how it is found in a text.
 *
 * <ul>
 *   <li>Case does not matter, unless the variant is written in capitals ({@code DND}, {@code REGISTER}, at least two
 *       letters and none in lower case): then only capitals match.
 *   <li>It matches whole words: an edge of the variant that is a letter or digit must not touch another letter or
 *       digit in the text. A CJK character is a boundary, and a variant's CJK edge needs none.
 *   <li>A trailing {@code *} matches any ending of the last word: {@code login*} finds "login" and "logins".
 * </ul>
 *
 * @param text the variant as written in the glossary
 */
public record RejectedVariant(String text) {

  /**
   * Checks the variant.
   *
   * @throws IllegalArgumentException if it is blank, or has a {@code *} other than one at the end
   */
  public RejectedVariant {
    String core = text.endsWith("*") ? text.substring(0, text.length() - 1) : text;
    if (core.isBlank() || !core.strip().equals(core) || core.contains("*")) {
      throw new IllegalArgumentException(
          "Invalid rejected variant: \"" + text + "\" (expected a word or phrase, optionally ending in *)");
    }
  }

  /**
   * Returns the first occurrence of this variant in a text, as the text writes it (with the ending a {@code *}
   * matched).
   *
   * @param value the text to search
   * @return the occurrence, or empty
   */
  public Optional<String> findIn(String value) {
    boolean stem = text.endsWith("*");
    String core = stem ? text.substring(0, text.length() - 1) : text;
    boolean ignoreCase = !isCapitals(core);
    boolean boundaryBefore = Cjk.isSpacedWordChar(core.codePointAt(0));
    boolean boundaryAfter = Cjk.isSpacedWordChar(core.codePointBefore(core.length()));
    for (int start = 0; start + core.length() <= value.length(); start++) {
      if (!value.regionMatches(ignoreCase, start, core, 0, core.length())) {
        continue;
      }
      if (boundaryBefore && start > 0 && Cjk.isSpacedWordChar(value.codePointBefore(start))) {
        continue;
      }
      int end = start + core.length();
      if (stem) {
        while (end < value.length() && Cjk.isSpacedWordChar(value.codePointAt(end))) {
          end += Character.charCount(value.codePointAt(end));
        }
      } else if (boundaryAfter && end < value.length() && Cjk.isSpacedWordChar(value.codePointAt(end))) {
        continue;
      }
      return Optional.of(value.substring(start, end));
    }
    return Optional.empty();
  }

  /** At least two letters, none of them lower case: an acronym or a SIP method name. */
  private static boolean isCapitals(String core) {
    long letters = core.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && core.codePoints().noneMatch(Character::isLowerCase);
  }

  @Override
  public String toString() {
    return text;
  }
}
