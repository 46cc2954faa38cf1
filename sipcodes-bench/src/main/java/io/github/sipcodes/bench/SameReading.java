package io.github.sipcodes.bench;

import gov.nist.javax.sip.header.ReasonList;
import gov.nist.javax.sip.header.WarningList;
import gov.nist.javax.sip.message.SIPResponse;
import io.github.sipcodes.wire.CSeq;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.ResponseHead;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.StatusLine;
import io.github.sipcodes.wire.Warning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

/**
 * What each side of a parse benchmark read from one input, field by field, so that a benchmark's setup can prove that
 * sipcodes and JAIN-SIP read every input the same way before either is timed. A side that fails fast, reads less or
 * reads something else would make its time meaningless; the setup then fails with both readings and the input.
 *
 * <p>A reading is a list of the fields both sides expose, in the same order and with the same types: absent values
 * are {@link Optional#empty()} on both sides (JAIN-SIP returns {@code null} or {@code -1} for them). The inputs carry
 * no parameters other than those compared here.
 */
final class SameReading {

  private SameReading() {}

  /**
   * Fails unless both readings are equal.
   *
   * @throws IllegalStateException naming the input and both readings when they differ
   */
  static void require(String what, String input, List<?> sipcodes, List<?> jainSip) {
    if (!sipcodes.equals(jainSip)) {
      throw new IllegalStateException(
          what + ": sipcodes and JAIN-SIP read " + printable(input) + " differently: sipcodes " + sipcodes
              + ", JAIN-SIP " + jainSip);
    }
  }

  /** Code and reason phrase as sent. */
  static List<Object> of(StatusLine line) {
    return List.of(line.response().code(), line.reasonPhrase());
  }

  /** Code and reason phrase as sent. */
  static List<Object> of(gov.nist.javax.sip.header.StatusLine line) {
    return List.of(line.getStatusCode(), line.getReasonPhrase());
  }

  /** Code and reason phrase as sent, from a whole response. */
  static List<Object> of(SIPResponse response) {
    return List.of(response.getStatusCode(), response.getReasonPhrase());
  }

  /**
   * A whole head: code and phrase, CSeq number and method, Call-ID, Retry-After, every Reason value and every
   * Warning value.
   */
  static List<Object> ofHead(ResponseHead head) {
    CSeq cseq = head.cseq().orElseThrow();
    return List.of(
        head.response().code(),
        head.statusLine().reasonPhrase(),
        cseq.number(),
        cseq.method(),
        head.callId().orElseThrow(),
        head.retryAfter().map(SameReading::of),
        ofReasons(head.reasons().orElseThrow()),
        ofWarnings(head.warnings().orElseThrow()));
  }

  /** The same fields of a whole response as JAIN-SIP read it. */
  static List<Object> ofHead(SIPResponse response) {
    gov.nist.javax.sip.header.RetryAfter retryAfter =
        (gov.nist.javax.sip.header.RetryAfter) response.getHeader("Retry-After");
    List<Object> reasons = new ArrayList<>();
    for (ListIterator<?> it = response.getHeaders("Reason"); it.hasNext(); ) {
      gov.nist.javax.sip.header.Reason value = (gov.nist.javax.sip.header.Reason) it.next();
      reasons.add(List.of(value.getProtocol(), value.getCause(), Optional.ofNullable(value.getText())));
    }
    List<Object> warnings = new ArrayList<>();
    for (ListIterator<?> it = response.getHeaders("Warning"); it.hasNext(); ) {
      gov.nist.javax.sip.header.Warning value = (gov.nist.javax.sip.header.Warning) it.next();
      warnings.add(List.of(value.getCode(), Optional.ofNullable(value.getAgent()), value.getText()));
    }
    return List.of(
        response.getStatusCode(),
        response.getReasonPhrase(),
        response.getCSeq().getSeqNumber(),
        response.getCSeq().getMethod(),
        response.getCallId().getCallId(),
        Optional.ofNullable(retryAfter).map(SameReading::of),
        reasons,
        warnings);
  }

  /** Delay and duration in seconds, and the comment. */
  static List<Object> of(RetryAfter value) {
    return List.of(value.delay().toSeconds(), value.duration().map(Duration::toSeconds), value.comment());
  }

  /** Delay and duration in seconds, and the comment. */
  static List<Object> of(gov.nist.javax.sip.header.RetryAfter value) {
    int duration = value.getDuration();
    return List.of(
        (long) value.getRetryAfter(),
        duration < 0 ? Optional.empty() : Optional.of((long) duration),
        Optional.ofNullable(value.getComment()));
  }

  /** Per value: protocol, cause and text. */
  static List<Object> ofReasons(List<Reason> values) {
    List<Object> reading = new ArrayList<>();
    for (Reason value : values) {
      reading.add(List.of(value.protocol(), value.cause().orElse(-1), value.text()));
    }
    return reading;
  }

  /** Per value: protocol, cause and text. */
  static List<Object> of(ReasonList values) {
    List<Object> reading = new ArrayList<>();
    for (gov.nist.javax.sip.header.Reason value : values) {
      reading.add(List.of(value.getProtocol(), value.getCause(), Optional.ofNullable(value.getText())));
    }
    return reading;
  }

  /** Per value: warn-code, warn-agent and warn-text. */
  static List<Object> ofWarnings(List<Warning> values) {
    List<Object> reading = new ArrayList<>();
    for (Warning value : values) {
      reading.add(List.of(value.code(), value.agent(), value.text()));
    }
    return reading;
  }

  /** Per value: warn-code, warn-agent and warn-text. */
  static List<Object> of(WarningList values) {
    List<Object> reading = new ArrayList<>();
    for (gov.nist.javax.sip.header.Warning value : values) {
      reading.add(List.of(value.getCode(), Optional.ofNullable(value.getAgent()), value.getText()));
    }
    return reading;
  }

  private static String printable(String input) {
    return '"' + input.replace("\r", "\\r").replace("\n", "\\n") + '"';
  }
}
