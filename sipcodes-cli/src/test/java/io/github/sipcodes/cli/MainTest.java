package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.SipResponse;
import io.github.sipcodes.cli.source.InputFormat;
import io.github.sipcodes.cli.source.ReadSummary;
import io.github.sipcodes.cli.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MainTest {

  static IntStream allCodes() {
    return IntStream.rangeClosed(100, 699);
  }

  record Result(int status, String out, String err) {}

  static Result run(String... args) {
    return runWithInput(new ByteArrayInputStream(new byte[0]), args);
  }

  static Result runWithInput(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            in,
            new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, unixLines(out), unixLines(err));
  }

  /** The text written, with the system's line separator (CRLF on Windows) as LF, as the expectations write it. */
  private static String unixLines(ByteArrayOutputStream written) {
    return written.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  static Path example() {
    return TestFiles.example();
  }

  static Result error(String... args) {
    Result result = run(args);
    assertEquals(2, result.status());
    assertEquals("", result.out());
    return result;
  }

  @Test
  void codes_areDescribedInOrder_separatedByAnEmptyLine() {
    Result result = run("--lang", "en", "486", "503", "499");
    assertEquals(0, result.status());
    assertEquals("", result.err());
    String out = result.out();
    assertTrue(out.startsWith("486 Busy Here\n"), out);
    assertTrue(out.contains("\n\n503 Service Unavailable\n"), out);
    assertTrue(out.contains("\n\n499 Unknown Client Failure\n"), out);
    assertTrue(out.contains("  next step:    try the next server for the destination\n"), out);
    assertTrue(out.endsWith("\n    - Standard clients handle it like 400 Bad Request; the reason phrase or a Warning "
        + "header may tell more.\n"), out);
    assertEquals(
        CodeReport.of(SipResponse.of(486), Locale.ENGLISH, null).text() + "\n"
            + CodeReport.of(SipResponse.of(503), Locale.ENGLISH, null).text() + "\n"
            + CodeReport.of(SipResponse.of(499), Locale.ENGLISH, null).text(),
        out);
  }

  @ParameterizedTest
  @MethodSource("allCodes")
  void everyCode_isDescribed(int code) {
    SipResponse response = SipResponse.of(code);
    Result result = run(Integer.toString(code));
    assertEquals(0, result.status());
    assertEquals(CodeReport.of(response, Locale.getDefault(), null).text(), result.out());
  }

  @Test
  void lang_translatesTheExplanation() {
    Result result = run("--lang", "de", "486");
    assertEquals(CodeReport.of(SipResponse.of(486), Locale.GERMAN, null).text(), result.out());
    assertTrue(result.out().contains("  summary:      Besetzt\n"), result.out());
  }

  @Test
  void situation_picksTheTextForIt() {
    Result result = run("--situation", "registration", "401");
    assertTrue(result.out().contains("  summary:      Credentials requested\n"), result.out());
  }

  @Test
  void json_writesOneParsableLinePerCode() {
    Result result = run("--json", "--lang", "ja", "486", "503", "499");
    assertEquals(0, result.status());
    List<String> lines = result.out().lines().toList();
    assertEquals(3, lines.size());
    for (int i = 0; i < 3; i++) {
      Map<?, ?> json = MiniJson.object(lines.get(i));
      assertEquals((long) List.of(486, 503, 499).get(i), json.get("code"));
      assertEquals("ja", json.get("locale"));
    }
    assertEquals(CodeReport.of(SipResponse.of(486), Locale.JAPANESE, null).json() + "\n", run("--json", "--lang=ja",
        "486").out());
  }

  @Test
  void help_printsUsage() {
    for (String flag : new String[] {"-h", "--help"}) {
      Result result = run(flag);
      assertEquals(0, result.status());
      assertEquals(Main.usage(), result.out());
    }
    for (String option : new String[] {"--lang", "--situation", "--json", "--trace", "--version"}) {
      assertTrue(Main.usage().contains(option), option);
    }
  }

  @Test
  void version_printsTheVersion() {
    Result result = run("--version");
    assertEquals(0, result.status());
    assertEquals("sipcodes " + Main.version() + "\n", result.out());
    // Tests run from target/classes, which has no manifest; the jar's manifest carries the real version.
    assertEquals("(development build)", Main.version());
    assertEquals(result, run("-V"));
  }

  @Test
  void badArguments_exitWith2_andAMessageNamingThem() {
    assertEquals("sipcodes: unknown option: --frobnicate (see --help)\n", error("--frobnicate").err());
    assertEquals("sipcodes: invalid status code: 700 (expected a number from 100 to 699)\n", error("486", "700").err());
    assertEquals("sipcodes: no status code given (see --help)\n", error().err());
    assertEquals(
        "sipcodes: missing value for --lang (expected a language tag such as en, de or pt-BR)\n",
        error("486", "--lang").err());
    assertEquals(
        "sipcodes: missing value for --situation (expected outgoing, incoming or registration)\n",
        error("486", "--situation").err());
    assertEquals(
        "sipcodes: missing value for --trace (expected a file name, or - for standard input)\n",
        error("--trace").err());
    assertEquals(
        "sipcodes: invalid language tag: de_ch! (expected a language tag such as en, de or pt-BR)\n",
        error("--lang", "de_ch!", "486").err());
    assertEquals(
        "sipcodes: unknown situation: outbound (expected outgoing, incoming or registration)\n",
        error("--situation", "outbound", "486").err());
  }

  @Test
  void missingTraceFile_exitsWith2() {
    assertEquals(
        "sipcodes: cannot read trace file: no-such-trace.txt (no such file)\n",
        error("--trace", "no-such-trace.txt").err());
    // After the name comes the JDK's own reason, which each system words differently ("Nul character not allowed"
    // on Linux and macOS, "Illegal char" on Windows): the test asks the JDK for it.
    String why = assertThrows(InvalidPathException.class, () -> Path.of("bad\u0000name")).getMessage();
    assertEquals(
        "sipcodes: cannot read trace file: bad\u0000name (" + why + ")\n", error("--trace", "bad\u0000name").err());
  }

  @Test
  void directoryAsTrace_exitsWith2(@TempDir Path directory) {
    Result result = run("--trace", directory.toString());
    assertEquals(2, result.status());
    // "Is a directory" on Linux and macOS, an access-denied message on Windows: the JDK's reason, whatever it is.
    String why =
        assertThrows(
                IOException.class,
                () -> {
                  try (InputStream in = Files.newInputStream(directory)) {
                    in.read();
                  }
                })
            .getMessage();
    assertEquals("sipcodes: cannot read trace file: " + directory + " (" + why + ")\n", result.err());
  }

  @Test
  void failingStandardInput_exitsWith2() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device gone");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("device gone");
          }
        };
    Result result = runWithInput(failing, "--trace", "-");
    assertEquals(2, result.status());
    assertEquals("sipcodes: cannot read trace file: - (device gone)\n", result.err());
  }

  @Test
  void trace_fromStandardInput() {
    String trace = "SIP/2.0 486 Busy Here\r\nRetry-After: 60\r\nRetry-After: 90\r\n\r\n";
    Result result =
        runWithInput(new ByteArrayInputStream(trace.getBytes(StandardCharsets.UTF_8)), "--trace", "-", "--lang", "en");
    assertEquals(0, result.status());
    assertEquals(
        """
        line 1: SIP/2.0 486 Busy Here
          class:        client failure (4xx)
          retryable:    yes, unchanged
          auth-related: no
          meaning:      Busy
          Retry-After:  60
          Retry-After:  90
          next step:    the called party may be reachable later: a person or the dialer's policy decides when to call again, not before 60 s (no automatic redial)

        Summary: 1 response, 0 requests skipped
          by code:
                 1  486 Busy Here
          by class:
                 1  client failure (4xx)
        """,
        result.out());
  }

  @Test
  void trace_ofTheExample_isAsTheReadmeShowsIt() {
    Result result = run("--trace", example().toString());
    assertEquals(0, result.status());
    assertEquals("", result.err());
    assertEquals(EXAMPLE_OUTPUT, result.out());
  }

  static final String EXAMPLE_OUTPUT =
      """
      line 22: SIP/2.0 407 Proxy Authentication Required
        class:        client failure (4xx)
        retryable:    only changed, see next step
        auth-related: yes
        meaning:      Proxy authentication required
        next step:    send the request again with Proxy-Authorization answering Proxy-Authenticate

      line 42: SIP/2.0 100 Trying
        class:        provisional (1xx)
        retryable:    no
        auth-related: no
        meaning:      Trying
        next step:    wait for the final response

      line 49: SIP/2.0 486 Busy Here
        class:        client failure (4xx)
        retryable:    yes, unchanged
        auth-related: no
        meaning:      Busy
        Retry-After:  300 (in a meeting)
        Reason:       Q.850;cause=17;text="User busy" = Q.850 cause 17 User busy
        next step:    the called party may be reachable later: a person or the dialer's policy decides when to call again, not before 300 s (no automatic redial)

      line 69: SIP/2.0 503 Service Unavailable
        class:        server failure (5xx)
        retryable:    yes, unchanged
        auth-related: no
        meaning:      Service unavailable
        Retry-After:  30
        Reason:       Q.850;cause=34;text="No circuit/channel available" = Q.850 cause 34 No circuit/channel available
        Warning:      399 sbc.example.net "Trunk group full" = 399 Miscellaneous warning
        next step:    try the next server for the destination; this server again after 30 s

      line 81: SIP/2.0 480 Temporarily Unavailable
        class:        client failure (4xx)
        retryable:    yes, unchanged
        auth-related: no
        meaning:      Temporarily unavailable
        Retry-After:  unparsable: soon (Invalid Retry-After value "soon" at offset 0: expected delta-seconds (RFC 3261 §20.33))
        Warning:      399 "No agent logged in" = 399 Miscellaneous warning
        next step:    the called party may be reachable later: a person or the dialer's policy decides when to call again (no automatic redial)

      Summary: 5 responses, 3 requests skipped
        by code:
               1  100 Trying
               1  407 Proxy Authentication Required
               1  480 Temporarily Unavailable
               1  486 Busy Here
               1  503 Service Unavailable
        by class:
               1  provisional (1xx)
               3  client failure (4xx)
               1  server failure (5xx)
      """;

  @Test
  void trace_showsUnparsableValues_andWhatTheOthersMean() throws IOException {
    Result result = run("--trace", "src/test/resources/io/github/sipcodes/cli/source/raw.txt");
    assertEquals(0, result.status());
    assertEquals(RAW_OUTPUT, result.out());
  }

  static final String RAW_OUTPUT =
      """
      line 7: SIP/2.0 401 Unauthorized
        class:        client failure (4xx)
        retryable:    only changed, see next step
        auth-related: yes
        meaning:      Authentication required
        next step:    send the request again with Authorization answering WWW-Authenticate

      line 20: SIP/2.0 200 OK
        class:        success (2xx)
        retryable:    no
        auth-related: no
        meaning:      OK
        next step:    done: the request succeeded

      line 24: not a valid status line: Invalid SIP status line "SIP/2.0 99 Too Low" at offset 8: expected a three-digit status code (RFC 3261 §7.2)

      line 27: SIP/2.0 499 Custom Failure
        code:         499 Unknown Client Failure, treated as 400 Bad Request
        class:        client failure (4xx)
        retryable:    no
        auth-related: no
        meaning:      Request failed
        Retry-After:  120;duration=60
        Reason:       SIP;cause=499;text="custom" = SIP 499 Unknown Client Failure
        Warning:      399 gw.example.com "first" = 399 Miscellaneous warning
        Warning:      301 gw.example.com "second" = 301 Incompatible network address formats
        Warning:      123 gw.example.com "unregistered" = unregistered warn-code
        Reason:       unparsable: "Q.850;cause=" at offset 12: expected a cause number
        next step:    do not retry

      line 33: SIP/2.0 503 Service Unavailable
        class:        server failure (5xx)
        retryable:    yes, unchanged
        auth-related: no
        meaning:      Service unavailable
        Retry-After:  45
        next step:    try the next server for the destination; this server again after 45 s

      Summary: 4 responses, 2 requests skipped, 1 invalid status line
        by code:
               1  200 OK
               1  401 Unauthorized
               1  499 Unknown Client Failure
               1  503 Service Unavailable
        by class:
               1  success (2xx)
               2  client failure (4xx)
               1  server failure (5xx)
      """;

  @Test
  void trace_inAnotherLanguage_andSituation() {
    String trace = "SIP/2.0 401 Unauthorized\n";
    Result result =
        runWithInput(
            new ByteArrayInputStream(trace.getBytes(StandardCharsets.UTF_8)),
            "--trace=-",
            "--lang=de",
            "--situation=registration");
    String summary = SipResponse.of(401).explain(Locale.GERMAN, io.github.sipcodes.Situation.REGISTRATION).summary();
    assertTrue(result.out().contains("  meaning:      " + summary + "\n"), result.out());
  }

  @Test
  void trace_withoutResponses_saysSo() {
    Result result = runWithInput(new ByteArrayInputStream("INVITE sip:a SIP/2.0\n".getBytes(StandardCharsets.UTF_8)),
        "--trace", "-");
    assertEquals("Summary: 0 responses, 1 request skipped\n", result.out());
  }

  @Test
  void trace_countsPerCodeAndPerClass_inOrder() {
    StringBuilder trace = new StringBuilder();
    for (int code : new int[] {603, 180, 100, 486, 180, 200, 486, 302, 500, 180, 699}) {
      trace.append("SIP/2.0 ").append(code).append(" x\n");
    }
    trace.append("SIP/2.0 7 x\nSIP/2.0 000 x\n");
    Result result = runWithInput(new ByteArrayInputStream(trace.toString().getBytes(StandardCharsets.UTF_8)),
        "--trace", "-");
    String out = result.out();
    assertEquals(
        """
        Summary: 11 responses, 0 requests skipped, 2 invalid status lines
          by code:
                 1  100 Trying
                 3  180 Ringing
                 1  200 OK
                 1  302 Moved Temporarily
                 2  486 Busy Here
                 1  500 Server Internal Error
                 1  603 Decline
                 1  699 Unknown Global Failure
          by class:
                 4  provisional (1xx)
                 1  success (2xx)
                 1  redirection (3xx)
                 2  client failure (4xx)
                 1  server failure (5xx)
                 2  global failure (6xx)
        """,
        out.substring(out.indexOf("Summary:")));
    assertTrue(out.contains("line 12: not a valid status line: Invalid SIP status line \"SIP/2.0 7 x\""), out);
    assertTrue(out.contains("line 2: SIP/2.0 180 x\n  code:         180 Ringing\n"), out);
    assertTrue(out.contains("line 11: SIP/2.0 699 x\n  code:         699 Unknown Global Failure, treated as "
        + "600 Busy Everywhere\n"), out);
  }

  @Test
  void trace_countsAboveOneMillion_stayAligned() {
    TraceReport report = new TraceReport(new PrintStream(new ByteArrayOutputStream()), Locale.ENGLISH, null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TraceReport counting = new TraceReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), Locale.ENGLISH, null);
    TracedResponse busy =
        new TracedResponse("line 1", io.github.sipcodes.wire.StatusLine.of(SipResponse.of(486)), List.of(), 0);
    bytes.reset();
    for (int i = 0; i < 1_234_567; i++) {
      counting.request();
    }
    counting.response(busy);
    bytes.reset();
    ReadSummary text = new ReadSummary(InputFormat.TEXT, false, 0, 1_234_568, 0, Map.of(), OptionalLong.empty());
    java.util.ResourceBundle messages = java.util.ResourceBundle.getBundle(Main.MESSAGES);
    counting.printSummary(text, messages);
    report.printSummary(text, messages);
    assertEquals(
        """
        Summary: 1 response, 1234567 requests skipped
          by code:
                 1  486 Busy Here
          by class:
                 1  client failure (4xx)
        """,
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void trace_saysWhenHeaderLinesWereLeftOut() {
    StringBuilder trace = new StringBuilder("SIP/2.0 503 Service Unavailable\n");
    for (int i = 0; i < TraceFeed.MAX_HEADERS + 2; i++) {
      trace.append("Warning: 399 a \"").append(i).append("\"\n");
    }
    Result result = runWithInput(new ByteArrayInputStream(trace.toString().getBytes(StandardCharsets.UTF_8)),
        "--trace", "-");
    assertTrue(result.out().contains("\n  (2 more Retry-After, Reason or Warning lines not shown)\n"), result.out());
  }
}
