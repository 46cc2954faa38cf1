package io.github.sipcodes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sipcodes.cli.message.CaptureTime;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimesTest {

  @Test
  void anInstant_toTheMillisecond_withZ() {
    assertEquals("2023-11-14T22:13:20.123Z", Times.iso(CaptureTime.ofEpoch(1_700_000_000L, 123_456_789, 9)));
    assertEquals("2023-11-14T22:13:21.000Z", Times.iso(CaptureTime.ofEpoch(1_700_000_001L, 500, 6)));
    assertEquals("0001-01-01T00:00:00.000Z", Times.iso(CaptureTime.ofEpoch(-62_135_596_800L, 0, 3)));
  }

  @Test
  void aLocalTime_asWritten_withTheDigitsItHas() {
    assertEquals("2026-11-23T10:15:02.12",
        Times.iso(CaptureTime.ofLocal(LocalDateTime.of(2026, 11, 23, 10, 15, 2, 120_000_000), 2)));
    assertEquals("2026-11-23T10:15:02",
        Times.iso(CaptureTime.ofLocal(LocalDateTime.of(2026, 11, 23, 10, 15, 2), 0)));
    assertEquals("2026-01-02T03:04:05.006",
        Times.iso(CaptureTime.ofLocal(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 6_000_000), 6)));
  }
}
