package io.github.sipcodes.cli;

import io.github.sipcodes.wire.SipParseException;
import io.github.sipcodes.wire.StatusLine;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the SIP responses in a trace read as text, line by line, in bounded memory.
 *
 * <p>Accepted forms, also mixed, with CRLF or LF line ends:
 *
 * <ul>
 *   <li>raw messages, one after the other, as in a log or as sngrep saves them as text (a line with the time and the
 *       addresses, then the message);
 *   <li>tshark's verbose text ({@code tshark -V}): header lines indented with spaces, the status line after
 *       {@code Status-Line: } and the request line after {@code Request-Line: };
 *   <li>ngrep's output: once a {@code #} line or an {@code U}/{@code T} line with {@code ->} is seen, each line's
 *       final dot (the CR that {@code -W byline} shows) is dropped, and a line holding the whole packet (the default
 *       mode, which shows CRLF as two dots) is split at every pair of dots.
 * </ul>
 *
 * <p>A message starts at a status line ({@code SIP/2.0 486 Busy Here}, RFC 3261 §7.2) or a request line
 * ({@code INVITE sip:bob@example.com SIP/2.0}, RFC 3261 §7.1), after leading white space. Its header section ends
 * at an empty line, at the next message or at the end of the input. Requests are counted and skipped. The
 * {@code Retry-After}, {@code Reason} and {@code Warning} lines of a response are collected (RFC 3261 §7.3: names are
 * case-insensitive), at most {@link #MAX_HEADERS} of them. The body of a message whose {@code Content-Type} is
 * {@code message/sipfrag} (RFC 3420, as in a NOTIFY for a REFER) holds a status line that is not a response of the
 * trace: it is skipped up to the next empty line. Folded header lines are not joined. Lines longer than
 * {@link #MAX_LINE} characters are cut.
 *
 * <p>Not thread-safe: one instance reads one trace.
 */
final class TraceReader {

  /** What the reader reports, in trace order. */
  interface Listener {
    /** A response, reported when its header section ends. */
    void response(TracedResponse response);

    /** A line that starts like a status line but is not a valid one. */
    void malformed(long line, SipParseException problem);

    /** A request line. */
    void request(long line);
  }

  /** The longest line kept, in characters; the rest of a longer line is dropped. */
  static final int MAX_LINE = 8192;

  /** How many header lines of interest are kept per response. */
  static final int MAX_HEADERS = 32;

  private static final String[] NAMES = {"Retry-After", "Reason", "Warning"};

  private enum State {
    /** Outside any message: before the first one, between ngrep or sngrep packets, in a body. */
    OUTSIDE,
    /** In the header section of a message: a response when {@code statusLine} is set, else a request. */
    HEADERS,
    /** In the body of a message/sipfrag message. */
    SIPFRAG
  }

  private final Listener listener;
  private State state = State.OUTSIDE;
  private boolean ngrep;
  private boolean sipfrag;
  private long lineNumber;
  private long responseLine;
  private @Nullable StatusLine statusLine;
  private final List<TracedResponse.Header> headers = new ArrayList<>();
  private int omitted;

  TraceReader(Listener listener) {
    this.listener = listener;
  }

  /** Reads the whole trace; does not close {@code in}. */
  void read(Reader in) throws IOException {
    char[] buffer = new char[8192];
    StringBuilder line = new StringBuilder(256);
    int n;
    while ((n = in.read(buffer)) != -1) {
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (c == '\n') {
          endLine(line);
        } else if (line.length() < MAX_LINE) {
          line.append(c);
        }
      }
    }
    if (!line.isEmpty()) {
      endLine(line);
    }
    finish();
  }

  private void endLine(StringBuilder line) {
    lineNumber++;
    int length = line.length();
    String text = line.substring(0, length > 0 && line.charAt(length - 1) == '\r' ? length - 1 : length);
    line.setLength(0);
    if (isNgrepMarker(text)) {
      ngrep = true;
      finish();
      return;
    }
    if (ngrep) {
      int dots = text.indexOf("..");
      if (dots != -1 && startsMessage(stripPrefix(text.substring(0, dots).strip()))) {
        splitPacket(text);
        return;
      }
      if (text.endsWith(".")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    process(text);
  }

  /** Splits a whole packet that ngrep printed on one line, CRLF shown as two dots. */
  private void splitPacket(String text) {
    int start = 0;
    for (int dots = text.indexOf(".."); dots != -1; dots = text.indexOf("..", start)) {
      process(text.substring(start, dots));
      start = dots + 2;
    }
    if (start != text.length()) {
      process(text.substring(start));
    }
  }

  private static boolean isNgrepMarker(String text) {
    if (text.startsWith("U ") || text.startsWith("T ")) {
      return text.contains(" -> ");
    }
    return !text.isEmpty() && text.chars().allMatch(c -> c == '#');
  }

  private static boolean startsMessage(String text) {
    return isStatusLine(text) || isRequestLine(text);
  }

  private static boolean isStatusLine(String text) {
    return text.regionMatches(true, 0, "SIP/2.0 ", 0, 8);
  }

  /** {@code METHOD SP Request-URI SP SIP/2.0}, the method in capitals as every registered method is. */
  private static boolean isRequestLine(String text) {
    int space = text.indexOf(' ');
    if (space >= text.length() - 8 || !text.regionMatches(true, text.length() - 8, " SIP/2.0", 0, 8)) {
      return false;
    }
    for (int i = 0; i < space; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private void process(String raw) {
    String text = stripPrefix(raw.strip());
    if (text.isEmpty()) {
      endHeaders();
    } else if (Character.isDigit(text.charAt(0)) && text.contains(" -> ")) {
      finish();
    } else if (state == State.SIPFRAG) {
      return;
    } else if (isStatusLine(text)) {
      finish();
      try {
        statusLine = StatusLine.parse(text);
        responseLine = lineNumber;
        state = State.HEADERS;
      } catch (SipParseException e) {
        listener.malformed(lineNumber, e);
      }
    } else if (isRequestLine(text)) {
      finish();
      listener.request(lineNumber);
      state = State.HEADERS;
    } else if (state != State.OUTSIDE) {
      header(text);
    }
  }

  /** Drops tshark's labels in front of the first line of a message. */
  private static String stripPrefix(String text) {
    for (String prefix : new String[] {"Status-Line: ", "Request-Line: "}) {
      if (text.startsWith(prefix)) {
        return text.substring(prefix.length());
      }
    }
    return text;
  }

  private void header(String text) {
    int colon = text.indexOf(':');
    if (colon < 1) {
      return;
    }
    String name = text.substring(0, colon).strip();
    String value = text.substring(colon + 1).strip();
    if (name.equalsIgnoreCase("Content-Type") || name.equals("c")) {
      sipfrag = value.toLowerCase(Locale.ROOT).startsWith("message/sipfrag");
    } else if (statusLine != null) {
      for (String known : NAMES) {
        if (known.equalsIgnoreCase(name)) {
          if (headers.size() < MAX_HEADERS) {
            headers.add(new TracedResponse.Header(known, value));
          } else {
            omitted++;
          }
        }
      }
    }
  }

  /** An empty line: the header section ends; a sipfrag body ends too. */
  private void endHeaders() {
    boolean body = sipfrag;
    finish();
    state = body ? State.SIPFRAG : State.OUTSIDE;
  }

  /** Reports the response whose headers were being read, if any, and leaves the message. */
  private void finish() {
    if (statusLine != null) {
      listener.response(new TracedResponse(responseLine, statusLine, headers, omitted));
    }
    state = State.OUTSIDE;
    sipfrag = false;
    statusLine = null;
    headers.clear();
    omitted = 0;
  }
}
