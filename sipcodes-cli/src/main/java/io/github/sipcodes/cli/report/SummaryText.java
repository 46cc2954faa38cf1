package io.github.sipcodes.cli.report;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.cli.analysis.FailedCall;
import io.github.sipcodes.cli.analysis.ResponseReading;
import io.github.sipcodes.cli.analysis.TraceCounts;
import io.github.sipcodes.cli.source.InputFormat;
import io.github.sipcodes.cli.source.ReadSummary;
import java.util.Map;

/**
 * The summary of a trace as text: the counts of responses and requests, then per code, per class and per call
 * outcome, each failed call in one line, and for a capture the packets read and what could not be read.
 *
 * <p>The counts stand in one right-aligned column as wide as the largest count (at least six digits), so a count
 * above a million does not push its line out of line.
 *
 * @implSpec This class has no state; it is thread-safe when its {@link Texts} is used by one thread.
 */
final class SummaryText {

  /** The narrowest count column. */
  static final int MIN_WIDTH = 6;

  private SummaryText() {}

  /** The summary, ending with a line break. */
  static String text(Texts texts, TraceCounts counts, ReadSummary source) {
    int width = width(counts, source);
    StringBuilder out = new StringBuilder(1024);
    out.append(texts.get("summary.title", counts.responses(), counts.requests())).append('\n');
    if (counts.resent() > 0) {
      out.append("  ").append(texts.get("summary.resent", counts.resent())).append('\n');
    }
    if (counts.malformed() > 0) {
      out.append("  ").append(texts.get("summary.malformed", counts.malformed())).append('\n');
    }
    if (counts.responses() > 0) {
      out.append("  ").append(texts.get("summary.by-code")).append('\n');
      for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
        if (counts.count(code) > 0) {
          count(out, width, counts.count(code), SipResponse.of(code).toString());
        }
      }
      out.append("  ").append(texts.get("summary.by-class")).append('\n');
      for (ResponseClass responseClass : ResponseClass.values()) {
        if (counts.count(responseClass) > 0) {
          count(out, width, counts.count(responseClass), texts.classLabel(responseClass));
        }
      }
    }
    Map<CallOutcome, Long> calls = counts.calls();
    if (!calls.isEmpty() || counts.answeredElsewhere() > 0) {
      out.append("  ").append(texts.get("summary.by-outcome")).append('\n');
      calls.forEach((outcome, count) -> count(out, width, count, texts.outcomeLabel(outcome)));
      if (counts.answeredElsewhere() > 0) {
        count(out, width, counts.answeredElsewhere(), texts.get("call-outcome.answered-elsewhere"));
      }
    }
    if (!counts.failedCalls().isEmpty()) {
      out.append("  ").append(texts.get("summary.failed-calls")).append('\n');
      for (FailedCall call : counts.failedCalls()) {
        out.append("    ").append(failedCall(texts, call)).append('\n');
      }
      if (counts.failedCallsNotListed() > 0) {
        out.append("    ").append(texts.get("summary.failed-calls.more", counts.failedCallsNotListed())).append('\n');
      }
    }
    if (source.format() != InputFormat.TEXT) {
      out.append("  ").append(texts.get("summary.capture", source.packets(), source.messages(), source.other()))
          .append('\n');
    }
    if (!source.unreadable().isEmpty()) {
      out.append("  ").append(texts.get("summary.unreadable")).append('\n');
      source.unreadable().forEach((kind, count) -> count(out, width, count, texts.get(kind.key())));
    }
    return out.toString();
  }

  /** One failed call: when (or where), Call-ID, final status, and what it means in a few words. */
  static String failedCall(Texts texts, FailedCall call) {
    String when = call.captureTime().map(Times::iso).orElseGet(() ->
        texts.get(call.inCapture() ? "position.frame" : "position.line", Long.toString(call.position())));
    return when + "  " + call.callId() + "  " + call.reading().response() + "  " + meaning(texts, call.reading());
  }

  /** The explanation's summary, or the Q.850 cause's text where the cause says more than the code. */
  static String meaning(Texts texts, ResponseReading reading) {
    if (reading.causeIsMoreSpecific()) {
      return reading.q850Cause().orElseThrow().description();
    }
    return reading.explain(texts.locale()).summary();
  }

  private static int width(TraceCounts counts, ReadSummary source) {
    long largest = Math.max(counts.responses(), counts.answeredElsewhere());
    for (long count : counts.calls().values()) {
      largest = Math.max(largest, count);
    }
    for (long count : source.unreadable().values()) {
      largest = Math.max(largest, count);
    }
    return Math.max(MIN_WIDTH, Long.toString(largest).length());
  }

  private static void count(StringBuilder out, int width, long count, String what) {
    String number = Long.toString(count);
    out.append("    ");
    for (int i = number.length(); i < width; i++) {
      out.append(' ');
    }
    out.append(number).append("  ").append(what).append('\n');
  }
}
