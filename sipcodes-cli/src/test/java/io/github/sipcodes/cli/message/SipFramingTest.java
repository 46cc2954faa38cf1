package io.github.sipcodes.cli.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SipFramingTest {

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static int startLineEnd(String text, boolean whole) {
    byte[] data = ascii(text);
    return SipFraming.startLineEnd(data, 0, data.length, whole);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIP/2.0 200 OK\r\n", "SIP/2.0 99 Too Low\n", "sip/2.0 486 busy\r\n", "SIP/2.0 \n",
      "INVITE sip:bob@example.com SIP/2.0\r\n", "A b SIP/2.0\n", "REGISTER sip:x sip/2.0\r\n",
      "SIP/2.0 200 OK\ttab\r\n"})
  void startLines(String line) {
    assertEquals(line.length(), startLineEnd(line + "Via: x\r\n", false));
    assertEquals(line.length(), startLineEnd(line, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIP/2.0\r\n", "SIP/2.1 200 OK\r\n", "HTTP/1.1 200 OK\r\n", "invite sip:a SIP/2.0\r\n",
      "INVITE  SIP/2.0\r\n", "INVITE SIP/2.0\r\n", "INVITE sip:a b SIP/2.0\r\n", "INVITE sip:a SIP/2.0 \r\n",
      "INVITE sip:a\u0001 SIP/2.0\r\n", "SIP/2.0 200\u0000OK\r\n", "SIP/2.0 200 \u007fOK\r\n", "INV1TE sip:a SIP/2.0\n",
      " SIP/2.0 200 OK\n", "INVITE sip:a SIP/2.1\r\n", "\r\n", "X\n", "INVITE\tsip:a SIP/2.0\n"})
  void notStartLines(String line) {
    assertEquals(SipFraming.NOT_SIP, startLineEnd(line, false));
    assertEquals(SipFraming.NOT_SIP, startLineEnd(line, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "S", "SIP/2.", "SIP/2.0", "SIP/2.0 200 O", "sip/2.0 ", "INVITE", "INVITE ", "INVITE sip:a",
      "INVITE sip:a SIP/2.0", "INVITE sip:a SIP/2.0\r"})
  void theStartOfAStartLine_isIncomplete(String text) {
    assertEquals(SipFraming.INCOMPLETE, startLineEnd(text, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP/1.1", "SIP/2.1", "SIP/X", "INVITE\u0001", "INVITE sip:\u0000", "invite", "SIP/2.0X",
      "INVITE sip:\u007f", " INVITE"})
  void whatCannotBecomeAStartLine_isNotSip(String text) {
    assertEquals(SipFraming.NOT_SIP, startLineEnd(text, false));
  }

  @Test
  void aStartLineLongerThanTheLimit_isNotSip() {
    String uri = "sip:" + "a".repeat(SipFraming.MAX_START_LINE);
    assertEquals(SipFraming.NOT_SIP, startLineEnd("INVITE " + uri + " SIP/2.0\r\n", false));
    assertEquals(SipFraming.NOT_SIP, startLineEnd("INVITE " + uri, false));
    assertEquals(SipFraming.NOT_SIP, startLineEnd("INVITE " + uri + " SIP/2.0", true));
    String status = "SIP/2.0 423 " + "x".repeat(SipFraming.MAX_START_LINE - 11);
    assertEquals(SipFraming.MAX_START_LINE + 1, status.length());
    for (String end : new String[] {"", "\r", "\n", "\r\n"}) {
      assertEquals(SipFraming.NOT_SIP, startLineEnd(status + end, true), "line end " + end.length());
      assertEquals(SipFraming.NOT_SIP, startLineEnd(status + end, false), "line end " + end.length());
    }
  }

  /** A start line of the longest length is one with or without its line end (a trace line cut at that length). */
  @Test
  void aStartLineOfTheLimit_isOneWithOrWithoutItsLineEnd() {
    String fits = "INVITE sip:" + "a".repeat(SipFraming.MAX_START_LINE - 19) + " SIP/2.0";
    String status = "SIP/2.0 423 " + "x".repeat(SipFraming.MAX_START_LINE - 12);
    for (String line : new String[] {fits, status}) {
      assertEquals(SipFraming.MAX_START_LINE, line.length());
      assertEquals(line.length() + 2, startLineEnd(line + "\r\n", false));
      assertEquals(line.length() + 2, startLineEnd(line + "\r\n", true));
      assertEquals(line.length() + 1, startLineEnd(line + "\n", false));
      assertEquals(SipFraming.INCOMPLETE, startLineEnd(line, false));
      assertEquals(SipFraming.INCOMPLETE, startLineEnd(line + "\r", false));
      assertEquals(line.length(), startLineEnd(line, true));
      assertEquals(line.length() + 1, startLineEnd(line + "\r", true));
    }
  }

  @Test
  void startLine_inTheMiddleOfAnArray() {
    byte[] data = ascii("xxSIP/2.0 200 OK\r\nyy");
    assertEquals(18, SipFraming.startLineEnd(data, 2, data.length, false));
    assertEquals(true, SipFraming.isStatusLine(data, 2, data.length));
    assertEquals(false, SipFraming.isStatusLine(data, 0, data.length));
    assertEquals(false, SipFraming.isStatusLine(data, 2, 9));
  }

  @Test
  void skipLineEnds() {
    byte[] data = ascii("\r\n\n\rX\r\n");
    assertEquals(4, SipFraming.skipLineEnds(data, 0, data.length));
    assertEquals(2, SipFraming.skipLineEnds(data, 0, 2));
    assertEquals(4, SipFraming.skipLineEnds(data, 4, data.length));
  }

  static long scan(String message) {
    byte[] data = ascii(message);
    int headers = SipFraming.startLineEnd(data, 0, data.length, false);
    return SipFraming.scanHead(data, headers, data.length, SipFraming.ABSENT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "SIP/2.0 200 OK\\r\\nContent-Length: 12\\r\\n\\r\\nbody | 38 | 12",
    "SIP/2.0 200 OK\\r\\ncontent-length:12\\r\\n\\r\\n | 37 | 12",
    "SIP/2.0 200 OK\\r\\nl: 3\\r\\n\\r\\n | 24 | 3",
    "SIP/2.0 200 OK\\r\\nL \\t: 4 \\r\\n\\r\\n | 27 | 4",
    "SIP/2.0 200 OK\\r\\nContent-Length: 0\\r\\nContent-Length: 9\\r\\n\\r\\n | 56 | 0",
    "SIP/2.0 200 OK\\r\\n\\r\\n | 18 | -1",
    "SIP/2.0 200 OK\\nContent-Length: 5\\n\\n | 34 | 5",
    "SIP/2.0 200 OK\\r\\nCall-ID: x\\r\\nContent-Length: 2\\n\\n | 47 | 2",
    "SIP/2.0 200 OK\\r\\nContent-Length: 1 2\\r\\n\\r\\n | 39 | -2",
    "SIP/2.0 200 OK\\r\\nContent-Length:\\r\\n\\r\\n | 35 | -2",
    "SIP/2.0 200 OK\\r\\nContent-Length: 99999999999\\r\\n\\r\\n | 47 | 2147483647",
    "SIP/2.0 200 OK\\r\\nContent-Lengthy: 5\\r\\n\\r\\n | 38 | -1",
    "SIP/2.0 200 OK\\r\\nContent-Type: a\\r\\nLocation: x\\r\\nlx: 5\\r\\n\\r\\n | 55 | -1",
    "SIP/2.0 200 OK\\r\\n Content-Length: 5\\r\\n\\r\\n | 38 | -1",
    "SIP/2.0 200 OK\\r\\nContent-Length 5\\r\\n\\r\\n | 36 | -1",
    "SIP/2.0 200 OK\\r\\nX: \\r\\r\\n\\r\\n | 24 | -1",
  })
  void scanHead_findsTheEndOfTheHeadAndTheContentLength(String message, int headEnd, long contentLength) {
    String text = message.strip().replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
    long scan = scan(text);
    assertEquals(headEnd, SipFraming.headEnd(scan));
    assertEquals(contentLength, SipFraming.contentLength(scan));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // Where the first line not complete starts; a Content-Length is read only from a whole line.
    "SIP/2.0 200 OK\\r\\nContent-Length: 5\\r\\n | 35 | 5",
    "SIP/2.0 200 OK\\r\\nContent-Length: 5\\r | 16 | -1",
    "SIP/2.0 200 OK\\r\\nContent-Length: 5 | 16 | -1",
    "SIP/2.0 200 OK\\r\\nl | 16 | -1",
    "SIP/2.0 200 OK\\r\\n\\r | 16 | -1",
    "SIP/2.0 200 OK\\r\\n | 16 | -1",
    "SIP/2.0 200 OK\\r\\nVia: x\\r\\nl: 7\\r\\nTo: | 30 | 7",
  })
  void scanHead_thatHasNotEnded_saysWhereToResume(String message, int resumeAt, long contentLength) {
    String text = message.strip().replace("\\r", "\r").replace("\\n", "\n");
    long scan = scan(text);
    assertEquals(true, SipFraming.headEnd(scan) < 0);
    assertEquals(resumeAt, SipFraming.resumeAt(scan));
    assertEquals(contentLength, SipFraming.contentLength(scan));
  }

  @Test
  void scanHead_resumed_findsWhatOneScanFinds() {
    byte[] whole = ascii("INVITE sip:a SIP/2.0\r\nVia: x\r\nContent-Length: 12\r\nTo: b\r\n\r\nhello world!");
    long once = SipFraming.scanHead(whole, 22, whole.length, SipFraming.ABSENT);
    assertEquals(59, SipFraming.headEnd(once));
    assertEquals(12, SipFraming.contentLength(once));
    for (int cut = 22; cut < 59; cut++) {
      long first = SipFraming.scanHead(whole, 22, cut, SipFraming.ABSENT);
      long second = SipFraming.scanHead(whole, SipFraming.resumeAt(first), whole.length,
          SipFraming.contentLength(first));
      assertEquals(once, second, "cut at " + cut);
    }
  }

  @Test
  void scanHead_needsTheStartLinesLineEnd() {
    byte[] data = ascii("SIP/2.0 200 OK");
    assertEquals(14, SipFraming.resumeAt(SipFraming.scanHead(data, data.length, data.length, SipFraming.ABSENT)));
    assertEquals(0, SipFraming.resumeAt(SipFraming.scanHead(data, 0, data.length, SipFraming.ABSENT)));
  }
}
