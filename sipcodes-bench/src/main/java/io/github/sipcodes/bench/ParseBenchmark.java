package io.github.sipcodes.bench;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.ReasonParser;
import gov.nist.javax.sip.parser.RetryAfterParser;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.parser.WarningParser;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.RetryAfter;
import io.github.sipcodes.wire.StatusLine;
import io.github.sipcodes.wire.Warning;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
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
 * runs today. A stack that only needs the code pays for the whole message in JAIN-SIP ({@code jainSipParseResponse})
 * and for one line in sipcodes ({@code sipcodesStatusLine}); {@code jainSipStatusLine} is the like-for-like line
 * parse. The header benchmarks parse the same values on both sides. Every benchmark reads a {@link WireMix} array.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// JAIN-SIP's message parser is a lot of code and needs several seconds to reach its compiled speed: 3 x 1 s of
// warm-up still measures it half interpreted. 5 x 2 s gives it its best case.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ParseBenchmark {

  private String[] statusLines = new String[0];
  private String[] jainStatusLines = new String[0];
  private byte[][] responses = new byte[0][];
  private String[] retryAfter = new String[0];
  private String[] retryAfterLines = new String[0];
  private String[] reason = new String[0];
  private String[] reasonLines = new String[0];
  private String[] warning = new String[0];
  private String[] warningLines = new String[0];

  /**
   * Spreads the variants over the arrays, then parses every input once on both sides and checks that both read the
   * same code, so that no benchmark measures a parser failing fast.
   *
   * @throws ParseException if JAIN-SIP rejects an input
   */
  @Setup
  public void setUp() throws ParseException {
    String[] messages = WireMix.spread(WireMix.RESPONSES, 5060);
    statusLines = new String[WireMix.SIZE];
    jainStatusLines = new String[WireMix.SIZE];
    responses = new byte[WireMix.SIZE][];
    for (int i = 0; i < WireMix.SIZE; i++) {
      statusLines[i] = WireMix.firstLine(messages[i]);
      jainStatusLines[i] = statusLines[i] + "\n";
      responses[i] = messages[i].getBytes(StandardCharsets.UTF_8);
    }
    retryAfter = WireMix.spread(WireMix.RETRY_AFTER, 3261);
    retryAfterLines = WireMix.headerLines("Retry-After", retryAfter);
    reason = WireMix.spread(WireMix.REASON, 3326);
    reasonLines = WireMix.headerLines("Reason", reason);
    warning = WireMix.spread(WireMix.WARNING, 399);
    warningLines = WireMix.headerLines("Warning", warning);

    for (int i = 0; i < WireMix.SIZE; i++) {
      int ours = StatusLine.parse(statusLines[i]).response().code();
      SIPMessage message = new StringMsgParser().parseSIPMessage(responses[i], true, false, null);
      if (!(message instanceof SIPResponse response) || response.getStatusCode() != ours) {
        throw new IllegalStateException("JAIN-SIP read " + message + " for " + statusLines[i]);
      }
      if (new StringMsgParser().parseSIPStatusLine(jainStatusLines[i]).getStatusCode() != ours) {
        throw new IllegalStateException("JAIN-SIP read another status line for " + statusLines[i]);
      }
      RetryAfter.parse(retryAfter[i]);
      new RetryAfterParser(retryAfterLines[i]).parse();
      Reason.parseAll(reason[i]);
      new ReasonParser(reasonLines[i]).parse();
      Warning.parseAll(warning[i]);
      new WarningParser(warningLines[i]).parse();
    }
  }

  /** {@code StatusLine.parse} of the first line: the code, its {@code SipResponse} and the phrase. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesStatusLine(Blackhole blackhole) {
    for (String line : statusLines) {
      blackhole.consume(StatusLine.parse(line));
    }
  }

  /** JAIN-SIP's {@code StringMsgParser} on the complete response, which is how JAIN-SIP reads a status code. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipParseResponse(Blackhole blackhole) throws ParseException {
    for (byte[] response : responses) {
      blackhole.consume(new StringMsgParser().parseSIPMessage(response, true, false, null));
    }
  }

  /** JAIN-SIP's {@code StringMsgParser.parseSIPStatusLine} on the first line alone: the like-for-like comparison. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipStatusLine(Blackhole blackhole) throws ParseException {
    for (String line : jainStatusLines) {
      blackhole.consume(new StringMsgParser().parseSIPStatusLine(line));
    }
  }

  /** {@code RetryAfter.parse} of the header value. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesRetryAfter(Blackhole blackhole) {
    for (String value : retryAfter) {
      blackhole.consume(RetryAfter.parse(value));
    }
  }

  /** JAIN-SIP's {@code RetryAfterParser} on the header line. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipRetryAfter(Blackhole blackhole) throws ParseException {
    for (String line : retryAfterLines) {
      blackhole.consume(new RetryAfterParser(line).parse());
    }
  }

  /** {@code Reason.parseAll} of the header value. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesReason(Blackhole blackhole) {
    for (String value : reason) {
      blackhole.consume(Reason.parseAll(value));
    }
  }

  /** JAIN-SIP's {@code ReasonParser} on the header line. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipReason(Blackhole blackhole) throws ParseException {
    for (String line : reasonLines) {
      blackhole.consume(new ReasonParser(line).parse());
    }
  }

  /** {@code Warning.parseAll} of the header value. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void sipcodesWarning(Blackhole blackhole) {
    for (String value : warning) {
      blackhole.consume(Warning.parseAll(value));
    }
  }

  /** JAIN-SIP's {@code WarningParser} on the header line. */
  @Benchmark
  @OperationsPerInvocation(WireMix.SIZE)
  public void jainSipWarning(Blackhole blackhole) throws ParseException {
    for (String line : warningLines) {
      blackhole.consume(new WarningParser(line).parse());
    }
  }
}
