package io.github.sipcodes.cli.report;

import io.github.sipcodes.cli.analysis.AnalysisListener;
import io.github.sipcodes.cli.analysis.TraceCounts;
import io.github.sipcodes.cli.source.ReadSummary;

/**
 * A report of a trace: receives what the analysis finds while the source is read, and writes the summary at the
 * end. {@link TextReport} for people, {@link JsonReport} for programs.
 */
public interface TraceReport extends AnalysisListener {

  /**
   * Writes what is still held, then the summary.
   *
   * @param counts the counts of the whole source
   * @param source what reading the source found
   */
  void finish(TraceCounts counts, ReadSummary source);
}
