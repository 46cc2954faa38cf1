package io.github.sipcodes.cli.report;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Explanation;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.cli.analysis.AnalyzedResponse;
import io.github.sipcodes.cli.analysis.FailedCall;
import io.github.sipcodes.cli.analysis.ResponseReading;
import io.github.sipcodes.cli.analysis.TraceCounts;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.cli.source.ReadSummary;
import io.github.sipcodes.wire.CSeq;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.Warning;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trace as JSON: one object per response, one per line, in capture order, then one summary object.
 *
 * <p>Response fields, always all present and in this order: {@code time} (ISO-8601 to the millisecond, or null),
 * {@code src} and {@code dst} ({@code address:port}, or null), {@code transport} ({@code UDP}, {@code TCP} or null),
 * {@code callId}, {@code cseq} (number), {@code method} (null without a CSeq), {@code code} (number), {@code phrase}
 * (as received), {@code situation} ({@code outgoing}, {@code incoming}, {@code registration} or null),
 * {@code advice} ({@link Advice#token}), {@code adviceText}, {@code retryAfterSeconds} (number or null),
 * {@code reasons} (array of objects with {@code protocol}, {@code cause} (number or null) and {@code text} (or
 * null)), {@code warnings} (array of objects with {@code code} (number), {@code agent} (or null) and {@code text}),
 * {@code resent} (boolean), {@code locale}, {@code summary}, {@code description}, {@code hints} (array of strings).
 *
 * <p>Summary fields: {@code type} ({@code "summary"}), {@code responses}, {@code resent}, {@code requests},
 * {@code malformed}, {@code byCode} (object: code to count), {@code byClass} ({@link ResponseClass} name to count),
 * {@code calls} ({@link CallOutcome} name, or {@code ANSWERED_ELSEWHERE}, to count), {@code failedCalls} (array of
 * objects with {@code time}, {@code callId}, {@code code}, {@code outcome}, {@code summary}),
 * {@code failedCallsNotListed}, {@code packets}, {@code messages}, {@code otherTraffic}, {@code unreadable} (kind as
 * {@code unreadable.}-less key to count), {@code truncatedAt} (byte offset or null).
 *
 * <p>Not thread-safe.
 */
public final class JsonReport implements TraceReport {

  private final PrintStream out;
  private final Texts texts;
  private final boolean summaryOnly;

  /**
   * A report.
   *
   * @param out where to write
   * @param texts the language of the texts
   * @param summaryOnly whether to write only the summary object
   */
  public JsonReport(PrintStream out, Texts texts, boolean summaryOnly) {
    this.out = out;
    this.texts = texts;
    this.summaryOnly = summaryOnly;
  }

  @Override
  public void response(AnalyzedResponse response) {
    if (!summaryOnly) {
      out.print(json(texts, response) + "\n");
    }
  }

  /** One response as JSON. */
  static String json(Texts texts, AnalyzedResponse analyzed) {
    CapturedMessage message = analyzed.message();
    ResponseReading reading = analyzed.reading();
    SipResponse response = reading.response();
    CSeq cseq = analyzed.cseq();
    Explanation explanation = reading.explain(texts.locale());
    Situation situation = reading.situation();
    List<String> reasons = new ArrayList<>();
    for (Reason reason : analyzed.head().reasons()) {
      reasons.add(new Json()
          .field("protocol", reason.protocol())
          .number("cause", reason.cause().isPresent() ? (long) reason.cause().getAsInt() : null)
          .field("text", reason.text().orElse(null))
          .end());
    }
    List<String> warnings = new ArrayList<>();
    for (Warning warning : analyzed.head().warnings()) {
      warnings.add(new Json()
          .field("code", warning.code())
          .field("agent", warning.agent().orElse(null))
          .field("text", warning.text())
          .end());
    }
    return new Json()
        .field("time", message.time().map(Times::iso).orElse(null))
        .field("src", message.source().map(Object::toString).orElse(null))
        .field("dst", message.destination().map(Object::toString).orElse(null))
        .field("transport", message.transport() == Transport.UNKNOWN ? null : message.transport().name())
        .field("callId", analyzed.callId())
        .number("cseq", cseq == null ? null : cseq.number())
        .field("method", cseq == null ? null : cseq.method())
        .field("code", response.code())
        .field("phrase", analyzed.head().statusLine().reasonPhrase())
        .field("situation", situation == null ? null : situation.key())
        .field("advice", Advice.token(reading.advice()))
        .field("adviceText", Advice.text(texts, response, reading.advice()))
        .number("retryAfterSeconds", reading.retryAfter().map(Duration::toSeconds).orElse(null))
        .raw("reasons", Json.array(reasons))
        .raw("warnings", Json.array(warnings))
        .field("resent", analyzed.resent())
        .field("locale", explanation.locale().toLanguageTag())
        .field("summary", explanation.summary())
        .field("description", explanation.description())
        .field("hints", explanation.hints())
        .end();
  }

  @Override
  public void finish(TraceCounts counts, ReadSummary source) {
    out.print(summary(texts, counts, source) + "\n");
  }

  /** The summary object. */
  static String summary(Texts texts, TraceCounts counts, ReadSummary source) {
    Json byCode = new Json();
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      if (counts.count(code) > 0) {
        byCode.field(Integer.toString(code), counts.count(code));
      }
    }
    Json byClass = new Json();
    for (ResponseClass responseClass : ResponseClass.values()) {
      if (counts.count(responseClass) > 0) {
        byClass.field(responseClass.name(), counts.count(responseClass));
      }
    }
    Json calls = new Json();
    for (Map.Entry<CallOutcome, Long> entry : counts.calls().entrySet()) {
      calls.field(entry.getKey().name(), entry.getValue());
    }
    if (counts.answeredElsewhere() > 0) {
      calls.field("ANSWERED_ELSEWHERE", counts.answeredElsewhere());
    }
    List<String> failed = new ArrayList<>();
    for (FailedCall call : counts.failedCalls()) {
      failed.add(new Json()
          .field("time", call.captureTime().map(Times::iso).orElse(null))
          .field("callId", call.callId())
          .field("code", call.reading().response().code())
          .field("outcome", call.reading().outcome().name())
          .field("summary", SummaryText.meaning(texts, call.reading()))
          .end());
    }
    Json unreadable = new Json();
    source.unreadable().forEach((kind, count) -> unreadable.field(kind.key().substring("unreadable.".length()), count));
    return new Json()
        .field("type", "summary")
        .field("responses", counts.responses())
        .field("resent", counts.resent())
        .field("requests", counts.requests())
        .field("malformed", counts.malformed())
        .raw("byCode", byCode.end())
        .raw("byClass", byClass.end())
        .raw("calls", calls.end())
        .raw("failedCalls", Json.array(failed))
        .field("failedCallsNotListed", counts.failedCallsNotListed())
        .field("packets", source.packets())
        .field("messages", source.messages())
        .field("otherTraffic", source.other())
        .raw("unreadable", unreadable.end())
        .number("truncatedAt", source.truncatedAt().isPresent() ? source.truncatedAt().getAsLong() : null)
        .end();
  }
}
