package io.github.sipcodes.cli.report;

import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.cli.analysis.AnalyzedResponse;
import io.github.sipcodes.cli.analysis.ResponseReading;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.Transport;
import io.github.sipcodes.wire.CSeq;
import io.github.sipcodes.wire.HeaderValues;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.ResponseHead;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.SipParseException;
import io.github.sipcodes.wire.StatusLine;
import io.github.sipcodes.wire.UnparsedValue;
import io.github.sipcodes.wire.Warning;

/**
 * One response as text: where and when it was seen, then what it is and means, one labelled line each.
 *
 * <pre>
 * 2023-11-14T22:13:21.000Z  198.51.100.20:5060 -&gt; 192.0.2.10:5060  UDP  frame 2
 *   response:       SIP/2.0 486 Busy Here
 *   request:        1 INVITE
 *   situation:      outgoing call
 *   class:          client failure (4xx)
 *   ...
 * </pre>
 *
 * <p>Each {@code Retry-After}, {@code Reason} and {@code Warning} value is shown as received with what it means; a
 * value that does not parse is shown as received with the parser's reason. A response sent again is shown in two
 * lines, marked as such.
 *
 * @implSpec This class has no state; it is thread-safe when its {@link Texts} is used by one thread.
 */
final class ResponseText {

  private ResponseText() {}

  /** The first line of a message's block: time, addresses, transport and position, those known. */
  static String where(Texts texts, CapturedMessage message) {
    StringBuilder out = new StringBuilder(96);
    message.time().ifPresent(time -> out.append(Times.iso(time)).append("  "));
    if (message.source().isPresent() && message.destination().isPresent()) {
      out.append(message.source().get()).append(" -> ").append(message.destination().get()).append("  ");
    }
    if (message.transport() != Transport.UNKNOWN) {
      out.append(message.transport()).append("  ");
    }
    return out.append(position(texts, message)).append('\n').toString();
  }

  /** {@code frame 12} or {@code line 40}. */
  static String position(Texts texts, CapturedMessage message) {
    return message.line().isPresent()
        ? texts.get("position.line", Long.toString(message.line().getAsLong()))
        : texts.get("position.frame", Long.toString(message.frame().orElse(0)));
  }

  /** The whole block, ending with a line break. */
  static String text(Texts texts, AnalyzedResponse analyzed) {
    ResponseHead head = analyzed.head();
    StringBuilder out = new StringBuilder(1024).append(where(texts, analyzed.message()));
    if (analyzed.resent()) {
      texts.line(out, "label.response", texts.get("response.resent", head.statusLine().toString()));
      return out.toString();
    }
    ResponseReading reading = analyzed.reading();
    SipResponse response = reading.response();
    texts.line(out, "label.response", head.statusLine().toString());
    CSeq cseq = analyzed.cseq();
    if (cseq != null) {
      texts.line(out, "label.request", cseq.number() + " " + cseq.method());
    }
    if (cseq != null && (reading.situation() != null || "INVITE".equals(cseq.method()))) {
      texts.line(out, "label.situation", texts.situationLabel(reading.situation()));
    }
    if (!head.statusLine().equals(StatusLine.of(response))) {
      texts.line(out, "label.code", response.isRegistered()
          ? response.toString()
          : texts.get("value.code.not-registered", response.toString(), response.treatedAs().toString()));
    }
    texts.line(out, "label.class", texts.classLabel(response.responseClass()));
    texts.line(out, "label.retryable", Advice.retryable(texts, reading.advice()));
    texts.line(out, "label.authentication", texts.yesNo(response.isAuthRelated()));
    if (cseq != null && "INVITE".equals(cseq.method()) && response.isFinal()) {
      texts.line(out, "label.call-outcome", reading.answeredElsewhere()
          ? texts.get("call-outcome.answered-elsewhere")
          : texts.outcomeLabel(reading.outcome()));
    }
    headers(texts, out, head);
    texts.line(out, "label.next-step", Advice.text(texts, response, reading.advice()));
    if (reading.answeredElsewhere()) {
      texts.line(out, "label.note", texts.get("note.answered-elsewhere"));
    }
    CodeReport.explanation(texts, out, reading.explain(texts.locale()));
    return out.toString();
  }

  /** The {@code Retry-After}, {@code Reason} and {@code Warning} values, as received and what they mean. */
  private static void headers(Texts texts, StringBuilder out, ResponseHead head) {
    for (String value : head.headers("Retry-After")) {
      try {
        texts.rawLine(out, "Retry-After", RetryAfter.parse(value).toString());
      } catch (SipParseException e) {
        texts.rawLine(out, "Retry-After", texts.get("value.unparsable", value, String.valueOf(e.getMessage())));
      }
    }
    HeaderValues<Reason> reasons = head.reasons();
    for (Reason reason : reasons) {
      texts.rawLine(out, "Reason", reason(texts, reason));
    }
    unparsed(texts, out, "Reason", reasons);
    HeaderValues<Warning> warnings = head.warnings();
    for (Warning warning : warnings) {
      texts.rawLine(out, "Warning", texts.get("value.warning", warning.toString(),
          warning.explain(texts.locale()).summary()));
    }
    unparsed(texts, out, "Warning", warnings);
  }

  private static String reason(Texts texts, Reason reason) {
    Q850Cause cause = reason.q850Cause().orElse(null);
    if (cause != null) {
      return texts.get("value.reason.q850", reason.toString(), Integer.toString(cause.value()), cause.description());
    }
    return reason.sipResponse()
        .map(response -> texts.get("value.reason.sip", reason.toString(), response.toString()))
        .orElse(reason.toString());
  }

  private static void unparsed(Texts texts, StringBuilder out, String name, HeaderValues<?> values) {
    for (UnparsedValue part : values.unparsed()) {
      texts.rawLine(out, name, texts.get("value.unparsable-part", part.toString()));
    }
  }
}
