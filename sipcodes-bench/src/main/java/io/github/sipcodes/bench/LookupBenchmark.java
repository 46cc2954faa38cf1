package io.github.sipcodes.bench;

import gov.nist.javax.sip.message.SIPResponse;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.SipStatus;
import java.util.HashMap;
import java.util.Map;
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
 * From a status code to its reason phrase: sipcodes against what an application would use instead, and against a
 * plain array load (the physical limit). Every variant reads the same {@link CodeMix}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LookupBenchmark {

  private int[] codes = new int[0];
  private String[] phraseByCode = new String[0];
  private Map<Integer, String> phraseMap = new HashMap<>();
  private SipStatus[] constants = new SipStatus[0];

  /** Fills the inputs and the alternatives' tables once, outside the measurement. */
  @Setup
  public void setUp() {
    codes = CodeMix.codes();
    phraseByCode = new String[SipResponse.MAX_CODE + 1];
    phraseMap = new HashMap<>();
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      String phrase = SipResponse.of(code).reasonPhrase();
      phraseByCode[code] = phrase;
      if (SipResponse.of(code).isRegistered()) {
        phraseMap.put(code, phrase);
      }
    }
    constants = SipStatus.values();
  }

  /** The limit: one bounds-checked load from a {@code String[]} indexed by code. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void arrayBaseline(Blackhole blackhole) {
    String[] table = phraseByCode;
    for (int code : codes) {
      blackhole.consume(table[code]);
    }
  }

  /** {@code SipResponse.of(code).reasonPhrase()}. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void sipcodesOf(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(SipResponse.of(code).reasonPhrase());
    }
  }

  /** {@code SipResponse.of(code).isRetryable()}: lookup plus a classification. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void sipcodesIsRetryable(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(SipResponse.of(code).isRetryable());
    }
  }

  /** JAIN-SIP's {@code SIPResponse.getReasonPhrase(int)}, what JAIN-SIP and Jitsi code calls today. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void jainSipReasonPhrase(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(SIPResponse.getReasonPhrase(code));
    }
  }

  /** A {@code Map<Integer, String>}: boxing codes above 127 allocates. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void hashMapBoxed(Blackhole blackhole) {
    Map<Integer, String> map = phraseMap;
    for (int code : codes) {
      blackhole.consume(map.get(code));
    }
  }

  /** Scanning the enum's constants for the code, the way Spring's {@code HttpStatus.resolve} does. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void linearScan(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(scan(code));
    }
  }

  private String scan(int code) {
    for (SipStatus status : constants) {
      if (status.code() == code) {
        return status.reasonPhrase();
      }
    }
    return "Unknown";
  }
}
