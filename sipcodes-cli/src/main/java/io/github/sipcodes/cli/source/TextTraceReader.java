package io.github.sipcodes.cli.source;

import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.MessageListener;
import io.github.sipcodes.cli.message.SipFraming;
import io.github.sipcodes.cli.message.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Finds the SIP messages in a text trace, line by line, in bounded memory, and hands each on whole, with what the
 * trace says about it ({@link TextTraceContext}: time, addresses, transport, frame) and the number of the line of its
 * start line.
 *
 * <p>Accepted forms, also mixed, with CRLF or LF line ends:
 *
 * <ul>
 *   <li>raw messages, one after the other, as in a log, or as sngrep saves them as text (a line with the time and the
 *       addresses, then the message);
 *   <li>tshark's verbose text ({@code tshark -V}): the start line after {@code Status-Line: } or {@code
 *       Request-Line: }, the header lines one level deeper after {@code Message Header}; the lines tshark adds below
 *       a header (its decoding), in brackets, and the decoded body are left out;
 *   <li>ngrep's output: once a {@code #} line or an {@code U}/{@code T} line with {@code ->} is seen, each line's final
 *       dot (the CR that {@code -W byline} shows) is dropped, and a packet shown whole (the default mode, CRLF shown
 *       as two dots, indented by two spaces, possibly wrapped over several lines) is joined and split at every pair
 *       of dots.
 * </ul>
 *
 * <p>A message starts at a start line ({@link SipFraming}; here a status line may be any line that begins with
 * {@code SIP/2.0} and a space, so that a bad status code still shows), after leading white space. Its header
 * section ends at an empty line, at the next message or separator line, or at the end of the input; the indentation
 * of its start line is taken off its other lines, and a line that is neither a header (no colon) nor a folded
 * continuation (more indented) is left out, as a log line between messages. Its body, when the trace shows one, runs to its
 * {@code Content-Length} (counting CRLF line ends), or without one to the next message or separator line. The body
 * of a message whose {@code Content-Type} is {@code message/sipfrag} (RFC 3420, as in a NOTIFY for a REFER) holds a
 * status line that is not a message of the trace: it runs to the next empty line. Lines longer than
 * {@value #MAX_LINE} bytes are cut; messages longer than {@value #MAX_MESSAGE} bytes too.
 *
 * <p>Not thread-safe: one instance reads one trace.
 */
final class TextTraceReader {

  /** The longest line kept, in bytes; the rest of a longer line is dropped. */
  static final int MAX_LINE = 8192;

  /** The longest message kept, in bytes. */
  static final int MAX_MESSAGE = 256 * 1024;

  private static final byte[] STATUS_LINE = "Status-Line: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REQUEST_LINE = "Request-Line: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MESSAGE_HEADER = "Message Header".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARROW = " -> ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DOTS = "..".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] COLON = {':'};
  private static final byte[] CONTENT_TYPE = "content-type".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SIPFRAG = "message/sipfrag".getBytes(StandardCharsets.US_ASCII);

  private enum Phase {
    /** Outside any message: before the first one, between packets, after a body. */
    OUTSIDE,
    /** In the header section. */
    HEAD,
    /** In the body. */
    BODY,
    /** In the body of a message/sipfrag message, which ends at an empty line. */
    SIPFRAG
  }

  private final MessageListener listener;
  private final TextTraceContext context = new TextTraceContext();
  private final byte[] line = new byte[MAX_LINE];
  private final ByteBuilder message = new ByteBuilder(MAX_MESSAGE);
  private final ByteBuilder packet = new ByteBuilder(MAX_MESSAGE);
  private long lineNumber;
  private long messages;
  private boolean ngrep;
  private boolean inPacket;
  private long packetLine;

  private Phase phase = Phase.OUTSIDE;
  private long messageLine;
  private final TextTraceContext messageContext = new TextTraceContext();
  private int indent;
  private boolean tshark;
  private boolean tsharkHeaders;
  private boolean sipfrag;
  private long bodyLength;
  private long bodyWritten;
  private int blankLines;

  TextTraceReader(MessageListener listener) {
    this.listener = listener;
  }

  /**
   * Reads the whole trace.
   *
   * @param input the input
   * @return the number of messages delivered
   */
  long read(ByteInput input) throws IOException {
    int length = 0;
    while (input.request(1)) {
      byte[] data = input.buffer();
      int end = input.limit();
      int at = input.position();
      while (at < end) {
        byte b = data[at++];
        if (b == '\n') {
          endLine(length);
          length = 0;
        } else if (length < MAX_LINE) {
          line[length++] = b;
        }
      }
      input.advance(end - input.position());
    }
    if (length > 0) {
      endLine(length);
    }
    flushPacket();
    finishMessage();
    return messages;
  }

  private void endLine(int rawLength) {
    lineNumber++;
    int length = rawLength > 0 && line[rawLength - 1] == '\r' ? rawLength - 1 : rawLength;
    if (isNgrepMarker(length)) {
      flushPacket();
      finishMessage();
      ngrep = true;
      if (line[0] != '#') {
        context.ngrep(text(line, 0, length));
      }
      return;
    }
    if (tsharkContext(length)) {
      return;
    }
    if (ngrep) {
      if (inPacket) {
        if (length >= 2 && line[0] == ' ' && line[1] == ' ') {
          packet.append(line, 2, length);
          return;
        }
        flushPacket();
      }
      int dots = indexOf(line, 0, length, DOTS);
      if (dots > 0 && startsMessage(line, 0, dots)) {
        inPacket = true;
        packetLine = lineNumber;
        packet.append(line, length >= 2 && line[0] == ' ' && line[1] == ' ' ? 2 : 0, length);
        return;
      }
      if (length > 0 && line[length - 1] == '.') {
        length--;
      }
    }
    process(line, 0, length, lineNumber);
  }

  /** Splits a packet that ngrep showed whole at every pair of dots (its CRLF). */
  private void flushPacket() {
    if (!inPacket) {
      return;
    }
    inPacket = false;
    byte[] data = packet.bytes();
    int end = packet.length();
    int start = 0;
    for (int dots = indexOf(data, 0, end, DOTS); dots >= 0; dots = indexOf(data, start, end, DOTS)) {
      process(data, start, dots, packetLine);
      start = dots + 2;
    }
    if (start < end) {
      process(data, start, end, packetLine);
    }
    packet.clear();
  }

  private boolean isNgrepMarker(int length) {
    if (length >= 2 && (line[0] == 'U' || line[0] == 'T') && line[1] == ' ') {
      return indexOf(line, 0, length, ARROW) > 0;
    }
    for (int i = 0; i < length; i++) {
      if (line[i] != '#') {
        return false;
      }
    }
    return length > 0;
  }

  /** The lines of {@code tshark -V} that describe the frame; {@code true} if the line was one. */
  private boolean tsharkContext(int length) {
    if (startsWith(line, 0, length, "Frame ")) {
      long number = 0;
      int i = 6;
      while (i < length && i < 24 && line[i] >= '0' && line[i] <= '9') {
        number = number * 10 + (line[i++] - '0');
      }
      if (i > 6 && i < length && line[i] == ':') {
        flushPacket();
        finishMessage();
        context.frame(number);
        return true;
      }
      return false;
    }
    if (context.frame == 0 || phase != Phase.OUTSIDE) {
      return false;
    }
    if (startsWith(line, 0, length, "Internet Protocol Version ")) {
      context.addresses(text(line, 0, length));
      return true;
    }
    if (startsWith(line, 0, length, "User Datagram Protocol, ")) {
      context.ports(text(line, 0, length), Transport.UDP);
      return true;
    }
    if (startsWith(line, 0, length, "Transmission Control Protocol, ")) {
      context.ports(text(line, 0, length), Transport.TCP);
      return true;
    }
    int start = skipBlanks(line, 0, length);
    for (String label : new String[] {"Epoch Time: ", "Epoch Arrival Time: "}) {
      if (start > 0 && startsWith(line, start, length, label)) {
        context.epoch(text(line, start + label.length(), length));
        return true;
      }
    }
    return false;
  }

  /** One line of the trace, line ends and ngrep's dots already removed. */
  private void process(byte[] data, int from, int to, long number) {
    int start = skipBlanks(data, from, to);
    int end = to;
    while (end > start && (data[end - 1] == ' ' || data[end - 1] == '\t')) {
      end--;
    }
    if (start == end) {
      blank();
      return;
    }
    if (data[start] >= '0' && data[start] <= '9' && indexOf(data, start, end, ARROW) > start) {
      finishMessage();
      context.sngrep(text(data, start, end));
      return;
    }
    if (phase == Phase.SIPFRAG) {
      bodyLine(data, from, to);
      return;
    }
    int startLine = start;
    boolean labelled = false;
    if (startsWith(data, start, end, STATUS_LINE)) {
      startLine += STATUS_LINE.length;
      labelled = true;
    } else if (startsWith(data, start, end, REQUEST_LINE)) {
      startLine += REQUEST_LINE.length;
      labelled = true;
    }
    if (SipFraming.startLineEnd(data, startLine, end, true) != SipFraming.NOT_SIP) {
      finishMessage();
      // tshark indents its tree; a label without indentation is just text in front of a start line.
      startMessage(number, start - from, labelled && start > from);
      message.append(data, startLine, end);
      message.crlf();
      return;
    }
    switch (phase) {
      case HEAD -> headerLine(data, from, start, end);
      case BODY -> bodyLine(data, from, to);
      default -> {
        // outside a message: not part of the trace's messages
      }
    }
  }

  private void startMessage(long number, int startIndent, boolean labelled) {
    phase = Phase.HEAD;
    messageLine = number;
    indent = startIndent;
    tshark = labelled;
    tsharkHeaders = false;
    sipfrag = false;
    bodyLength = -1;
    bodyWritten = 0;
    blankLines = 0;
    messageContext.time = context.time;
    messageContext.source = context.source;
    messageContext.destination = context.destination;
    messageContext.transport = context.transport;
    messageContext.frame = context.frame;
  }

  private void headerLine(byte[] data, int from, int start, int end) {
    int depth = start - from;
    if (tshark) {
      if (depth <= indent) {
        if (end - start == MESSAGE_HEADER.length && startsWith(data, start, end, MESSAGE_HEADER)) {
          tsharkHeaders = true;
        } else {
          finishMessage();
        }
        return;
      }
      if (!tsharkHeaders || depth != indent + 4 || data[start] == '[') {
        return;
      }
      message.append(data, start, end);
    } else if (depth <= indent && indexOf(data, start, end, COLON) < 0) {
      return; // neither a header line nor a folded continuation: text between messages, such as a log line
    } else {
      message.append(data, Math.min(from + indent, start), end);
    }
    message.crlf();
    int value = contentTypeValue(data, start, end);
    if (value >= 0) {
      sipfrag = end - value >= SIPFRAG.length && startsWithIgnoringCase(data, value, SIPFRAG);
    }
  }

  private void blank() {
    switch (phase) {
      case HEAD -> {
        message.crlf();
        byte[] head = message.bytes();
        int headersStart = SipFraming.startLineEnd(head, 0, message.length(), true);
        bodyLength = SipFraming.contentLength(
            SipFraming.scanHead(head, headersStart, message.length(), SipFraming.ABSENT));
        phase = sipfrag ? Phase.SIPFRAG : Phase.BODY;
        if (tshark || bodyLength == 0) {
          finishMessage();
        }
      }
      case BODY -> blankLines++;
      case SIPFRAG -> finishMessage();
      default -> {
        // between messages
      }
    }
  }

  private void bodyLine(byte[] data, int from, int to) {
    for (; blankLines > 0; blankLines--) {
      message.crlf();
      bodyWritten += 2;
    }
    message.append(data, Math.min(from + indent, to), to);
    message.crlf();
    bodyWritten += to - Math.min(from + indent, to) + 2;
    if (bodyLength >= 0 && bodyWritten >= bodyLength) {
      finishMessage();
    }
  }

  /** Hands on the message being read, if any. */
  private void finishMessage() {
    if (phase == Phase.OUTSIDE) {
      return;
    }
    if (phase == Phase.HEAD) {
      message.crlf();
    }
    phase = Phase.OUTSIDE;
    messages++;
    listener.message(CapturedMessage.fromText(message.bytes(), 0, message.length(), messageContext.time,
        messageContext.source, messageContext.destination, messageContext.transport, messageContext.frame,
        messageLine));
    message.clear();
  }

  private boolean startsMessage(byte[] data, int from, int to) {
    int start = skipBlanks(data, from, to);
    if (startsWith(data, start, to, STATUS_LINE)) {
      start += STATUS_LINE.length;
    } else if (startsWith(data, start, to, REQUEST_LINE)) {
      start += REQUEST_LINE.length;
    }
    return SipFraming.startLineEnd(data, start, to, true) != SipFraming.NOT_SIP;
  }

  /**
   * If the line is a {@code Content-Type} header, or its compact form {@code c} (RFC 3261 §7.3.3), where its value
   * starts; else -1.
   */
  private static int contentTypeValue(byte[] data, int from, int to) {
    int name = from;
    if (to - from >= CONTENT_TYPE.length && startsWithIgnoringCase(data, from, CONTENT_TYPE)) {
      name += CONTENT_TYPE.length;
    } else if (to > from && (data[from] == 'c' || data[from] == 'C')) {
      name++;
    } else {
      return -1;
    }
    name = skipBlanks(data, name, to);
    return name < to && data[name] == ':' ? skipBlanks(data, name + 1, to) : -1;
  }

  private static int skipBlanks(byte[] data, int from, int to) {
    int i = from;
    while (i < to && (data[i] == ' ' || data[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] data, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] data, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (data[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoringCase(byte[] data, int from, byte[] lowerCasePrefix) {
    for (int i = 0; i < lowerCasePrefix.length; i++) {
      int b = data[from + i];
      if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != lowerCasePrefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, int from, int to, byte[] what) {
    for (int i = from; i <= to - what.length; i++) {
      if (startsWith(data, i, to, what)) {
        return i;
      }
    }
    return -1;
  }

  private static String text(byte[] data, int from, int to) {
    return new String(data, from, to - from, StandardCharsets.UTF_8);
  }
}
