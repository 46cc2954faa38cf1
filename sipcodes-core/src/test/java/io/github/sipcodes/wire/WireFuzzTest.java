package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fuzz tests for every parser, in both modes: any input gives a value or a {@link SipParseException}, never another
 * exception; a list header gives its values and its unparsed parts, never an exception; a parsed value survives a
 * round trip through its text form; the heads read any bytes and answer every accessor.
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
    assertTrue(e.offset() >= 0 && e.offset() <= Math.max(input.length(), Lexer.MAX_LENGTH), e::getMessage);
  }

  /** Parses in each mode: a value that parses reads back equal from its text in that mode. */
  private static <T> void singleValue(String input, Function<ParseMode, Function<String, T>> parser) {
    for (ParseMode mode : ParseMode.values()) {
      T value;
      try {
        value = parser.apply(mode).apply(input);
      } catch (SipParseException e) {
        checkOffset(e, input);
        continue;
      }
      assertEquals(value, parser.apply(mode).apply(value.toString()));
    }
  }

  private static <T> void list(String input, Function<ParseMode, HeaderValues<T>> parser,
      Function<String, HeaderValues<T>> tolerantReparse, Function<List<T>, String> format) {
    for (ParseMode mode : ParseMode.values()) {
      HeaderValues<T> values = parser.apply(mode);
      for (UnparsedValue unparsed : values.unparsed()) {
        assertTrue(unparsed.errorOffset() <= Math.max(input.length(), Lexer.MAX_LENGTH) + 1, unparsed::toString);
      }
      if (!values.values().isEmpty()) {
        assertEquals(values.values(), tolerantReparse.apply(format.apply(values.values())).orElseThrow());
      }
      for (T value : values.values()) {
        assertEquals(List.of(value), tolerantReparse.apply(value.toString()).orElseThrow());
      }
    }
  }

  @FuzzTest(maxDuration = "3s")
  void statusLine(byte[] data) {
    String input = text(data);
    singleValue(input, mode -> line -> StatusLine.parse(line, mode));
    try {
      StatusLine line = StatusLine.parse(input);
      assertEquals(line, StatusLine.parse(line + "\r\n", ParseMode.STRICT));
    } catch (SipParseException e) {
      checkOffset(e, input);
    }
  }

  @FuzzTest(maxDuration = "3s")
  void retryAfter(byte[] data) {
    singleValue(text(data), mode -> value -> RetryAfter.parse(value, mode));
  }

  @FuzzTest(maxDuration = "3s")
  void cseq(byte[] data) {
    singleValue(text(data), mode -> value -> CSeq.parse(value, mode));
  }

  @FuzzTest(maxDuration = "3s")
  void requestLine(byte[] data) {
    singleValue(text(data), mode -> line -> RequestLine.parse(line, mode));
  }

  @FuzzTest(maxDuration = "3s")
  void reason(byte[] data) {
    String input = text(data);
    list(input, mode -> Reason.parseAll(input, mode), Reason::parseAll, Reason::format);
  }

  @FuzzTest(maxDuration = "3s")
  void warning(byte[] data) {
    String input = text(data);
    list(input, mode -> Warning.parseAll(input, mode), Warning::parseAll, Warning::format);
  }

  /** Any bytes: a head or a SipParseException; every accessor answers or says why, the list headers never throw. */
  @FuzzTest(maxDuration = "8s")
  void responseHead(byte[] data) {
    ResponseHead head;
    try {
      head = ResponseHead.parse(data);
    } catch (SipParseException e) {
      return;
    }
    assertEquals(head.statusLine(), ResponseHead.parse(text(data)).statusLine());
    askEverything(head);
  }

  @FuzzTest(maxDuration = "8s")
  void requestHead(byte[] data) {
    MessageHead head;
    try {
      head = MessageHead.parse(data, 0, data.length);
    } catch (SipParseException e) {
      return;
    }
    if (head instanceof RequestHead request) {
      assertEquals(request.requestLine(), RequestLine.parse(request.requestLine().toString()));
    }
    askEverything(head);
  }

  private static void askEverything(MessageHead head) {
    head.reasons();
    head.warnings();
    head.callId();
    head.server();
    head.userAgent();
    head.headers("Contact");
    head.header("x-unknown");
    for (Supplier<?> accessor : List.<Supplier<?>>of(
        head::cseq, head::retryAfter, head::viaBranch, head::fromTag, head::toTag)) {
      try {
        assertNotNull(accessor.get());
      } catch (SipParseException e) {
        assertTrue(e.offset() >= 0, e::getMessage);
      }
    }
  }
}
