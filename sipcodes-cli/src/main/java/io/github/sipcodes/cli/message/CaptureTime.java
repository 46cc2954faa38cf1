package io.github.sipcodes.cli.message;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a message was captured, with the precision the capture gives.
 *
 * <p>Packet captures and {@code tshark -V} give an instant (seconds since 1970 in UTC). sngrep's saved text and
 * ngrep's {@code -t} give the local time of the machine that wrote them without its zone: such a time is kept as
 * written ({@link #isZoned()} is {@code false}) and never shifted into a zone it may not be in.
 *
 * <p>{@link #toString()} writes ISO-8601 with as many fraction digits as the precision: {@code
 * 2026-11-23T10:15:02.120331Z} for an instant in microseconds, {@code 2026-11-23T10:15:02.120331} for a local time.
 *
 * @implSpec This is an immutable and thread-safe value class.
 */
public final class CaptureTime {

  /** The finest precision kept: nanoseconds. */
  public static final int MAX_FRACTION_DIGITS = 9;

  /** The earliest second accepted: 0000-01-01T00:00:00Z. */
  public static final long MIN_EPOCH_SECOND = -62_167_219_200L;

  /** The latest second accepted: 9999-12-31T23:59:59Z. */
  public static final long MAX_EPOCH_SECOND = 253_402_300_799L;

  private final long epochSecond;
  private final int nano;
  private final int fractionDigits;
  private final boolean zoned;

  private CaptureTime(long epochSecond, int nano, int fractionDigits, boolean zoned) {
    if (epochSecond < MIN_EPOCH_SECOND || epochSecond > MAX_EPOCH_SECOND) {
      throw new IllegalArgumentException("Invalid capture time: " + epochSecond + " s since 1970 (expected years 0-9999)");
    }
    if (nano < 0 || nano > 999_999_999) {
      throw new IllegalArgumentException("Invalid nanosecond of second: " + nano + " (expected 0-999999999)");
    }
    if (fractionDigits < 0 || fractionDigits > MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException("Invalid number of fraction digits: " + fractionDigits + " (expected 0-9)");
    }
    this.epochSecond = epochSecond;
    this.nano = nano;
    this.fractionDigits = fractionDigits;
    this.zoned = zoned;
  }

  /**
   * An instant, as packet captures give it.
   *
   * @param epochSecond seconds since 1970-01-01T00:00:00Z
   * @param nano nanoseconds within the second, 0-999999999
   * @param fractionDigits the precision in decimal digits of a second: 6 for microseconds, 9 for nanoseconds
   * @return the time
   * @throws IllegalArgumentException if a value is out of range (years 0-9999, see {@link #MAX_EPOCH_SECOND})
   */
  public static CaptureTime ofEpoch(long epochSecond, int nano, int fractionDigits) {
    return new CaptureTime(epochSecond, nano, fractionDigits, true);
  }

  /**
   * A local time without a zone, as sngrep and ngrep write it.
   *
   * @param time the date and time as written
   * @param fractionDigits the precision in decimal digits of a second
   * @return the time
   * @throws IllegalArgumentException if {@code fractionDigits} or the year (0-9999) is out of range
   */
  public static CaptureTime ofLocal(LocalDateTime time, int fractionDigits) {
    Instant asIfUtc = time.toInstant(ZoneOffset.UTC);
    return new CaptureTime(asIfUtc.getEpochSecond(), asIfUtc.getNano(), fractionDigits, false);
  }

  /**
   * Whether the time is an instant (its zone is known), rather than a local time as written.
   *
   * @return {@code true} for an instant
   */
  public boolean isZoned() {
    return zoned;
  }

  /**
   * The instant, if the zone is known.
   *
   * @return the instant, or empty for a local time
   */
  public Optional<Instant> instant() {
    return zoned ? Optional.of(Instant.ofEpochSecond(epochSecond, nano)) : Optional.empty();
  }

  /**
   * The date and time: in UTC for an instant, as written for a local time.
   *
   * @return the date and time
   */
  public LocalDateTime dateTime() {
    return LocalDateTime.ofEpochSecond(epochSecond, nano, ZoneOffset.UTC);
  }

  /**
   * The seconds: since 1970-01-01T00:00:00Z for an instant; for a local time, as if it were in UTC.
   *
   * @return the seconds
   */
  public long epochSecond() {
    return epochSecond;
  }

  /**
   * The nanoseconds within the second.
   *
   * @return 0-999999999
   */
  public int nano() {
    return nano;
  }

  /**
   * The precision, in decimal digits of a second: 0 for seconds, 3 for milliseconds, 6 for microseconds, 9 for
   * nanoseconds (finer clocks are kept to the nanosecond).
   *
   * @return 0-9
   */
  public int fractionDigits() {
    return fractionDigits;
  }

  /**
   * The time in ISO-8601, with as many fraction digits as its precision, and {@code Z} when it is an instant.
   *
   * @return for example {@code 2026-11-23T10:15:02.120331Z}
   */
  @Override
  public String toString() {
    LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    StringBuilder out = new StringBuilder(32).append(time.toLocalDate()).append('T');
    two(out, time.getHour()).append(':');
    two(out, time.getMinute()).append(':');
    two(out, time.getSecond());
    if (fractionDigits > 0) {
      String digits = Integer.toString(1_000_000_000 + nano);
      out.append('.').append(digits, 1, 1 + fractionDigits);
    }
    return zoned ? out.append('Z').toString() : out.toString();
  }

  private static StringBuilder two(StringBuilder out, int value) {
    return out.append(value < 10 ? "0" : "").append(value);
  }

  /**
   * Equal when the time, the precision and whether it is zoned are.
   *
   * @param other the object to compare with
   * @return whether it is an equal time
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CaptureTime that
        && epochSecond == that.epochSecond
        && nano == that.nano
        && fractionDigits == that.fractionDigits
        && zoned == that.zoned;
  }

  /**
   * A hash of the time.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (Long.hashCode(epochSecond) * 31 + nano) * 31 + fractionDigits * 2 + (zoned ? 1 : 0);
  }
}
