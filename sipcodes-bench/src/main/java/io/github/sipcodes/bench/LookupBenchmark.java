package io.github.sipcodes.bench;

import gov.nist.javax.sip.message.SIPResponse;
import io.github.sipcodes.ResponseClass;
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
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LookupBenchmark {

  /**
   * Where JAIN-SIP's {@code getReasonPhrase} words a code of the {@link CodeMix} otherwise than sipcodes, beyond
   * letter case (checked against JAIN-SIP RI 1.3.0-91): 481 keeps the RFC 2543 wording, and codes JAIN-SIP has no
   * entry for (409, and those no RFC defines) get one generic phrase.
   */
  private static final Map<Integer, String> JAIN_SIP_WORDING =
      Map.of(
          481, "Call leg/Transaction does not exist",
          409, "Unknown Status",
          150, "Unknown Status",
          499, "Unknown Status",
          599, "Unknown Status");

  private int[] codes = new int[0];
  private String[] phraseByCode = new String[0];
  private Map<Integer, String> phraseMap = new HashMap<>();
  private SipStatus[] constants = new SipStatus[0];
  private String[] unknownPhraseByClass = new String[0];

  /**
   * Fills the inputs and the alternatives' tables once, outside the measurement, then checks that every alternative
   * gives, for every code of the mix, the phrase sipcodes gives (JAIN-SIP: up to letter case and its own wording of
   * the codes in {@link #JAIN_SIP_WORDING}), so that none of them measures a miss while the others find the code.
   */
  @Setup
  public void setUp() {
    codes = CodeMix.codes();
    phraseByCode = new String[SipResponse.MAX_CODE + 1];
    phraseMap = new HashMap<>();
    for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
      String phrase = SipResponse.of(code).reasonPhrase();
      phraseByCode[code] = phrase;
      phraseMap.put(code, phrase);
    }
    constants = SipStatus.values();
    unknownPhraseByClass = new String[SipResponse.MAX_CODE / 100 + 1];
    for (ResponseClass responseClass : ResponseClass.values()) {
      unknownPhraseByClass[responseClass.digit()] = responseClass.unknownCodePhrase();
    }

    for (int code : codes) {
      String ours = SipResponse.of(code).reasonPhrase();
      requireSame(code, "String[]", ours, phraseByCode[code]);
      requireSame(code, "HashMap", ours, phraseMap.get(code));
      requireSame(code, "linear scan", ours, scan(code));
      String jainSip = SIPResponse.getReasonPhrase(code);
      String expected = JAIN_SIP_WORDING.getOrDefault(code, ours);
      if (!expected.equalsIgnoreCase(jainSip)) {
        throw new IllegalStateException(
            "JAIN-SIP gives \"" + jainSip + "\" for " + code + ", expected \"" + expected + "\" (up to case)");
      }
    }
  }

  private static void requireSame(int code, String alternative, String ours, String theirs) {
    if (!ours.equals(theirs)) {
      throw new IllegalStateException(
          alternative + " gives \"" + theirs + "\" for " + code + ", sipcodes \"" + ours + "\"");
    }
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

  /** A {@code Map<Integer, String>} of every valid code: boxing codes above 127 allocates. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void hashMapBoxed(Blackhole blackhole) {
    Map<Integer, String> map = phraseMap;
    for (int code : codes) {
      blackhole.consume(map.get(code));
    }
  }

  /**
   * Scanning the enum's constants for the code, the way Spring's {@code HttpStatus.resolve} does, and the phrase of
   * the class for a code without a constant.
   */
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
    return unknownPhraseByClass[code / 100];
  }
}
