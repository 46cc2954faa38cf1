package io.github.sipcodes.cli.report;

import io.github.sipcodes.cli.analysis.AnalyzedResponse;
import io.github.sipcodes.cli.analysis.LocalSide;
import io.github.sipcodes.cli.analysis.TraceCounts;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.source.ReadSummary;
import io.github.sipcodes.wire.SipParseException;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A trace as text, call by call: first which view the text takes (the side named by {@code --local}, or none), then
 * for each call a heading with its Call-ID and its responses in capture order ({@link ResponseText}), then the
 * summary ({@link SummaryText}). With {@code --summary}, only the summary.
 *
 * <p>A call's responses are held until the analysis ends the call, so that they are shown together even when calls
 * overlap in the capture. Memory stays bounded: at most {@link #MAX_HELD_CALLS} calls are held; when another starts,
 * the one held longest is written, and its later responses, if any, come under a heading that says the call
 * continues. Not thread-safe.
 */
public final class TextReport implements TraceReport {

  /** The most calls whose responses are held at once. */
  static final int MAX_HELD_CALLS = 256;

  /** The most Call-IDs remembered as written, to say that a call continues. */
  static final int MAX_WRITTEN_CALLS = 10_000;

  private final PrintStream out;
  private final Texts texts;
  private final boolean summaryOnly;
  private final LocalSide local;
  /** Whether the view line was written: before the first thing written, so that a refused file gets no output. */
  private boolean viewWritten;
  private final LinkedHashMap<String, StringBuilder> held = new LinkedHashMap<>();
  private final Map<String, Boolean> written = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > MAX_WRITTEN_CALLS;
    }
  };

  /**
   * A report.
   *
   * @param out where to write
   * @param texts the language
   * @param local the side named by {@code --local}
   * @param summaryOnly whether to write only the summary
   */
  public TextReport(PrintStream out, Texts texts, LocalSide local, boolean summaryOnly) {
    this.out = out;
    this.texts = texts;
    this.summaryOnly = summaryOnly;
    this.local = local;
  }

  /** Writes to the output, after the line that says which view the text takes. */
  private void print(CharSequence text) {
    if (!viewWritten && !summaryOnly) {
      viewWritten = true;
      out.print((local.isKnown() ? texts.get("view.local", local.toString()) : texts.get("view.general")) + "\n\n");
    }
    out.print(text);
  }

  @Override
  public void response(AnalyzedResponse response) {
    if (summaryOnly) {
      return;
    }
    String callId = response.call().orElse("");
    StringBuilder call = held.get(callId);
    if (call == null) {
      if (held.size() >= MAX_HELD_CALLS) {
        Iterator<Map.Entry<String, StringBuilder>> eldest = held.entrySet().iterator();
        Map.Entry<String, StringBuilder> first = eldest.next();
        eldest.remove();
        write(first.getKey(), first.getValue());
      }
      call = new StringBuilder(2048).append(heading(callId)).append("\n\n");
      held.put(callId, call);
    }
    call.append(ResponseText.text(texts, response)).append('\n');
  }

  private String heading(String callId) {
    if (callId.isEmpty()) {
      return texts.get("call.no-call-id");
    }
    return texts.get(written.containsKey(callId) ? "call.continued" : "call.heading", callId);
  }

  @Override
  public void malformed(CapturedMessage message, SipParseException problem) {
    if (!summaryOnly) {
      print(ResponseText.where(texts, message) + "  "
          + texts.get("response.malformed", String.valueOf(problem.getMessage())) + "\n\n");
    }
  }

  @Override
  public void callEnded(String callId) {
    StringBuilder call = held.remove(callId);
    if (call != null) {
      write(callId, call);
    }
  }

  private void write(String callId, StringBuilder call) {
    print(call);
    written.put(callId, Boolean.TRUE);
  }

  @Override
  public void finish(TraceCounts counts, ReadSummary source) {
    for (Map.Entry<String, StringBuilder> call : held.entrySet()) {
      write(call.getKey(), call.getValue());
    }
    held.clear();
    print(SummaryText.text(texts, counts, source));
  }
}
