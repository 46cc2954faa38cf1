package io.github.sipcodes.cli.report;

import io.github.sipcodes.cli.message.CaptureTime;
import java.time.LocalDateTime;

/**
 * Capture times as the reports write them: ISO-8601 to the millisecond, {@code 2026-11-23T10:15:02.120Z} for an
 * instant, without the {@code Z} for a local time as a text trace wrote it; a trace that gives fewer digits gets
 * as many as it gives.
 *
 * @implSpec This class has no state; it is thread-safe.
 */
final class Times {

  private Times() {}

  /** Writes a time. */
  static String iso(CaptureTime time) {
    LocalDateTime at = time.dateTime();
    StringBuilder out = new StringBuilder(24);
    pad(out, at.getYear(), 4).append('-');
    pad(out, at.getMonthValue(), 2).append('-');
    pad(out, at.getDayOfMonth(), 2).append('T');
    pad(out, at.getHour(), 2).append(':');
    pad(out, at.getMinute(), 2).append(':');
    pad(out, at.getSecond(), 2);
    int digits = Math.min(3, time.fractionDigits());
    if (digits > 0) {
      out.append('.');
      String millis = Integer.toString(1000 + time.nano() / 1_000_000).substring(1);
      out.append(millis, 0, digits);
    }
    return time.isZoned() ? out.append('Z').toString() : out.toString();
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
