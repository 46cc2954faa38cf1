package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests for every parser: any input gives a value or a {@link SipParseException}, never another exception, and a
 * parsed value survives a round trip through its text form.
 *
 * <p>Plain {@code mvn verify} runs each method once per file under
 * {@code src/test/resources/io/github/sipcodes/wire/WireFuzzTestInputs/<method>/} (the regression inputs). With the
 * environment variable {@code JAZZER_FUZZ=1}, Jazzer fuzzes one method for its {@code maxDuration}; run one method per
 * Maven call, for example {@code -Dtest=WireFuzzTest#reason}. Inputs that fail are written to the same directory.
 */
class WireFuzzTest {

  private static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  private static void checkOffset(SipParseException e, String input) {
    assertTrue(e.offset() >= 0 && e.offset() <= input.length(), e::getMessage);
  }

  @FuzzTest(maxDuration = "20s")
  void statusLine(byte[] data) {
    String input = text(data);
    StatusLine line;
    try {
      line = StatusLine.parse(input);
    } catch (SipParseException e) {
      checkOffset(e, input);
      return;
    }
    assertEquals(line, StatusLine.parse(line.toString()));
    assertEquals(line, StatusLine.parse(line + "\r\n"));
  }

  @FuzzTest(maxDuration = "20s")
  void retryAfter(byte[] data) {
    String input = text(data);
    RetryAfter value;
    try {
      value = RetryAfter.parse(input);
    } catch (SipParseException e) {
      checkOffset(e, input);
      return;
    }
    assertEquals(value, RetryAfter.parse(value.toString()));
  }

  @FuzzTest(maxDuration = "20s")
  void reason(byte[] data) {
    String input = text(data);
    List<Reason> values;
    try {
      values = Reason.parseAll(input);
    } catch (SipParseException e) {
      checkOffset(e, input);
      return;
    }
    assertEquals(values, Reason.parseAll(Reason.format(values)));
    for (Reason value : values) {
      assertEquals(List.of(value), Reason.parseAll(value.toString()));
    }
  }

  @FuzzTest(maxDuration = "20s")
  void warning(byte[] data) {
    String input = text(data);
    List<Warning> values;
    try {
      values = Warning.parseAll(input);
    } catch (SipParseException e) {
      checkOffset(e, input);
      return;
    }
    assertEquals(values, Warning.parseAll(Warning.format(values)));
    for (Warning value : values) {
      assertEquals(List.of(value), Warning.parseAll(value.toString()));
    }
  }
}
