package io.github.sipcodes.bench;

import io.github.sipcodes.SipResponse;
import java.util.Locale;
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
 *
 * <p>Equal work: the bundle has no key for the codes no RFC defines, which are part of the mix. The alternative asks
 * {@code containsKey} first and falls back to the text of the code's class, as an application that knows its bundle
 * is incomplete writes it, and as sipcodes does; it never throws {@code MissingResourceException}. The setup checks
 * that both give the same summary for every code of the mix.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ExplainBenchmark {

  /** The bundle's base name: sipcodes-core's resources, read as an ordinary {@code PropertyResourceBundle}. */
  static final String BUNDLE = "io.github.sipcodes.explanations";

  private int[] codes = new int[0];
  private ResourceBundle held = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN);

  /**
   * Fills the codes, and proves that the bundle is on the class path, is the German one, and gives the summary
   * sipcodes gives for every code of the mix, so that neither side is measured reading another text or failing.
   */
  @Setup
  public void setUp() {
    codes = CodeMix.codes();
    held = ResourceBundle.getBundle(BUNDLE, Locale.GERMAN);
    for (int code : codes) {
      String ours = SipResponse.of(code).explain(Locale.GERMAN).summary();
      String theirs = summary(code);
      if (!ours.equals(theirs)) {
        throw new IllegalStateException(
            "The bundle (" + held.getLocale() + ") gives \"" + theirs + "\" for " + code + ", sipcodes \"" + ours
                + "\"");
      }
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
   * every call), {@code containsKey} and {@code getString} of a key built from the code, falling back to the text of
   * the code's class when the bundle has no key for the code.
   */
  @Benchmark
  @OperationsPerInvocation(CodeMix.SIZE)
  public void resourceBundleLookup(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(summary(code));
    }
  }

  /**
   * The same with the bundle looked up once and kept in a field: only the key's concatenation, {@code containsKey}
   * and {@code getString} per code. Shows how much of {@code resourceBundleLookup} is {@code getBundle}.
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
    String key = "code." + code + ".summary";
    return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("class." + code / 100 + "xx.summary");
  }
}
