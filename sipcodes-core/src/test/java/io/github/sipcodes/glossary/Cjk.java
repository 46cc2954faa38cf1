package io.github.sipcodes.glossary;

/** Which characters are Chinese, Japanese or Korean script or punctuation. */
final class Cjk {

  private Cjk() {}

  /**
   * Returns whether a code point is written in Han, Hiragana, Katakana or Hangul, or is CJK or full-width
   * punctuation.
   *
   * @param codePoint the code point
   * @return true for a CJK character
   */
  static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION.equals(block)
        || Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS.equals(block);
  }

  /**
   * Returns whether a code point is part of a word written with spaces between words: a letter, digit or combining
   * mark that is not CJK. Next to a CJK character, a Latin word has a boundary even without a space.
   *
   * @param codePoint the code point
   * @return true for a letter, digit or mark of a script that separates words
   */
  static boolean isSpacedWordChar(int codePoint) {
    return (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK)
        && !isCjk(codePoint);
  }
}
