package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseSelectionTest {

  private static List<SipResponse> responses(String codes) {
    List<SipResponse> list = new ArrayList<>();
    java.util.Scanner scanner = new java.util.Scanner(codes);
    while (scanner.hasNextInt()) {
      list.add(SipResponse.of(scanner.nextInt()));
    }
    return list;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'503 407 501 404', 407",     // RFC 3261 §16.7 step 6, the RFC's own example
    "'486 603', 603",             // a 6xx wins over a lower class
    "'404 600 302', 600",
    "'606 603 604', 603",         // lowest 6xx
    "'302 404 500', 302",         // lowest class
    "'404 410', 404",             // lowest code within the class
    "'404 403', 403",
    "'486 404 480', 486",         // the callee was reached: busy first (issue 9)
    "'404 480', 480",             // then temporarily unavailable, before a 404
    "'480 486', 486",
    "'486 401', 401",             // the RFC's preferred codes come first
    "'480 484 404', 484",
    "'486 484 404', 484",         // a preferred 4xx
    "'404 420 415', 415",
    "'407 401', 401",             // preference order 401, 407, 415, 420, 484
    "'503', 500",                 // a lone 503 becomes 500
    "'503 503', 500",
    "'503 502', 502",             // another 5xx is preferred to 503
    "'503 504 500', 500",
    "'503 486', 486",
    "'180 183', 408",             // provisional only: no final response
    "'', 408",                    // nothing at all
    "'180 486', 486",             // provisional ignored
    "'603 200 486', 200",         // a 2xx was forwarded at once
    "'202 200', 200",
    "'499 498', 498",             // unregistered codes by code
    "'599 503', 599"
  })
  void best_followsRfc3261Section16_7Step6(String codes, int expected) {
    List<SipResponse> list = responses(codes);
    assertEquals(expected, ResponseSelection.best(list).code());
  }

  @Test
  void best_doesNotDependOnOrder() {
    List<SipResponse> list = responses("503 407 501 404 486 484 302 600 180");
    Random random = new Random(42);
    int expected = ResponseSelection.best(list).code();
    for (int i = 0; i < 50; i++) {
      Collections.shuffle(list, random);
      assertEquals(expected, ResponseSelection.best(list).code());
    }
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  void best_rejectsNulls() {
    assertEquals("responses", assertThrows(NullPointerException.class, () -> ResponseSelection.best(null)).getMessage());
    List<SipResponse> withNull = Arrays.asList(SipStatus.OK, null);
    assertEquals("responses contains null",
        assertThrows(NullPointerException.class, () -> ResponseSelection.best(withNull)).getMessage());
  }
}
