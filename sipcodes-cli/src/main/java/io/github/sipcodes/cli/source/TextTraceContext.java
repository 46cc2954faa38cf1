package io.github.sipcodes.cli.source;

import io.github.sipcodes.cli.message.CaptureTime;
import io.github.sipcodes.cli.message.Endpoint;
import io.github.sipcodes.cli.message.Transport;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a text trace says about the packet whose messages follow, read from the lines that tools write before them:
 *
 * <ul>
 *   <li>sngrep's saved text: {@code 2026/11/23 10:15:02.120331 192.0.2.10:5060 -> 198.51.100.20:5060}, the local
 *       time of the machine that saved it;
 *   <li>ngrep: {@code U 192.0.2.10:5060 -> 198.51.100.20:5060} ({@code T} for TCP), with {@code -t} the local time
 *       between the letter and the addresses;
 *   <li>{@code tshark -V}: {@code Frame 12: ...}, then {@code Epoch Time: 1795...  seconds} (or
 *       {@code Epoch Arrival Time:}, newer versions), {@code Internet Protocol Version 4, Src: ..., Dst: ...} and
 *       {@code User Datagram Protocol, Src Port: 5060, Dst Port: 5060} (or {@code Transmission Control Protocol});
 *       a resolved name comes with the number in parentheses, which is what is read.
 * </ul>
 *
 * <p>A part that does not read is left unknown rather than guessed.
 */
final class TextTraceContext {

  @Nullable CaptureTime time;
  @Nullable Endpoint source;
  @Nullable Endpoint destination;
  Transport transport = Transport.UNKNOWN;
  long frame;

  private @Nullable String sourceAddress;
  private @Nullable String destinationAddress;

  void clear() {
    time = null;
    source = null;
    destination = null;
    transport = Transport.UNKNOWN;
    frame = 0;
    sourceAddress = null;
    destinationAddress = null;
  }

  /** sngrep: {@code date time source -> destination}. */
  void sngrep(String line) {
    clear();
    String[] words = words(line);
    if (words.length >= 5 && words[3].equals("->")) {
      time = localTime(words[0], words[1]);
      source = Endpoint.parse(words[2]).orElse(null);
      destination = Endpoint.parse(words[4]).orElse(null);
    }
  }

  /** ngrep: {@code U [date time] source -> destination ...}. */
  void ngrep(String line) {
    clear();
    String[] words = words(line);
    transport = words[0].equals("T") ? Transport.TCP : Transport.UDP;
    int at = 1;
    if (words.length > 3 && words[1].indexOf('/') > 0) {
      time = localTime(words[1], words[2]);
      at = 3;
    }
    if (words.length > at + 2 && words[at + 1].equals("->")) {
      source = Endpoint.parse(words[at]).orElse(null);
      destination = Endpoint.parse(words[at + 2]).orElse(null);
    }
  }

  /** tshark: {@code Frame 12: ...}. */
  void frame(long number) {
    clear();
    frame = number;
  }

  /** tshark: the text after {@code Epoch Time: }, such as {@code 1796043572.358796000 seconds}. */
  void epoch(String value) {
    int end = value.indexOf(' ');
    String number = end < 0 ? value : value.substring(0, end);
    int dot = number.indexOf('.');
    String whole = dot < 0 ? number : number.substring(0, dot);
    String fraction = dot < 0 ? "" : number.substring(dot + 1);
    if (!digits(whole) || whole.length() > 12 || (!fraction.isEmpty() && !digits(fraction))) {
      return;
    }
    int digits = Math.min(fraction.length(), CaptureTime.MAX_FRACTION_DIGITS);
    int nanos = digits == 0 ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    long seconds = Long.parseLong(whole);
    if (seconds <= CaptureTime.MAX_EPOCH_SECOND) {
      time = CaptureTime.ofEpoch(seconds, nanos, digits);
    }
  }

  /** tshark: {@code Internet Protocol Version 4, Src: ..., Dst: ...}. */
  void addresses(String line) {
    sourceAddress = field(line, "Src: ");
    destinationAddress = field(line, "Dst: ");
  }

  /** tshark: {@code User Datagram Protocol, Src Port: ..., Dst Port: ...} or the same for TCP. */
  void ports(String line, Transport carrier) {
    transport = carrier;
    int sourcePort = port(field(line, "Src Port: "));
    int destinationPort = port(field(line, "Dst Port: "));
    if (sourceAddress != null && sourcePort >= 0) {
      source = Endpoint.of(sourceAddress, sourcePort).orElse(null);
    }
    if (destinationAddress != null && destinationPort >= 0) {
      destination = Endpoint.of(destinationAddress, destinationPort).orElse(null);
    }
  }

  /** The value after {@code name} up to the next comma; the number in parentheses if a name was resolved. */
  private static @Nullable String field(String line, String name) {
    int start = line.indexOf(name);
    if (start < 0) {
      return null;
    }
    start += name.length();
    int end = line.indexOf(", ", start);
    String value = (end < 0 ? line.substring(start) : line.substring(start, end)).strip();
    int open = value.lastIndexOf('(');
    if (open >= 0 && value.endsWith(")")) {
      value = value.substring(open + 1, value.length() - 1);
    }
    return value;
  }

  private static int port(@Nullable String value) {
    return value != null && digits(value) && value.length() <= 5 ? Integer.parseInt(value) : -1;
  }

  /** {@code YYYY/MM/DD} and {@code HH:MM:SS[.fraction]}, a local time; {@code null} if it is not one. */
  private static @Nullable CaptureTime localTime(String date, String clock) {
    String[] day = parts(date, '/');
    String[] hms = parts(clock, ':');
    if (day.length != 3 || hms.length != 3) {
      return null;
    }
    int dot = hms[2].indexOf('.');
    String seconds = dot < 0 ? hms[2] : hms[2].substring(0, dot);
    String fraction = dot < 0 ? "" : hms[2].substring(dot + 1);
    if (!digits(day[0]) || !digits(day[1]) || !digits(day[2]) || !digits(hms[0]) || !digits(hms[1])
        || !digits(seconds) || (!fraction.isEmpty() && !digits(fraction))
        || day[0].length() > 4 || day[1].length() > 2 || day[2].length() > 2 || hms[0].length() > 2
        || hms[1].length() > 2 || seconds.length() > 2) {
      return null;
    }
    int digits = Math.min(fraction.length(), CaptureTime.MAX_FRACTION_DIGITS);
    int nanos = digits == 0 ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    try {
      LocalDateTime time = LocalDateTime.of(
          Integer.parseInt(day[0]), Integer.parseInt(day[1]), Integer.parseInt(day[2]),
          Integer.parseInt(hms[0]), Integer.parseInt(hms[1]), Integer.parseInt(seconds), nanos);
      return CaptureTime.ofLocal(time, digits);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean digits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The words of a line, separated by spaces or tabs. */
  private static String[] words(String line) {
    return parts(line.strip(), ' ');
  }

  /** The parts of a text between separators (tabs count as spaces); runs of spaces count as one. */
  private static String[] parts(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : separator;
      if (c == separator || (separator == ' ' && c == '\t')) {
        if (i > start || separator != ' ') {
          parts.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return parts.toArray(new String[0]);
  }
}
