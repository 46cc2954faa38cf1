package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RfcReferenceTest {

  @Test
  void withSection_printsAndLinksTheSection() {
    RfcReference ref = new RfcReference(3261, "8.1.3.2");
    assertTrue(ref.hasSection());
    assertEquals("RFC 3261 §8.1.3.2", ref.toString());
    assertEquals("https://www.rfc-editor.org/rfc/rfc3261#section-8.1.3.2", ref.uri().toString());
  }

  @Test
  void rfc3261_isTheSipCoreSpecification() {
    assertEquals(new RfcReference(3261, "21.4"), RfcReference.rfc3261("21.4"));
    assertEquals(RfcReference.rfc3261("21.4"), ResponseClass.CLIENT_FAILURE.specification());
  }

  @Test
  void withoutSection_printsAndLinksTheRfc() {
    RfcReference ref = new RfcReference(8688, "");
    assertFalse(ref.hasSection());
    assertEquals("RFC 8688", ref.toString());
    assertEquals("https://www.rfc-editor.org/rfc/rfc8688", ref.uri().toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsNonPositiveNumbers(int number) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RfcReference(number, ""));
    assertEquals("Invalid RFC number: " + number + " (expected a positive number)", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "21.", ".4", "21..4", "a.1", "§21.4", "21.4 "})
  void rejectsMalformedSections(String section) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new RfcReference(3261, section));
    assertTrue(String.valueOf(e.getMessage()).contains("\"" + section + "\""), e.getMessage());
  }

  @Test
  void rejectsNullSection() {
    assertThrows(NullPointerException.class, () -> new RfcReference(3261, nullString()));
  }

  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  private static String nullString() {
    return null;
  }
}
