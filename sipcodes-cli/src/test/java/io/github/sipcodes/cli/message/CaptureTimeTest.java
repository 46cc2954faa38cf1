package io.github.sipcodes.cli.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptureTimeTest {

  @ParameterizedTest(name = "{0} digits: {1}")
  @CsvSource({
    "0, 2023-11-14T22:13:20Z",
    "1, 2023-11-14T22:13:20.0Z",
    "3, 2023-11-14T22:13:20.012Z",
    "6, 2023-11-14T22:13:20.012345Z",
    "9, 2023-11-14T22:13:20.012345678Z",
  })
  void toString_writesTheDigitsOfItsPrecision(int digits, String expected) {
    assertEquals(expected, CaptureTime.ofEpoch(1_700_000_000L, 12_345_678, digits).toString());
  }

  @Test
  void anInstant() {
    CaptureTime time = CaptureTime.ofEpoch(1_700_000_000L, 5, 9);
    assertEquals(true, time.isZoned());
    assertEquals(Optional.of(Instant.ofEpochSecond(1_700_000_000L, 5)), time.instant());
    assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20, 5), time.dateTime());
    assertEquals(1_700_000_000L, time.epochSecond());
    assertEquals(5, time.nano());
    assertEquals(9, time.fractionDigits());
    assertEquals("1970-01-01T00:00:00Z", CaptureTime.ofEpoch(0, 0, 0).toString());
    assertEquals("1969-12-31T23:59:59.5Z", CaptureTime.ofEpoch(-1, 500_000_000, 1).toString());
  }

  @Test
  void aLocalTime_isKeptAsWritten() {
    LocalDateTime written = LocalDateTime.of(2026, 11, 23, 10, 15, 2, 120_331_000);
    CaptureTime time = CaptureTime.ofLocal(written, 6);
    assertEquals(false, time.isZoned());
    assertEquals(Optional.empty(), time.instant());
    assertEquals(written, time.dateTime());
    assertEquals("2026-11-23T10:15:02.120331", time.toString());
  }

  @Test
  void outOfRange_isRejected() {
    assertEquals("Invalid nanosecond of second: 1000000000 (expected 0-999999999)",
        assertThrows(IllegalArgumentException.class, () -> CaptureTime.ofEpoch(0, 1_000_000_000, 9)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> CaptureTime.ofEpoch(0, -1, 9));
    assertEquals("Invalid number of fraction digits: 10 (expected 0-9)",
        assertThrows(IllegalArgumentException.class, () -> CaptureTime.ofEpoch(0, 0, 10)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> CaptureTime.ofEpoch(0, 0, -1));
    assertEquals("Invalid capture time: 253402300800 s since 1970 (expected years 0-9999)",
        assertThrows(IllegalArgumentException.class,
            () -> CaptureTime.ofEpoch(CaptureTime.MAX_EPOCH_SECOND + 1, 0, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> CaptureTime.ofEpoch(CaptureTime.MIN_EPOCH_SECOND - 1, 0, 0));
    assertEquals("9999-12-31T23:59:59Z", CaptureTime.ofEpoch(CaptureTime.MAX_EPOCH_SECOND, 0, 0).toString());
    assertEquals("0000-01-01T00:00:00Z", CaptureTime.ofEpoch(CaptureTime.MIN_EPOCH_SECOND, 0, 0).toString());
  }

  @Test
  void equality() {
    CaptureTime time = CaptureTime.ofEpoch(10, 20, 6);
    assertEquals(time, CaptureTime.ofEpoch(10, 20, 6));
    assertEquals(time.hashCode(), CaptureTime.ofEpoch(10, 20, 6).hashCode());
    assertNotEquals(time, CaptureTime.ofEpoch(11, 20, 6));
    assertNotEquals(time, CaptureTime.ofEpoch(10, 21, 6));
    assertNotEquals(time, CaptureTime.ofEpoch(10, 20, 9));
    assertNotEquals(time, CaptureTime.ofLocal(LocalDateTime.of(1970, 1, 1, 0, 0, 10, 20), 6));
    assertNotEquals(time.hashCode(), CaptureTime.ofLocal(LocalDateTime.of(1970, 1, 1, 0, 0, 10, 20), 6).hashCode());
    assertNotEquals(time, (Object) "time");
  }
}
