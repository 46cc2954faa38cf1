package io.github.sipcodes.cli;

import io.github.sipcodes.cli.analysis.AnalysisListener;
import io.github.sipcodes.cli.analysis.AnalyzedResponse;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.Unreadable;
import io.github.sipcodes.cli.report.Texts;
import io.github.sipcodes.wire.SipParseException;
import java.io.PrintStream;

/**
 * Passes what the analysis finds on to a report, and says on standard error, when it happens, what the reader should
 * know at once: a TCP stream cut because a message outgrew the reassembly buffer. Not thread-safe.
 */
final class Warnings implements AnalysisListener {

  private final AnalysisListener report;
  private final PrintStream err;
  private final Texts texts;

  Warnings(AnalysisListener report, PrintStream err, Texts texts) {
    this.report = report;
    this.err = err;
    this.texts = texts;
  }

  @Override
  public void response(AnalyzedResponse response) {
    report.response(response);
  }

  @Override
  public void malformed(CapturedMessage message, SipParseException problem) {
    report.malformed(message, problem);
  }

  @Override
  public void callEnded(String callId) {
    report.callEnded(callId);
  }

  @Override
  public void unreadable(Unreadable kind, long frame) {
    if (kind == Unreadable.TCP_STREAM_CUT) {
      err.println(Main.PREFIX + texts.get("warning.stream-cut", Long.toString(frame)));
    }
    report.unreadable(kind, frame);
  }
}
