package io.github.sipcodes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.cli.report.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {

  private static String error(String... args) {
    return Main.message(Texts.of(Locale.ENGLISH), assertThrows(UsageException.class, () -> Options.parse(args)));
  }

  @Test
  void codes_keepTheirOrder_withDefaults() throws UsageException {
    Options options = Options.parse("486", "503", "499");
    assertEquals(Options.Command.EXPLAIN, options.command());
    assertEquals(List.of(SipResponse.of(486), SipResponse.of(503), SipResponse.of(499)), options.codes());
    assertEquals(Locale.getDefault(), options.locale());
    assertNull(options.situation());
    assertFalse(options.json());
    assertNull(options.trace());
  }

  @Test
  void lang_defaultsToTheSystemLocale() throws UsageException {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.JAPAN);
      assertEquals(Locale.JAPAN, Options.parse("486").locale());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest
  @CsvSource({"de, de", "pt-BR, pt-BR", "pt_BR, pt-BR", "zh-Hans-CN, zh-Hans-CN", "DE-at, de-AT"})
  void lang_takesALanguageTag_afterASpaceOrEquals(String tag, String expected) throws UsageException {
    assertEquals(Locale.forLanguageTag(expected), Options.parse("--lang", tag, "486").locale());
    assertEquals(Locale.forLanguageTag(expected), Options.parse("--lang=" + tag, "486").locale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x-private", "123", "de--AT", "toolonglanguage", "de_!"})
  void lang_refusesWhatIsNotALanguageTag(String tag) {
    assertEquals(
        "invalid language tag: " + tag + " (expected a language tag such as en, de or pt-BR)",
        error("486", "--lang", tag));
  }

  @ParameterizedTest
  @CsvSource({"outgoing, OUTGOING_CALL", "incoming, INCOMING_CALL", "registration, REGISTRATION"})
  void situation_takesOneOfThreeWords(String word, Situation expected) throws UsageException {
    assertEquals(expected, Options.parse("--situation", word, "401").situation());
    assertEquals(expected, Options.parse("401", "--situation=" + word).situation());
  }

  @ParameterizedTest
  @ValueSource(strings = {"register", "", "out", "outgoing call"})
  void situation_refusesOtherWords(String word) {
    assertEquals(
        "unknown situation: " + word + " (expected outgoing, incoming or registration)",
        error("--situation", word, "401"));
  }

  @ParameterizedTest
  @CsvSource({"OUTGOING, OUTGOING_CALL", "Incoming, INCOMING_CALL", "REGISTRATION, REGISTRATION"})
  void situation_inAnyCase(String word, Situation expected) throws UsageException {
    assertEquals(expected, Options.parse("--situation", word, "401").situation());
  }

  @Test
  void json_isAFlag() throws UsageException {
    assertTrue(Options.parse("--json", "486").json());
    assertEquals("unknown option: --json=yes (see --help)", error("--json=yes", "486"));
    assertEquals("unknown option: --help=yes (see --help)", error("--help=yes"));
    assertEquals("invalid status code: a=b (expected a number from 100 to 699)", error("a=b"));
  }

  @Test
  void trace_takesAFileOrDash() throws UsageException {
    Options file = Options.parse("--trace", "calls.txt", "--lang", "de", "--json", "--summary");
    assertEquals(Options.Command.TRACE, file.command());
    assertEquals("calls.txt", file.trace());
    assertEquals(Locale.GERMAN, file.locale());
    assertTrue(file.json());
    assertTrue(file.summary());
    assertFalse(file.local().isKnown());
    assertEquals(List.of(), file.codes());
    assertEquals("-", Options.parse("--trace=-").trace());
  }

  @Test
  void trace_excludesCodesAndSituation() {
    assertEquals("status codes cannot be combined with --trace: 486", error("486", "--trace", "calls.txt"));
    assertEquals("--situation is for single codes: with --trace, each response's situation comes from its"
        + " request's method and from --local", error("--situation", "incoming", "--trace", "calls.txt"));
  }

  @Test
  void localAndSummary_needATrace() {
    assertEquals("--local works only with --trace", error("--local", "192.0.2.1", "486"));
    assertEquals("--summary works only with --trace", error("--summary", "486"));
  }

  @Test
  void local_isRepeatable_andChecked() throws UsageException {
    Options options = Options.parse("--trace", "x", "--local", "192.0.2.1", "--local=[2001:DB8::1]:5060");
    assertEquals("192.0.2.1, [2001:db8::1]:5060", options.local().toString());
    assertEquals("invalid address for --local: pbx.example.com (expected an IP address, or an IP address and a"
        + " port such as 192.0.2.10:5060 or [2001:db8::1]:5060)", error("--trace", "x", "--local", "pbx.example.com"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--trace", "--lang", "--situation"})
  void anOptionGivenTwice_isAnError(String option) {
    String value = option.equals("--situation") ? "incoming" : option.equals("--lang") ? "de" : "x";
    assertEquals("option given twice: " + option + " (give it once)",
        error(option, value, option + "=" + value, "486"));
  }

  @Test
  void doubleDash_endsTheOptions() throws UsageException {
    assertEquals(List.of(SipResponse.of(486)), Options.parse("--", "486").codes());
    assertEquals("invalid status code: --help (expected a number from 100 to 699)", error("--", "--help"));
    assertEquals("invalid status code: - (expected a number from 100 to 699)", error("-"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--lang      | a language tag such as en, de or pt-BR",
        "--situation | outgoing, incoming or registration",
        "--trace     | a file name, or - for standard input",
        "--local     | an IP address, or an IP address and a port such as 192.0.2.10:5060 or [2001:db8::1]:5060",
      })
  void valueOptions_needAValue(String option, String expected) {
    assertEquals("missing value for " + option + " (expected " + expected + ")", error("486", option));
  }

  @Test
  void trace_refusesAnEmptyName() {
    assertEquals("missing value for --trace (expected a file name, or - for standard input)", error("--trace="));
  }

  @Test
  void unknownOptions_areNamed() {
    assertEquals("unknown option: --frobnicate (see --help)", error("486", "--frobnicate"));
    assertEquals("unknown option: -x (see --help)", error("-x"));
    assertEquals("unknown option: --langs=de (see --help)", error("--langs=de", "486"));
    assertEquals("unknown option: -lang=de (see --help)", error("-lang=de", "486"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"99", "700", "abc", "4860", "", "1e2", "48 ", "０４８", "+48", "099"})
  void badCodes_areNamed(String arg) {
    assertEquals("invalid status code: " + arg + " (expected a number from 100 to 699)", error("486", arg));
  }

  @Test
  void everyValidCode_isAccepted() throws UsageException {
    for (int code = 100; code <= 699; code++) {
      assertEquals(List.of(SipResponse.of(code)), Options.parse(Integer.toString(code)).codes());
    }
  }

  @Test
  void noCode_isAnError() {
    assertEquals("no status code given (see --help)", error());
    assertEquals("no status code given (see --help)", error("--json", "--lang", "de"));
  }

  @Test
  void helpAndVersion_winOverWhatFollows() throws UsageException {
    assertEquals(Options.Command.HELP, Options.parse("486", "-h", "--frobnicate").command());
    assertEquals(Options.Command.HELP, Options.parse("--help").command());
    assertEquals(Options.Command.VERSION, Options.parse("-V", "999").command());
    assertEquals(Options.Command.VERSION, Options.parse("--version").command());
    assertEquals("unknown option: --frobnicate (see --help)", error("--frobnicate", "--help"));
  }
}
