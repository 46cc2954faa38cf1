package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WarningCodeTest {

  /** The IANA warn-codes registry, kept by hand: code, text, RFC. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "300|Incompatible network protocol|3261", "301|Incompatible network address formats|3261",
    "302|Incompatible transport protocol|3261", "303|Incompatible bandwidth units|3261",
    "304|Media type not available|3261", "305|Incompatible media format|3261", "306|Attribute not understood|3261",
    "307|Session description parameter not understood|3261", "308|Incompatible language specification|8373",
    "330|Multicast not available|3261", "331|Unicast not available|3261", "370|Insufficient bandwidth|3261",
    "380|SIPS Not Allowed|5630", "381|SIPS Required|5630", "399|Miscellaneous warning|3261"
  })
  void registry_matchesIana(int code, String text, int rfc) {
    WarningCode warningCode = WarningCode.find(code).orElseThrow();
    assertEquals(code, warningCode.code());
    assertEquals(text, warningCode.text());
    assertEquals(rfc, warningCode.specification().number());
    assertEquals(code + " " + text, warningCode.toString());
  }

  @Test
  void registry_hasFifteenCodes_andRfc3261CodesCiteSection20_43() {
    assertEquals(15, WarningCode.values().length);
    for (WarningCode code : WarningCode.values()) {
      if (code.specification().number() == 3261) {
        assertEquals(new RfcReference(3261, "20.43"), code.specification());
      }
    }
  }

  static IntStream otherNumbers() {
    return IntStream.of(-1, 0, 299, 309, 329, 332, 369, 371, 379, 382, 398, 400, 999, 1000, Integer.MAX_VALUE);
  }

  @ParameterizedTest
  @MethodSource("otherNumbers")
  void find_isEmptyForUnregisteredNumbers(int code) {
    assertEquals(Optional.empty(), WarningCode.find(code));
  }

  /** Every three-digit number, and the numbers around the range. */
  static IntStream everyNumberAroundTheRange() {
    return IntStream.concat(IntStream.rangeClosed(-1, 1000), IntStream.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  /** RFC 3261 §25.1: warn-code = 3DIGIT, so 000 to 999 and nothing else; written with its leading zeros. */
  @ParameterizedTest
  @MethodSource("everyNumberAroundTheRange")
  void range_andThreeDigits_areDefinedForExactly000To999(int code) {
    boolean threeDigits = code >= 0 && code <= 999;
    assertEquals(threeDigits, WarningCode.isValidCode(code));
    if (threeDigits) {
      assertEquals(code, WarningCode.checkCode(code));
      assertEquals(String.format(java.util.Locale.ROOT, "%03d", code), WarningCode.toThreeDigits(code));
    } else {
      String message = "Invalid warn-code: " + code + " (expected three digits, 000-999)";
      assertEquals(message,
          assertThrows(IllegalArgumentException.class, () -> WarningCode.checkCode(code)).getMessage());
      assertEquals(message,
          assertThrows(IllegalArgumentException.class, () -> WarningCode.toThreeDigits(code)).getMessage());
    }
  }

  @Test
  void threeDigits_handPicked() {
    assertEquals("000", WarningCode.toThreeDigits(0));
    assertEquals("007", WarningCode.toThreeDigits(7));
    assertEquals("042", WarningCode.toThreeDigits(42));
    assertEquals("100", WarningCode.toThreeDigits(100));
    assertEquals("999", WarningCode.toThreeDigits(999));
    assertTrue(WarningCode.isValidCode(WarningCode.MIN_CODE));
    assertTrue(WarningCode.isValidCode(WarningCode.MAX_CODE));
    assertFalse(WarningCode.isValidCode(WarningCode.MAX_CODE + 1));
  }
}
