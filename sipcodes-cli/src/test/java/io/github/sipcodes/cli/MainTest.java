package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.cli.testing.BusyText;
import io.github.sipcodes.cli.testing.MiniJson;
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
import java.util.Map;
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

  /** A reviewed golden file of the test resources, {@code golden/NAME}. */
  static String golden(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/io/github/sipcodes/cli/golden", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Result runText(String text, String... args) {
    return runWithInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), args);
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
    assertTrue(out.contains("  next step:      try the next server for the destination\n"), out);
    assertTrue(out.endsWith("\n    - Standard clients handle it like 400 Bad Request; the reason phrase or a Warning "
        + "header may tell more.\n"), out);
    assertEquals(3, out.split("\n\n", -1).length);
  }

  /** Every code: its status line first, its class, and the next step as the advice token says. */
  @ParameterizedTest
  @MethodSource("allCodes")
  void everyCode_isDescribed(int code) {
    Result result = run("--lang", "en", Integer.toString(code));
    assertEquals(0, result.status());
    assertTrue(result.out().startsWith(code + " "), result.out());
    String[] classes = {"provisional (1xx)", "success (2xx)", "redirection (3xx)", "client failure (4xx)",
        "server failure (5xx)", "global failure (6xx)"};
    assertTrue(result.out().contains("\n  class:          " + classes[code / 100 - 1] + "\n"), result.out());
  }

  @Test
  void lang_translatesTheExplanation() {
    Result result = run("--lang", "de", "486");
    // messages_de.properties: label.summary=Titel; the value column is aligned after the longest German label.
    assertTrue(result.out().lines().anyMatch(line -> line.matches("  Titel: +Besetzt")), result.out());
    assertEquals("", result.err());
  }

  @Test
  void anUnknownLanguage_saysWhichLanguageServes() {
    Result result = run("--lang", "xx", "486");
    assertEquals(0, result.status());
    assertEquals("sipcodes: warning: there are no texts in xx; the texts are in en\n", result.err());
    assertTrue(result.out().startsWith("486 Busy Here\n  class:          client failure (4xx)\n"), result.out());
  }

  @Test
  void situation_picksTheTextForIt_inAnyCase() {
    Result result = run("--situation", "REGISTRATION", "401");
    assertTrue(result.out().contains("  summary:        Credentials requested\n"), result.out());
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
    assertEquals("TRY_ALTERNATE_SERVER", MiniJson.object(lines.get(1)).get("advice"));
  }

  @Test
  void help_printsUsage() {
    for (String flag : new String[] {"-h", "--help"}) {
      Result result = run(flag);
      assertEquals(0, result.status());
      assertTrue(result.out().startsWith("Usage: sipcodes [options] CODE...\n"), result.out());
      for (String option : new String[] {"--lang", "--situation", "--json", "--trace", "--local", "--summary",
          "--version", "-- "}) {
        assertTrue(result.out().contains(option), option);
      }
    }
  }

  @Test
  void version_printsTheVersion() {
    Result result = run("--version");
    assertEquals(0, result.status());
    // Tests run from target/classes, which has no manifest; the jar's manifest carries the real version.
    assertEquals("sipcodes (development build)\n", result.out());
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
        "sipcodes: invalid language tag: de_ch! (expected a language tag such as en, de or pt-BR)\n",
        error("--lang", "de_ch!", "486").err());
    assertEquals("sipcodes: option given twice: --lang (give it once)\n", error("--lang", "en", "--lang", "fr").err());
    assertEquals("sipcodes: option given twice: --trace (give it once)\n", error("--trace", "a", "--trace", "b").err());
  }

  @Test
  void doubleDash_endsTheOptions() {
    Result result = run("--lang", "en", "--", "486");
    assertEquals(0, result.status());
    assertTrue(result.out().startsWith("486 Busy Here\n"), result.out());
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
    String trace = String.join("\r\n", "SIP/2.0 486 Busy Here", "Call-ID: c1", "CSeq: 7 INVITE", "Retry-After: 60",
        "Retry-After: 90", "", "");
    Result result = runText(trace, "--trace", "-", "--lang", "en");
    assertEquals(0, result.status());
    assertEquals(
        """
        Responses to INVITE are explained for calls in either direction; --local with the address of your phone \
        system or phone explains them as incoming or outgoing calls.

        call c1

        line 1
          response:       SIP/2.0 486 Busy Here
          request:        7 INVITE
          situation:      call, direction not known (see --local)
          class:          client failure (4xx)
          retryable:      yes, unchanged
          authentication: no
          call outcome:   Busy
          Retry-After:    60
          Retry-After:    90
          next step:      the called phone may be reachable later: a person or the dialer's policy decides when \
        to call again, not before 60 s (no automatic redial)
        """ + BusyText.EXPLANATION + """

        Summary: 1 response, 0 requests
          by code:
                 1  486 Busy Here
          by class:
                 1  client failure (4xx)
          calls by outcome:
                 1  Busy
          failed calls:
            line 1  c1  486 Busy Here  Busy
        """,
        result.out());
  }

  @Test
  void trace_ofTheExample_isTheReviewedGoldenFile() {
    Result result = run("--trace", example().toString(), "--lang", "en");
    assertEquals(0, result.status());
    assertEquals("", result.err());
    assertEquals(golden("example-trace.txt"), result.out());
  }

  @Test
  void trace_showsUnparsableValues_andWhatTheOthersMean() {
    Result result = run("--trace", "src/test/resources/io/github/sipcodes/cli/source/raw.txt", "--lang", "en");
    assertEquals(0, result.status());
    assertEquals(golden("raw-trace.txt"), result.out());
  }

  @Test
  void trace_summaryOnly() {
    Result result = run("--trace", example().toString(), "--lang", "en", "--summary");
    String full = golden("example-trace.txt");
    assertEquals(full.substring(full.indexOf("Summary: ")), result.out());
  }

  @Test
  void trace_json_isOneObjectPerResponse_thenTheSummary() {
    Result result = run("--trace", example().toString(), "--json", "--lang", "en");
    List<String> lines = result.out().lines().toList();
    assertEquals(6, lines.size());
    List<String> fields = List.of("time", "src", "dst", "transport", "callId", "cseq", "method", "code", "phrase",
        "situation", "advice", "adviceText", "retryAfterSeconds", "reasons", "warnings", "resent", "locale",
        "summary", "description", "hints");
    for (String line : lines.subList(0, 5)) {
      assertEquals(fields, List.copyOf(MiniJson.object(line).keySet()));
    }
    Map<?, ?> busy = MiniJson.object(lines.get(2));
    assertEquals("2026-11-23T10:15:04.930", busy.get("time"));
    assertEquals("198.51.100.20:5060", busy.get("src"));
    assertEquals("3c26e1f0@192.0.2.10", busy.get("callId"));
    assertEquals(2L, busy.get("cseq"));
    assertEquals("INVITE", busy.get("method"));
    assertEquals(486L, busy.get("code"));
    assertEquals("CALLEE_REACHABLE_LATER", busy.get("advice"));
    assertEquals(300L, busy.get("retryAfterSeconds"));
    assertEquals(List.of(Map.of("protocol", "Q.850", "cause", 17L, "text", "User busy")), busy.get("reasons"));
    assertEquals(false, busy.get("resent"));
    Map<?, ?> unavailable = MiniJson.object(lines.get(3));
    assertEquals(List.of(java.util.Arrays.asList(399L, "sbc.example.net", "Trunk group full")),
        ((List<?>) java.util.Objects.requireNonNull(unavailable.get("warnings"))).stream().map(w -> List.copyOf(((Map<?, ?>) w).values())).toList());
    Map<?, ?> summary = MiniJson.object(lines.get(5));
    assertEquals("summary", summary.get("type"));
    assertEquals(5L, summary.get("responses"));
    assertEquals(3L, summary.get("requests"));
    assertEquals(Map.of("100", 1L, "407", 1L, "480", 1L, "486", 1L, "503", 1L), summary.get("byCode"));
    assertEquals(Map.of("BUSY", 1L, "UNAVAILABLE", 1L, "CONGESTION", 1L), summary.get("calls"));
    assertEquals(3, ((List<?>) java.util.Objects.requireNonNull(summary.get("failedCalls"))).size());
    assertEquals(1, run("--trace", example().toString(), "--json", "--summary").out().lines().count());
  }

  @Test
  void trace_withoutResponses_saysSo() {
    Result result = runText("INVITE sip:a SIP/2.0\n", "--trace", "-", "--summary", "--lang", "en");
    assertEquals("Summary: 0 responses, 1 request\n", result.out());
  }

  @Test
  void trace_countsPerCodeAndPerClass_inOrder() {
    StringBuilder trace = new StringBuilder();
    for (int code : new int[] {603, 180, 100, 486, 180, 200, 486, 302, 500, 180, 699}) {
      trace.append("SIP/2.0 ").append(code).append(" x\n\n");
    }
    trace.append("SIP/2.0 7 x\n\nSIP/2.0 000 x\n");
    Result result = runText(trace.toString(), "--trace", "-", "--lang", "en");
    String out = result.out();
    assertEquals(
        """
        Summary: 11 responses, 0 requests
          2 invalid SIP messages
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
    assertTrue(out.contains("line 23\n  not a valid SIP message: Invalid SIP status line \"SIP/2.0 7 x\""), out);
    assertTrue(out.contains("line 3\n  response:       SIP/2.0 180 x\n  code:           180 Ringing\n"), out);
    String unknown = """
        line 21
          response:       SIP/2.0 699 x
          code:           699 Unknown Global Failure, handled like 600 Busy Everywhere
        """;
    assertTrue(out.contains(unknown), out);
  }

  static final String CANCELLED_ELSEWHERE = String.join("\r\n",
      "INVITE sip:bob@example.com SIP/2.0", "Call-ID: e1", "CSeq: 1 INVITE", "", "",
      "CANCEL sip:bob@example.com SIP/2.0", "Call-ID: e1", "CSeq: 1 CANCEL",
      "Reason: SIP;cause=200;text=\"Call completed elsewhere\"", "", "",
      "SIP/2.0 487 Request Terminated", "Call-ID: e1", "CSeq: 1 INVITE", "", "");

  /** RFC 3326: the 487 after a CANCEL that says the call was answered elsewhere is no missed call. */
  @Test
  void a487AfterACancelWithReason200_isAnsweredElsewhere() {
    String out = runText(CANCELLED_ELSEWHERE, "--trace", "-", "--lang", "en").out();
    assertTrue(out.contains("  call outcome:   Answered on another phone\n"), out);
    assertTrue(out.contains("  note:           the call was answered on another phone: the CANCEL said so (Reason: "
        + "SIP;cause=200, RFC 3326), so this is not a missed call\n"), out);
    assertTrue(out.endsWith("  calls by outcome:\n         1  Answered on another phone\n"), out);
    List<String> json = runText(CANCELLED_ELSEWHERE, "--trace", "-", "--json").out().lines().toList();
    assertEquals(Map.of("ANSWERED_ELSEWHERE", 1L), MiniJson.object(json.get(1)).get("calls"));
    assertEquals(List.of(), MiniJson.object(json.get(1)).get("failedCalls"));
  }

  @Test
  void json_ofACapture_namesWhatCouldNotBeRead_andWhereItWasCut() {
    Map<?, ?> summary = MiniJson.object(runText("SIP/2.0 200 OK\n", "--trace", "-", "--json", "--summary").out()
        .strip());
    assertEquals(Map.of(), summary.get("unreadable"));
    assertEquals(null, summary.get("truncatedAt"));
    assertEquals(0L, summary.get("packets"));
  }
}
