package io.github.sipcodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.cli.analysis.CallAnalyzer;
import io.github.sipcodes.cli.analysis.LocalSide;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.cli.source.InputFormat;
import io.github.sipcodes.cli.source.ReadSummary;
import io.github.sipcodes.cli.testing.SipMessages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TextReportTest {

  final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  final TextReport report = new TextReport(new PrintStream(bytes, true, StandardCharsets.UTF_8),
      Texts.of(Locale.ENGLISH), LocalSide.of(List.of("192.0.2.10")), false);
  final CallAnalyzer analyzer = new CallAnalyzer(LocalSide.of(List.of("192.0.2.10")), report);
  long line;

  void text(String message) {
    byte[] data = SipMessages.bytes(message);
    analyzer.message(CapturedMessage.fromText(data, 0, data.length, null, null, null, Transport.UNKNOWN, 0, ++line));
  }

  String finish() {
    report.finish(analyzer.finish(), new ReadSummary(InputFormat.TEXT, false, 0, line, 0, Map.of(),
        OptionalLong.empty()));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void responsesAreShownCallByCall_evenWhenCallsOverlap() {
    text(SipMessages.response(180, "Ringing", "a", 1, ""));
    text(SipMessages.response(180, "Ringing", "b", 1, ""));
    text(SipMessages.response(486, "Busy Here", "a", 1, ""));
    String out = finish();
    assertTrue(out.startsWith("Calls are explained as seen from 192.0.2.10: a response sent from there answers an"
        + " incoming call, a response received there an outgoing call.\n\ncall a\n\nline 1\n"), out);
    int a = out.indexOf("call a\n");
    int b = out.indexOf("call b\n");
    assertTrue(out.indexOf("line 3\n") < b && a < b, out);
  }

  @Test
  void aCallWrittenEarly_continuesUnderItsOwnHeading() {
    for (int i = 0; i <= TextReport.MAX_HELD_CALLS; i++) {
      text(SipMessages.response(180, "Ringing", "call-" + i, 1, ""));
    }
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("call call-0\n"));
    text(SipMessages.response(486, "Busy Here", "call-0", 1, ""));
    String out = finish();
    assertEquals(1, count(out, "\ncall call-0\n") + (out.startsWith("call call-0\n") ? 1 : 0));
    assertTrue(out.contains("\ncall call-0 (continued)\n"), out);
  }

  @Test
  void summaryOnly_writesNothingElse() {
    TextReport quiet = new TextReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), Texts.of(Locale.ENGLISH),
        LocalSide.NONE, true);
    CallAnalyzer analyzing = new CallAnalyzer(LocalSide.NONE, quiet);
    byte[] data = SipMessages.bytes("SIP/2.0 99 x\r\n\r\n");
    analyzing.message(CapturedMessage.fromText(data, 0, data.length, null, null, null, Transport.UNKNOWN, 0, 1));
    byte[] busy = SipMessages.bytes(SipMessages.response(486, "Busy Here", "a", 1, ""));
    analyzing.message(CapturedMessage.fromText(busy, 0, busy.length, null, null, null, Transport.UNKNOWN, 0, 2));
    quiet.finish(analyzing.finish(), new ReadSummary(InputFormat.TEXT, false, 0, 2, 0, Map.of(),
        OptionalLong.empty()));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("Summary: 1 response, 0 requests\n"),
        bytes.toString(StandardCharsets.UTF_8));
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
