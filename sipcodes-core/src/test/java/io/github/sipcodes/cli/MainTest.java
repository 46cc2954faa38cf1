package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.SipResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void codes_areDescribedInOrder() {
    Result result = run("486", "503", "499");
    assertEquals(0, result.status());
    assertEquals("", result.err());
    String out = result.out();
    assertTrue(out.indexOf("486 Busy Here") < out.indexOf("503 Service Unavailable"), out);
    assertTrue(out.contains("499 Unknown Client Failure\n"), out);
    assertTrue(out.contains("no, treated as 400 Bad Request"), out);
    assertTrue(out.contains("try the next server for the destination"), out);
    assertTrue(out.contains("defined in:   RFC 3261 §21.4.24"), out);
  }

  static IntStream allCodes() {
    return IntStream.rangeClosed(100, 699);
  }

  @ParameterizedTest
  @MethodSource("allCodes")
  void everyCode_isDescribedWithItsRetryAndAuthAnswers(int code) {
    SipResponse response = SipResponse.of(code);
    Result result = run(Integer.toString(code));
    assertEquals(0, result.status());
    assertTrue(result.out().startsWith(response + "\n"), result.out());
    assertTrue(result.out().contains("retryable:    " + (response.isRetryable() ? "yes" : "no")));
    assertTrue(result.out().contains("auth-related: " + (response.isAuthRelated() ? "yes" : "no")));
    assertTrue(result.out().contains("next step:    " + Main.advice(response.retryAdvice())));
  }

  @Test
  void oneCode_printsEveryField() {
    assertEquals(
        """
        423 Interval Too Brief
          class:        CLIENT_FAILURE
          registered:   yes
          defined in:   RFC 3261 §21.4.17
          retryable:    no
          auth-related: no
          next step:    retry with the request changed as Min-Expires says
        """,
        run("423").out());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "180 | do not retry",
        "302 | send the request to the addresses in Contact",
        "401 | retry with Authorization answering WWW-Authenticate",
        "420 | retry with the request changed as Unsupported says",
        "486 | retry the same request later (Retry-After says when)",
        "491 | retry after a random pause of 0-4000 ms",
        "503 | try the next server for the destination",
      })
  void adviceText_saysWhatToDo(int code, String text) {
    assertEquals(text, Main.advice(SipResponse.of(code).retryAdvice()));
  }

  @Test
  void adviceText_differsForEveryKindOfAdvice() {
    assertEquals(
        7,
        IntStream.of(100, 300, 401, 420, 486, 491, 503)
            .mapToObj(code -> Main.advice(SipResponse.of(code).retryAdvice()))
            .distinct()
            .count());
    assertEquals("retry after a random pause of 0-4000 ms", Main.advice(SipResponse.of(491).retryAdvice()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"99", "700", "abc", "4860", "", "1e2", "-1x", "48 "})
  void badCode_exitsWith2_namingTheArgument(String arg) {
    Result result = run("486", arg);
    assertEquals(2, result.status());
    assertEquals("", result.out());
    assertTrue(
        result.err().startsWith("sipcodes: invalid status code: " + arg + " (expected a number from 100 to 699)")
            || result.err().startsWith("sipcodes: unknown option: " + arg),
        result.err());
  }

  @Test
  void unknownOption_exitsWith2() {
    Result result = run("--frobnicate");
    assertEquals(2, result.status());
    assertEquals("sipcodes: unknown option: --frobnicate (see --help)\n", result.err());
  }

  @Test
  void noCode_exitsWith2() {
    Result result = run();
    assertEquals(2, result.status());
    assertEquals("sipcodes: no status code given (see --help)\n", result.err());
  }

  @Test
  void help_printsUsage() {
    for (String flag : new String[] {"-h", "--help"}) {
      Result result = run(flag);
      assertEquals(0, result.status());
      assertTrue(result.out().startsWith("Usage: sipcodes [options] CODE..."), result.out());
    }
  }

  @Test
  void version_printsTheVersion() {
    Result result = run("--version");
    assertEquals(0, result.status());
    assertEquals("sipcodes " + Main.version() + "\n", result.out());
    // Tests run from target/classes, which has no manifest; the jar's manifest carries the real version.
    assertEquals("(development build)", Main.version());
    assertTrue(run("-V").out().startsWith("sipcodes "));
  }
}
