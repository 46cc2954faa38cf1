package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The lexer's character classes, over every {@code char}: a token character is exactly one RFC 3261 §25.1 lists
 * ({@code alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~"}), a host character one of those or
 * {@code : [ ]}. The expected sets are spelled out from the grammar here, not computed the way the lexer does.
 */
class CharacterClassTest {

  private static final String ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String TOKEN_MARKS = "-.!%*_+`'~";

  @Test
  void tokenCharacters_areAlphanumAndTheTenMarks() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean expected = ALPHANUM.indexOf(c) >= 0 || TOKEN_MARKS.indexOf(c) >= 0;
      assertEquals(expected, Lexer.isTokenChar((char) c), Integer.toHexString(c));
      assertEquals(expected, Lexer.isToken(String.valueOf((char) c)), "isToken");
    }
  }

  @Test
  void hostCharacters_addColonAndBrackets() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean expected = ALPHANUM.indexOf(c) >= 0 || TOKEN_MARKS.indexOf(c) >= 0 || ":[]".indexOf(c) >= 0;
      assertEquals(expected, Lexer.isHostOrToken(String.valueOf((char) c)), Integer.toHexString(c));
    }
  }
}
