package io.github.sipcodes.bench;

import gov.nist.javax.sip.header.ReasonList;
import gov.nist.javax.sip.header.WarningList;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.ReasonParser;
import gov.nist.javax.sip.parser.RetryAfterParser;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.parser.WarningParser;
import io.github.sipcodes.RequestDirection;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.ResponseHead;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.StatusLine;
import io.github.sipcodes.wire.Warning;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading what a response says: sipcodes' status-line and header parsers against JAIN-SIP's, what a Java SIP stack
 * runs today. Like for like, both sides parse the same text: the status line ({@code jainSipStatusLine} against
 * {@code sipcodesStatusLine}) and each whole header line ({@code "Retry-After: 120\n"}, name included, as both
 * libraries' parsers accept it), and the whole response ({@code jainSipParseResponse}, JAIN-SIP's
 * {@code StringMsgParser} on the status line and seven headers, against {@code sipcodesResponseHead}, which reads the
 * same bytes with {@code ResponseHead.parse} and then asks it for every value JAIN-SIP parsed that says what
 * happened). {@code jainSipParseResponse} against {@code sipcodesStatusLine} is not like for like: it is the cost of a
 * code to an application that only has JAIN-SIP. Every benchmark reads a {@link WireMix} array.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// JAIN-SIP's message parser is a lot of code and needs several seconds to reach its compiled speed: 3 x 1 s of
// warm-up still measures it half interpreted. 5 x 2 s gives it its best case.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ParseBenchmark {

  private String[] statusLines = new String[0];
  private byte[][] responses = new byte[0][];
  private String[] retryAfterLines = new String[0];
  private String[] reasonLines = new String[0];
  private String[] warningLines = new String[0];

  /**
   * Spreads the variants over the arrays, then parses every input once on both sides and checks, field by field,
   * that both read the same values (see {@link SameReading}), so that no benchmark measures a parser failing fast or
   * reading less than the other.
   *
   * @throws ParseException if JAIN-SIP rejects an input
   */
  @Setup
  public void setUp() throws ParseException {
    String[] messages = WireMix.spread(WireMix.RESPONSES, 5060);
    statusLines = new String[WireMix.SIZE];
    responses = new byte[WireMix.SIZE][];
    for (int i = 0; i < WireMix.SIZE; i++) {
      statusLines[i] = WireMix.firstLine(messages[i]);
      responses[i] = messages[i].getBytes(StandardCharsets.UTF_8);
    }
    retryAfterLines = WireMix.headerLines("Retry-After", WireMix.spread(WireMix.RETRY_AFTER, 3261));
    reasonLines = WireMix.headerLines("Reason", WireMix.spread(WireMix.REASON, 3326));
    warningLines = WireMix.headerLines("Warning", WireMix.spread(WireMix.WARNING, 399));

    for (int i = 0; i < WireMix.SIZE; i++) {
      String line = statusLines[i];
      List<Object> ours = SameReading.of(StatusLine.parse(line));
      SameReading.require(
          "status line", line, ours, SameReading.of(new StringMsgParser().parseSIPStatusLine(line)));
      SIPMessage message = new StringMsgParser().parseSIPMessage(responses[i], true, false, null);
      if (!(message instanceof SIPResponse response)) {
        throw new IllegalStateException("JAIN-SIP read a request from the response " + line);
      }
      SameReading.require("whole response", line, ours, SameReading.of(response));
      SameReading.require("whole head", messages[i], SameReading.ofHead(ResponseHead.parse(responses[i])),
          SameReading.ofHead(response));

      String retryAfter = retryAfterLines[i];
      SameReading.require(
          "Retry-After",
          retryAfter,
          SameReading.of(RetryAfter.parse(retryAfter)),
          SameReading.of((gov.nist.javax.sip.header.RetryAfter) new RetryAfterParser(retryAfter).parse()));
      String reason = reasonLines[i];
      SameReading.require(
          "Reason",
          reason,
          SameReading.ofReasons(Reason.parseAll(reason).orElseThrow()),
          SameReading.of((ReasonList) new ReasonParser(reason).parse()));
      String warning = warningLines[i];
      SameReading.require(
          "Warning",
          warning,
          SameReading.ofWarnings(Warning.parseAll(warning).orElseThrow()),
          SameReading.of((WarningList) new WarningParser(warning).parse()));
    }
  }

  /** {@code StatusLine.parse} of the status line: the code, its {@code SipResponse} and the phrase. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesStatusLine(Blackhole blackhole) {
    for (String line : statusLines) {
      blackhole.consume(StatusLine.parse(line));
    }
  }

  /**
   * JAIN-SIP's {@code StringMsgParser} on the complete response, which is how a JAIN-SIP application gets a status
   * code. Not like for like with {@code sipcodesStatusLine}: it reads seven headers more.
   */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipParseResponse(Blackhole blackhole) throws ParseException {
    for (byte[] response : responses) {
      blackhole.consume(new StringMsgParser().parseSIPMessage(response, true, false, null));
    }
  }

  /**
   * {@code ResponseHead.parse} of the same bytes as {@code jainSipParseResponse}, then every value that says what
   * happened, as JAIN-SIP has them after its parse: the status line, CSeq, Call-ID, Retry-After, every Reason and
   * every Warning value (the head reads a header only when asked, so asking is part of the work). Like for like with
   * {@code jainSipParseResponse}, but for the Via, From, To and Content-Length headers, which sipcodes only splits
   * off while JAIN-SIP parses them too.
   */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesResponseHead(Blackhole blackhole) {
    for (byte[] response : responses) {
      ResponseHead head = ResponseHead.parse(response);
      blackhole.consume(head.statusLine());
      blackhole.consume(head.cseq());
      blackhole.consume(head.callId());
      blackhole.consume(head.retryAfter());
      blackhole.consume(head.reasons());
      blackhole.consume(head.warnings());
    }
  }

  /**
   * {@code ResponseHead.parse} of the same bytes, then {@code diagnosis(RequestDirection.SENT)}: the whole reading an
   * application needs to know what a response means (situation, Retry-After, causes, warn-codes).
   */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesDiagnosis(Blackhole blackhole) {
    for (byte[] response : responses) {
      blackhole.consume(ResponseHead.parse(response).diagnosis(RequestDirection.SENT));
    }
  }

  /** JAIN-SIP's {@code StringMsgParser.parseSIPStatusLine} on the same status line: like for like. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipStatusLine(Blackhole blackhole) throws ParseException {
    for (String line : statusLines) {
      blackhole.consume(new StringMsgParser().parseSIPStatusLine(line));
    }
  }

  /** {@code RetryAfter.parse} of the same header line, header name included. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesRetryAfter(Blackhole blackhole) {
    for (String line : retryAfterLines) {
      blackhole.consume(RetryAfter.parse(line));
    }
  }

  /** JAIN-SIP's {@code RetryAfterParser} on the same header line. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipRetryAfter(Blackhole blackhole) throws ParseException {
    for (String line : retryAfterLines) {
      blackhole.consume(new RetryAfterParser(line).parse());
    }
  }

  /** {@code Reason.parseAll} of the same header line, header name included. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesReason(Blackhole blackhole) {
    for (String line : reasonLines) {
      blackhole.consume(Reason.parseAll(line));
    }
  }

  /** JAIN-SIP's {@code ReasonParser} on the same header line. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipReason(Blackhole blackhole) throws ParseException {
    for (String line : reasonLines) {
      blackhole.consume(new ReasonParser(line).parse());
    }
  }

  /** {@code Warning.parseAll} of the same header line, header name included. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesWarning(Blackhole blackhole) {
    for (String line : warningLines) {
      blackhole.consume(Warning.parseAll(line));
    }
  }

  /** JAIN-SIP's {@code WarningParser} on the same header line. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipWarning(Blackhole blackhole) throws ParseException {
    for (String line : warningLines) {
      blackhole.consume(new WarningParser(line).parse());
    }
  }
}
