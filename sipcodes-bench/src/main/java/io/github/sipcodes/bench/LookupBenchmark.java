package io.github.sipcodes.bench;

import io.github.sipcodes.SipResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Lookup of a status code: sipcodes against the alternatives. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LookupBenchmark {

  private final int[] codes = {100, 180, 183, 200, 401, 407, 486, 487, 503, 404, 499};

  /** Looks up every code's reason phrase through {@link SipResponse#of(int)}. */
  @Benchmark
  public void sipcodesOf(Blackhole blackhole) {
    for (int code : codes) {
      blackhole.consume(SipResponse.of(code).reasonPhrase());
    }
  }
}
