package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.RfcReference;
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
}
