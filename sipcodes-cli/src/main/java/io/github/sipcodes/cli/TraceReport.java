package io.github.sipcodes.cli;

import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.wire.HeaderValues;
import io.github.sipcodes.cli.source.InputFormat;
import io.github.sipcodes.cli.source.ReadSummary;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.SipParseException;
import io.github.sipcodes.wire.StatusLine;
import io.github.sipcodes.wire.UnparsedValue;
import io.github.sipcodes.wire.Warning;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Prints each response a {@link TraceFeed} finds, with its classification and its parsed {@code Retry-After},
 * {@code Reason} and {@code Warning} values, then the counts per code and per class and, for a capture, what it held
 * and what could not be read.
 *
 * <p>A header value that does not parse is printed as received, marked {@code unparsable}, with the parser's message;
 * for {@code Reason} and {@code Warning}, each comma-separated part that does not parse, next to the parts that do.
 * The first valid {@code Retry-After} delay goes into the next-step advice (RFC 3261 §20.33). Counts take a fixed
 * array per code, whatever the length of the trace. Not thread-safe.
 */
final class TraceReport {

  private final PrintStream out;
  private final Locale locale;
  private final @Nullable Situation situation;
  private final long[] perCode = new long[SipResponse.MAX_CODE + 1];
  private long responses;
  private long requests;
  private long malformed;

  TraceReport(PrintStream out, Locale locale, @Nullable Situation situation) {
    this.out = out;
    this.locale = locale;
    this.situation = situation;
  }

  /** A response: printed at once. */
  void response(TracedResponse traced) {
    StatusLine statusLine = traced.statusLine();
    SipResponse response = statusLine.response();
    responses++;
    perCode[response.code()]++;
    StringBuilder text = new StringBuilder(512);
    text.append(traced.position()).append(": ").append(statusLine).append('\n');
    if (!statusLine.equals(StatusLine.of(response))) {
      CodeReport.line(text, "code", response + (response.isRegistered() ? "" : ", treated as " + response.treatedAs()));
    }
    CodeReport.line(text, "class", CodeReport.classLabel(response.responseClass()));
    int retryableAt = text.length(); // filled in below, once the Retry-After delay is known
    CodeReport.line(text, "auth-related", response.isAuthRelated() ? "yes" : "no");
    CodeReport.line(text, "meaning", CodeReport.of(response, locale, situation).explanation().summary());
    RetryAfter delay = null;
    for (TracedResponse.Header header : traced.headers()) {
      String value = header.value();
      try {
        switch (header.name()) {
          case "Retry-After" -> {
            RetryAfter retryAfter = RetryAfter.parse(value);
            delay = delay == null ? retryAfter : delay;
            CodeReport.line(text, header.name(), retryAfter.toString());
          }
          case "Reason" -> {
            HeaderValues<Reason> reasons = Reason.parseAll(value);
            for (Reason reason : reasons) {
              CodeReport.line(text, header.name(), reason + meaning(reason));
            }
            unparsable(text, header.name(), reasons);
          }
          default -> {
            HeaderValues<Warning> warnings = Warning.parseAll(value);
            for (Warning warning : warnings) {
              CodeReport.line(
                  text,
                  header.name(),
                  warning + warning.warningCode().map(code -> " = " + code).orElse(" = unregistered warn-code"));
            }
            unparsable(text, header.name(), warnings);
          }
        }
      } catch (SipParseException e) {
        CodeReport.line(text, header.name(), "unparsable: " + value + " (" + e.getMessage() + ")");
      }
    }
    if (traced.omitted() > 0) {
      text.append("  (").append(traced.omitted()).append(" more Retry-After, Reason or Warning lines not shown)\n");
    }
    RetryAdvice advice = delay == null ? response.retryAdvice() : response.retryAdvice(delay.delay());
    StringBuilder retryable = new StringBuilder();
    CodeReport.line(retryable, "retryable", CodeReport.retryable(advice));
    text.insert(retryableAt, retryable);
    CodeReport.line(text, "next step", CodeReport.advice(response, advice));
    out.print(text.append('\n'));
  }

  /** Prints each part of a list header that did not parse, with where and why. */
  private static void unparsable(StringBuilder text, String name, HeaderValues<?> values) {
    for (UnparsedValue part : values.unparsed()) {
      CodeReport.line(text, name, "unparsable: " + part);
    }
  }

  private static String meaning(Reason reason) {
    return reason.q850Cause().map(cause -> " = Q.850 cause " + cause)
        .or(() -> reason.sipResponse().map(response -> " = SIP " + response))
        .orElse("");
  }

  /** A line that starts like a status line but is not a valid one. */
  void malformed(String position, SipParseException problem) {
    malformed++;
    out.println(position + ": not a valid status line: " + problem.getMessage());
    out.println();
  }

  /** A request: counted. */
  void request() {
    requests++;
  }

  /**
   * Prints the counts per code, in code order, then per class; for a capture, the packets read and what could not be
   * read, by kind.
   */
  void printSummary(ReadSummary source, ResourceBundle messages) {
    StringBuilder text = new StringBuilder(256);
    text.append("Summary: ")
        .append(plural(responses, "response"))
        .append(", ")
        .append(plural(requests, "request"))
        .append(" skipped");
    if (malformed > 0) {
      text.append(", ").append(plural(malformed, "invalid status line"));
    }
    text.append('\n');
    if (responses > 0) {
      text.append("  by code:\n");
      long[] perClass = new long[ResponseClass.values().length];
      for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
        if (perCode[code] > 0) {
          count(text, perCode[code], SipResponse.of(code).toString());
          perClass[code / 100 - 1] += perCode[code];
        }
      }
      text.append("  by class:\n");
      for (ResponseClass responseClass : ResponseClass.values()) {
        if (perClass[responseClass.digit() - 1] > 0) {
          count(text, perClass[responseClass.digit() - 1], CodeReport.classLabel(responseClass));
        }
      }
    }
    if (source.format() != InputFormat.TEXT) {
      text.append("  ").append(new MessageFormat(messages.getString("summary.capture"), locale)
          .format(new Object[] {source.packets(), source.messages(), source.other()})).append('\n');
    }
    if (!source.unreadable().isEmpty()) {
      text.append("  ").append(messages.getString("summary.unreadable")).append('\n');
      source.unreadable().forEach((kind, count) -> count(text, count, messages.getString(kind.key())));
    }
    out.print(text);
  }

  private static void count(StringBuilder text, long count, String what) {
    String number = Long.toString(count);
    text.append("    ");
    for (int i = number.length(); i < 6; i++) {
      text.append(' ');
    }
    text.append(number).append("  ").append(what).append('\n');
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
