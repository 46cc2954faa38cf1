package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  @Test
  void rfc3261Example_withDuration() {
    RetryAfter r = RetryAfter.parse("18000;duration=3600");
    assertEquals(Duration.ofHours(5), r.delay());
    assertEquals(Optional.of(Duration.ofHours(1)), r.duration());
    assertEquals(Optional.empty(), r.comment());
    assertEquals(List.of(), r.parameters());
    assertEquals("18000;duration=3600", r.toString());
  }

  @Test
  void rfc3261Example_withComment() {
    RetryAfter r = RetryAfter.parse("120 (I'm in a meeting)");
    assertEquals(Duration.ofMinutes(2), r.delay());
    assertEquals(Optional.of("I'm in a meeting"), r.comment());
    assertEquals(Optional.empty(), r.duration());
    assertEquals("120 (I'm in a meeting)", r.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0|0",
    "  120  |120",
    "0120|120",
    "120(x)|120 (x)",
    "120 (  x y  ) ;DURATION = 60|120 (x y);duration=60",
    "120 (a (nested) \\) comment)|120 (a (nested) \\) comment)",
    "120 ()|120 ()",
    "120 (a\\ )|120 (a\\ )",
    "5;duration=0;foo;bar=\"x, y\";baz=host.example:5060|5;duration=0;foo;bar=\"x, y\";baz=host.example:5060",
    "4294967295|4294967295",
    "00000000000000000001|1"
  })
  void parse_normalizesWhitespace_andRoundTrips(String value, String formatted) {
    RetryAfter r = RetryAfter.parse(value);
    assertEquals(formatted, r.toString());
    assertEquals(r, RetryAfter.parse(r.toString()));
  }

  @Test
  void parse_keepsOtherParametersInOrder() {
    RetryAfter r = RetryAfter.parse("5;b=2;a");
    assertEquals(List.of(new GenericParameter("b", Optional.of("2")), new GenericParameter("a", Optional.empty())),
        r.parameters());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "-1|0|expected delta-seconds (RFC 3261 §20.33)",
    "|0|expected delta-seconds (RFC 3261 §20.33)",
    "soon|0|expected delta-seconds (RFC 3261 §20.33)",
    "1.5|1|expected a comment, ';' or the end of the value",
    "120 (unclosed|13|expected ')' to close the comment",
    "120 (x) y|8|expected ';' or the end of the value",
    "120;duration|12|expected '=' and delta-seconds after duration",
    "120;duration=-5|13|expected delta-seconds (RFC 3261 §20.33)",
    "120;duration=1;duration=2|15|expected one duration parameter, found a second",
    "120;a=|6|expected a parameter value (a token, a host or a quoted-string)",
    "120;a=\"x|8|expected '\"' to close the quoted-string",
    "120 (a\\|7|expected a character after '\\'",
    "120 (a\\é)|7|expected an ASCII character after '\\'",
    "120 (a\u0001)|6|expected text without control characters (escape them with '\\')"
  })
  void parse_rejectsMalformedValues_inBothModes_withTheOffset(String value, int offset, String expected) {
    String input = value == null ? "" : value;
    for (ParseMode mode : ParseMode.values()) {
      assertRejected(input, mode, offset, expected);
    }
  }

  /** What the strict mode refuses with the messages it always had, and the tolerant mode accepts. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Retry-After: 120|0|expected delta-seconds (RFC 3261 §20.33)|120",
    "retry-after :120|0|expected delta-seconds (RFC 3261 §20.33)|120",
    "4294967296|0|expected at most 4294967295 seconds|4294967295",
    "99999999999999999999999 (x)|0|expected at most 4294967295 seconds|4294967295 (x)",
    "120;duration=4294967296|13|expected at most 4294967295 seconds|120;duration=4294967295",
    "120;|4|expected a parameter name|120",
    "120;;duration=5|4|expected a parameter name|120;duration=5",
    "120\\r\\n|3|expected no line break (unfold header lines before parsing)|120",
    "1\\n|1|expected no line break (unfold header lines before parsing)|1",
    "120 (a\\r\\n b)|6|expected no line break (unfold header lines before parsing)|120 (a b)",
    "120\\r\\n ;duration=60|3|expected no line break (unfold header lines before parsing)|120;duration=60"
  })
  void parse_tolerates_whatStrictRefuses(String value, int offset, String expected, String tolerated) {
    String input = value.replace("\\r", "\r").replace("\\n", "\n");
    assertRejected(input, ParseMode.STRICT, offset, expected);
    assertEquals(tolerated, RetryAfter.parse(input).toString());
  }

  @Test
  void parse_refusesALineBreakThatIsNotAFold_evenTolerantly() {
    SipParseException e = assertThrows(SipParseException.class, () -> RetryAfter.parse("120\r\n;duration=60"));
    assertEquals(3, e.offset());
    assertTrue(String.valueOf(e.getMessage()).endsWith(
        "expected no line break other than a folded line (a line break, then a space or tab)"), e.getMessage());
  }

  @Test
  void parse_clampsToTheLargestDelay_andSaysSoInTheConstant() {
    assertEquals(Duration.ofSeconds(RetryAfter.MAX_SECONDS), RetryAfter.parse("18446744073709551616").delay());
    assertEquals(4294967295L, RetryAfter.MAX_SECONDS);
  }

  private static void assertRejected(String input, ParseMode mode, int offset, String expected) {
    ParseErrors.assertRejected("Retry-After value", offset, expected, () -> RetryAfter.parse(input, mode));
  }

  @Test
  void parse_rejectsInputLongerThanTheMaximum() {
    String value = "1 (" + "x".repeat(RetryAfter.MAX_LENGTH) + ")";
    for (ParseMode mode : ParseMode.values()) {
      assertRejected(value, mode, RetryAfter.MAX_LENGTH, "expected at most 8192 characters");
    }
  }

  @Test
  void constructor_validatesDurations() {
    assertThrows(IllegalArgumentException.class, () -> RetryAfter.of(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> RetryAfter.of(Duration.ofMillis(1500)));
    assertThrows(IllegalArgumentException.class, () -> RetryAfter.of(Duration.ofSeconds(RetryAfter.MAX_SECONDS + 1)));
    assertEquals("Invalid Retry-After duration: PT-1S (expected whole seconds from 0 to 4294967295)",
        assertThrows(IllegalArgumentException.class, () -> new RetryAfter(Duration.ZERO,
            Optional.of(Duration.ofSeconds(-1)), Optional.empty(), List.of())).getMessage());
    assertEquals("4294967295", RetryAfter.of(Duration.ofSeconds(RetryAfter.MAX_SECONDS)).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a)", "(a", " a", "a ", "a\\", "a\rb"})
  void constructor_rejectsCommentsThatCannotBeWrittenBack(String comment) {
    assertThrows(IllegalArgumentException.class,
        () -> new RetryAfter(Duration.ZERO, Optional.empty(), Optional.of(comment), List.of()));
  }

  @Test
  void constructor_rejectsADurationAmongTheOtherParameters() {
    assertThrows(IllegalArgumentException.class, () -> new RetryAfter(Duration.ZERO, Optional.empty(),
        Optional.empty(), List.of(new GenericParameter("Duration", Optional.of("5")))));
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("value", assertThrows(NullPointerException.class, () -> RetryAfter.parse(null)).getMessage());
    assertEquals("mode", assertThrows(NullPointerException.class, () -> RetryAfter.parse("1", null)).getMessage());
    assertEquals("delay", assertThrows(NullPointerException.class, () -> RetryAfter.of(null)).getMessage());
    assertEquals("parameters", assertThrows(NullPointerException.class,
        () -> new RetryAfter(Duration.ZERO, Optional.empty(), Optional.empty(), null)).getMessage());
  }
}
