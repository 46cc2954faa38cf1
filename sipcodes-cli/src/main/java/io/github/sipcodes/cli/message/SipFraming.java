package io.github.sipcodes.cli.message;

/**
 * Where SIP messages start and end in bytes, without parsing their headers: the shape of a start line, the empty
 * line that ends the header section, and the {@code Content-Length} that sizes the body. This is all a packet or a
 * stream needs to be cut into messages; the head itself is read by {@code io.github.sipcodes.wire}.
 *
 * <p>Liberal in what it accepts, as a capture tool must be: lines may end in LF alone as well as CRLF; the version
 * {@code SIP/2.0} is matched without regard to case (RFC 3261 §7.1); header names likewise (§7.3.1), with the compact
 * form {@code l} of {@code Content-Length} (§7.3.3, §20.14) and white space before the colon (§7.3.1).
 *
 * <p>A start line is one of (RFC 3261 §7.1, §7.2):
 *
 * <ul>
 *   <li>a status line: {@code SIP/2.0} and a space, then anything up to the line end (a bad code is still a response
 *       for the next stage to report);
 *   <li>a request line: a method of capital letters (every registered method is), a space, a Request-URI without
 *       spaces, a space and {@code SIP/2.0}.
 * </ul>
 *
 * <p>No control character other than a final CR may appear in a start line, so binary payloads that begin with
 * letters are not taken for SIP. All methods run in time linear in the bytes they look at and allocate nothing.
 *
 * @implSpec This class has no state; it is thread-safe.
 */
public final class SipFraming {

  /**
   * The longest start line looked for, in bytes, not counting its line end: a longer first line is not SIP. A line
   * of this length is a start line whether or not its CRLF follows, so a message cut out of a trace line of this
   * length and given its line end is still one.
   */
  public static final int MAX_START_LINE = 8192;

  /** {@link #startLineEnd} result: the bytes do not begin a SIP start line. */
  public static final int NOT_SIP = -1;

  /** {@link #startLineEnd} result: the bytes so far may begin a start line, but its line end has not arrived. */
  public static final int INCOMPLETE = -2;

  /** {@link #contentLength} result: there is no {@code Content-Length} header. */
  public static final long ABSENT = -1;

  /** {@link #contentLength} result: the {@code Content-Length} value is not a number. */
  public static final long INVALID = -2;

  private static final byte[] VERSION = {'S', 'I', 'P', '/', '2', '.', '0'};
  private static final byte[] CONTENT_LENGTH = {
    'c', 'o', 'n', 't', 'e', 'n', 't', '-', 'l', 'e', 'n', 'g', 't', 'h'
  };

  private SipFraming() {}

  /**
   * The first byte at or after {@code from} that is not a CR or LF: SIP ignores line ends before a start line on
   * streams (RFC 3261 §7.5), where they are also keep-alives (RFC 5626 §3.5.1).
   *
   * @param data the bytes
   * @param from where to start
   * @param to where the bytes end
   * @return the index of the first other byte, or {@code to}
   */
  public static int skipLineEnds(byte[] data, int from, int to) {
    int i = from;
    while (i < to && (data[i] == '\r' || data[i] == '\n')) {
      i++;
    }
    return i;
  }

  /**
   * Whether the bytes begin with {@code SIP/2.0} and a space: the start of a status line (RFC 3261 §7.2).
   *
   * @param data the bytes
   * @param from where the start line would begin
   * @param to where the bytes end
   * @return whether it is a status line
   */
  public static boolean isStatusLine(byte[] data, int from, int to) {
    return to - from > VERSION.length && matchesVersion(data, from) && data[from + VERSION.length] == ' ';
  }

  /**
   * Where the start line that begins at {@code from} ends, after its line end.
   *
   * @param data the bytes
   * @param from where the start line would begin
   * @param to where the bytes available end
   * @param whole whether the bytes end where the message must end (a datagram): then the end of the bytes may also
   *     end the start line, and {@link #INCOMPLETE} is never returned
   * @return the index just after the line's LF (or {@code to} for a whole message without one), {@link #NOT_SIP} or
   *     {@link #INCOMPLETE}
   */
  public static int startLineEnd(byte[] data, int from, int to, boolean whole) {
    // Room for the longest start line and its CRLF: the same line is accepted with or without its line end.
    int limit = Math.min(to, from + MAX_START_LINE + 2);
    int end = from;
    while (end < limit && data[end] != '\n') {
      end++;
    }
    boolean found = end < limit;
    if (!found && !whole) {
      boolean mayFit = to - from <= MAX_START_LINE || (to - from == MAX_START_LINE + 1 && data[to - 1] == '\r');
      return mayFit && mayStartLine(data, from, end) ? INCOMPLETE : NOT_SIP;
    }
    int lineEnd = end > from && data[end - 1] == '\r' ? end - 1 : end;
    if (lineEnd - from > MAX_START_LINE || !isStartLine(data, from, lineEnd)) {
      return NOT_SIP;
    }
    return found ? end + 1 : end;
  }

  private static boolean isStartLine(byte[] data, int from, int to) {
    for (int i = from; i < to; i++) {
      if (((data[i] & 0xFF) < 0x20 && data[i] != '\t') || data[i] == 0x7F) {
        return false;
      }
    }
    if (isStatusLine(data, from, to)) {
      return true;
    }
    int method = from;
    while (method < to && data[method] >= 'A' && data[method] <= 'Z') {
      method++;
    }
    int uriEnd = to - VERSION.length - 1;
    if (method == from || method >= uriEnd - 1 || data[method] != ' ' || data[uriEnd] != ' ') {
      return false;
    }
    for (int i = method + 1; i < uriEnd; i++) {
      if (data[i] == ' ') {
        return false;
      }
    }
    return matchesVersion(data, uriEnd + 1);
  }

  /** Whether a start line without its end yet may still become one: a prefix of a status or request line. */
  private static boolean mayStartLine(byte[] data, int from, int to) {
    int i = from;
    while (i < to && i - from < VERSION.length && lower(data[i]) == lower(VERSION[i - from])) {
      i++;
    }
    if (i == to || (i - from == VERSION.length && data[i] == ' ')) {
      return true;
    }
    int method = from;
    while (method < to && data[method] >= 'A' && data[method] <= 'Z') {
      method++;
    }
    if (method == to) {
      return method > from || to == from;
    }
    if (method == from || data[method] != ' ') {
      return false;
    }
    for (int k = method + 1; k < to; k++) {
      if (((data[k] & 0xFF) < 0x20 && !(data[k] == '\r' && k == to - 1)) || data[k] == 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesVersion(byte[] data, int from) {
    for (int i = 0; i < VERSION.length; i++) {
      if (lower(data[from + i]) != lower(VERSION[i])) {
        return false;
      }
    }
    return true;
  }

  private static int lower(byte b) {
    return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
  }

  /**
   * Reads the header section in one pass: where it ends (just after the empty line that follows the header lines,
   * RFC 3261 §7), and the value of its first {@code Content-Length} (or {@code l}) header.
   *
   * <p>On a stream the header section may arrive in pieces: when its end has not arrived, the result says where to
   * resume ({@link #resumeAt(long)}: the start of the first line not complete) and the {@code Content-Length} found so
   * far; the next call passes both, so that no byte is read twice.
   *
   * @param data the bytes
   * @param lineStart where to read: just after the start line's LF, or where the last call said to resume
   * @param to where the bytes available end
   * @param lengthSoFar {@link #ABSENT}, or the {@code Content-Length} the last call found
   * @return the results packed in a long: read them with {@link #headEnd(long)}, {@link #resumeAt(long)} and
   *     {@link #contentLength(long)}
   */
  public static long scanHead(byte[] data, int lineStart, int to, long lengthSoFar) {
    long length = lengthSoFar;
    int i = lineStart;
    // The start line's own LF may be the first of the two line ends: a message without header lines.
    if (lineStart == 0 || data[lineStart - 1] != '\n') {
      return pack(-1 - lineStart, length);
    }
    while (i < to) {
      int line = i;
      byte b = data[i];
      if (b == '\n') {
        return pack(i + 1, length);
      }
      if (b == '\r' && i + 1 < to && data[i + 1] == '\n') {
        return pack(i + 2, length);
      }
      while (i < to && data[i] != '\n') {
        i++;
      }
      if (i == to) {
        return pack(-1 - line, length);
      }
      if (length == ABSENT && (lower(b) == 'c' || lower(b) == 'l')) {
        int value = nameEnd(data, line, i);
        if (value > 0) {
          length = value(data, value, i);
        }
      }
      i++;
    }
    return pack(-1 - i, length);
  }

  private static long pack(int headEnd, long contentLength) {
    return (long) headEnd << 32 | (contentLength & 0xFFFF_FFFFL);
  }

  /**
   * Where the header section ends, from {@link #scanHead}.
   *
   * @param scan the result of {@link #scanHead}
   * @return the index just after the empty line, or a negative number if it has not arrived
   */
  public static int headEnd(long scan) {
    return (int) (scan >> 32);
  }

  /**
   * Where to resume reading a header section whose end has not arrived, from {@link #scanHead}.
   *
   * @param scan the result of {@link #scanHead}, whose {@link #headEnd(long)} is negative
   * @return the index of the first line not complete
   */
  public static int resumeAt(long scan) {
    return -1 - headEnd(scan);
  }

  /**
   * The {@code Content-Length} value, from {@link #scanHead}: only final once the header section has ended.
   *
   * @param scan the result of {@link #scanHead}
   * @return the length in bytes (values above {@link Integer#MAX_VALUE} are capped there), {@link #ABSENT} or
   *     {@link #INVALID}
   */
  public static long contentLength(long scan) {
    return (int) scan;
  }

  /** If the line at {@code i} names Content-Length, the index just after its colon; else -1. */
  private static int nameEnd(byte[] data, int i, int to) {
    int n = i;
    if (n < to && lower(data[n]) == 'l') {
      n++;
    }
    if (n == i + 1 && n < to && (data[n] == ':' || data[n] == ' ' || data[n] == '\t')) {
      return colon(data, n, to);
    }
    n = i;
    while (n < to && n - i < CONTENT_LENGTH.length && lower(data[n]) == CONTENT_LENGTH[n - i]) {
      n++;
    }
    return n - i == CONTENT_LENGTH.length ? colon(data, n, to) : -1;
  }

  private static int colon(byte[] data, int from, int to) {
    int i = from;
    while (i < to && (data[i] == ' ' || data[i] == '\t')) {
      i++;
    }
    return i < to && data[i] == ':' ? i + 1 : -1;
  }

  /** The value of a Content-Length header whose colon ends at {@code from}, up to its line's LF at {@code to}. */
  private static long value(byte[] data, int from, int to) {
    int i = from;
    while (i < to && (data[i] == ' ' || data[i] == '\t')) {
      i++;
    }
    long value = 0;
    int digits = 0;
    while (i < to && data[i] >= '0' && data[i] <= '9') {
      value = Math.min(value * 10 + (data[i++] - '0'), Integer.MAX_VALUE);
      digits++;
    }
    while (i < to && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r')) {
      i++;
    }
    return digits > 0 && i == to ? value : INVALID;
  }
}
