package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.SipResponse;

/** Builds {@link TraceCounts} for tests of the reports, without reading a trace. */
public final class TestCounts {

  private final TraceCounts counts = new TraceCounts();

  /** Counts {@code times} responses with a code. */
  public TestCounts responses(int code, long times) {
    for (long i = 0; i < times; i++) {
      counts.response(SipResponse.of(code));
    }
    return this;
  }

  /** Counts {@code times} calls with an outcome. */
  public TestCounts calls(CallOutcome outcome, long times) {
    for (long i = 0; i < times; i++) {
      counts.call(outcome);
    }
    return this;
  }

  public TraceCounts counts() {
    return counts;
  }
}
