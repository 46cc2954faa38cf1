package io.github.sipcodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.cli.analysis.TestCounts;
import io.github.sipcodes.cli.message.Unreadable;
import io.github.sipcodes.cli.source.InputFormat;
import io.github.sipcodes.cli.source.ReadSummary;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

  static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  /**
   * Counts of seven digits and more stay in one column with the others (issue 12 §3: the column was six wide, and a
   * count of 1,000,000 pushed its line one to the right).
   */
  @Test
  void countsAboveOneMillion_stayAligned() {
    TestCounts counts = new TestCounts().responses(200, 1_234_567).responses(486, 1)
        .calls(CallOutcome.ANSWERED, 1_000_000).calls(CallOutcome.BUSY, 2);
    ReadSummary capture = new ReadSummary(InputFormat.PCAP, false, 3_000_000, 2_234_568, 765_432,
        Map.of(Unreadable.TLS, 12L), OptionalLong.empty());
    assertEquals(
        """
        Summary: 1,234,568 responses, 0 requests
          by code:
            1234567  200 OK
                  1  486 Busy Here
          by class:
            1234567  success (2xx)
                  1  client failure (4xx)
          calls by outcome:
            1000000  Answered
                  2  Busy
          capture: 3,000,000 packets, 2,234,568 SIP messages, 765,432 packets of other traffic (not SIP)
          not read:
                 12  TLS packets (encrypted: SIP over TLS cannot be read)
        """,
        SummaryText.text(ENGLISH, counts.counts(), capture));
  }

  @Test
  void smallCounts_takeSixColumns() {
    TestCounts counts = new TestCounts().responses(180, 3);
    ReadSummary text = new ReadSummary(InputFormat.TEXT, false, 0, 3, 0, Map.of(), OptionalLong.empty());
    assertEquals(
        """
        Summary: 3 responses, 0 requests
          by code:
                 3  180 Ringing
          by class:
                 3  provisional (1xx)
        """,
        SummaryText.text(ENGLISH, counts.counts(), text));
  }
}
