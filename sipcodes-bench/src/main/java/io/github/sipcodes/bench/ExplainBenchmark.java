package io.github.sipcodes.bench;

import io.github.sipcodes.SipResponse;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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
 * From a status code to a German text for people: sipcodes' cached explanations against what an application does
 * today, a {@code ResourceBundle} looked up per response. Both read the same {@link CodeMix} and the same texts (the
 * library's own {@code explanations_de.properties}, which the shaded jar carries), and both hand back the summary.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ExplainBenchmark {

  /** The bundle's base name: sipcodes-core's resources, read as an ordinary {@code PropertyResourceBundle}. */
  static final String BUNDLE = "io.github.sipcodes.explanations";

  private int[] codes = new int[0];
  private ResourceBundle held = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN);

  /**
   * Fills the codes, and proves that the bundle is on the class path and is the German one, so that the
   * alternative is not measured throwing exceptions for every code.
   */
  @Setup
  public void setUp() {
    codes = CodeMix.codes();
    held = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN);
    String busy = summary(held, 486);
    if (!busy.equals(SipResponse.of(486).explain(Locale.GERMAN).summary())) {
      throw new IllegalStateException("Expected the German bundle, found " + held.getLocale() + ": " + busy);
    }
  }

  /** {@code SipResponse.of(code).explain(Locale.GERMAN).summary()}: cached after the first call per code. */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void sipcodesExplain(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(SipResponse.of(code).explain(Locale.GERMAN).summary());
    }
  }

  /**
   * What applications write today: {@code ResourceBundle.getBundle} (which caches the bundle, but looks it up on
   * every call) and {@code getString} of a key built from the code, falling back to a generic text when the bundle
   * has no key for the code.
   */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void resourceBundleLookup(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(summary(code));
    }
  }

  /**
   * The same with the bundle looked up once and kept in a field: only {@code getString} and the key's concatenation
   * per code. Shows how much of {@code resourceBundleLookup} is {@code getBundle}.
   */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void resourceBundleHeld(Blackhole blackhole) {
    ResourceBundle bundle = held;
    for (int code : codes) {
      blackhole.consume(summary(bundle, code));
    }
  }

  private static String summary(int code) {
    return summary(ResourceBundle.getBundle(BUNDLE, Locale.GERMAN), code);
  }

  private static String summary(ResourceBundle bundle, int code) {
    try {
      return bundle.getString("code." + code + ".summary");
    } catch (MissingResourceException e) {
      return "Fehler " + code;
    }
  }
}
