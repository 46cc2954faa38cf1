package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each situation's one spelling: its key, the lookup from the key, and the bundles' use of it. */
class SituationTest {

  @ParameterizedTest
  @CsvSource({"OUTGOING_CALL, outgoing", "INCOMING_CALL, incoming", "REGISTRATION, registration"})
  void key_isTheOneSpelling_andReadsBack(Situation situation, String key) {
    assertEquals(key, situation.key());
    assertEquals(Optional.of(situation), Situation.findByKey(key));
    // The bundles hold texts under this spelling.
    assertTrue(ExplanationBundleTest.english().keySet().stream().anyMatch(k -> k.matches("code\\.\\d{3}\\." + key
        + "\\.summary")), () -> "no English text for " + key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"register", "Registration", "REGISTRATION", "registration ", "outgoing_call", "", "in"})
  void findByKey_findsNothingElse(String key) {
    assertEquals(Optional.empty(), Situation.findByKey(key));
  }

  @Test
  void findByKey_rejectsNull_namingTheParameter() {
    assertEquals("key", assertThrows(NullPointerException.class, () -> Situation.findByKey(nullKey())).getMessage());
  }

  @SuppressWarnings("NullAway") // deliberately passes null to check the guard
  private static String nullKey() {
    return null;
  }
}
