package io.github.sipcodes.bench;

import java.util.SplittableRandom;

/**
 * Realistic SIP responses and header values, each kind in a few variants, spread over arrays of {@link #SIZE} in a
 * fixed shuffled order, so that a parser benchmark sees different lengths and shapes and the branch predictor cannot
 * learn one input.
 *
 * <p>Both sides read the same text: the status line as it stands in a message, with its CRLF, and each header line
 * as JAIN-SIP's message parser hands it to JAIN-SIP's header parsers, ending in LF ({@code "Retry-After: 120\n"}; those
 * parsers refuse a CRLF). Both libraries' header parsers take such a line as it is, header name included, so every
 * header benchmark measures the parser alone.
 */
final class WireMix {

  /** How many inputs one benchmark invocation parses; every parse benchmark declares it as operations per invocation. */
  static final int SIZE = 64;

  /** Complete responses as a UAC receives them: a status line and seven headers, no body. */
  static final String[] RESPONSES = {
    response("SIP/2.0 180 Ringing", 1, "Contact: <sip:bob@192.0.2.4:5060>"),
    response("SIP/2.0 200 OK", 1, "Contact: <sip:bob@192.0.2.4:5060;transport=udp>"),
    response("SIP/2.0 486 Busy Here", 1, "Retry-After: 300 (In a meeting)"),
    response("SIP/2.0 503 Service Unavailable", 1, "Retry-After: 120;duration=3600"),
    response("SIP/2.0 487 Request Terminated", 1, "Reason: SIP;cause=487;text=\"Request Terminated\""),
    response("SIP/2.0 488 Not Acceptable Here", 1, "Warning: 304 pbx.example.com \"Media type not available\""),
  };

  /** Retry-After values: a bare delay, a comment, a duration, both. */
  static final String[] RETRY_AFTER = {
    "120", "300 (In a meeting)", "3600;duration=1800", "18000 (Maintenance window);duration=3600", "30",
  };

  /** Reason values: SIP and Q.850 causes, with and without text, and a list of two (RFC 3326). */
  static final String[] REASON = {
    "SIP;cause=200;text=\"Call completed elsewhere\"",
    "Q.850;cause=16;text=\"Normal call clearing\"",
    "SIP;cause=487;text=\"Request Terminated\"",
    "Q.850;cause=17",
    "SIP;cause=600;text=\"Busy Everywhere\", Q.850;cause=17;text=\"User busy\"",
  };

  /** Warning values: warn-agents as host, host and port, and IP address (RFC 3261 §20.43). */
  static final String[] WARNING = {
    "304 pbx.example.com \"Media type not available\"",
    "370 192.0.2.10:5060 \"Insufficient bandwidth\"",
    "399 sbc.example.net \"Upstream trunk down\"",
    "305 proxy.example.org:5061 \"Incompatible media format\"",
  };

  private WireMix() {}

  private static String response(String statusLine, int cseq, String extraHeader) {
    return statusLine + "\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds;received=192.0.2.1\r\n"
        + "From: Alice <sip:alice@example.com>;tag=1928301774\r\n"
        + "To: Bob <sip:bob@example.org>;tag=a6c85cf\r\n"
        + "Call-ID: a84b4c76e66710@pc33.example.com\r\n"
        + "CSeq: " + cseq + " INVITE\r\n"
        + extraHeader + "\r\n"
        + "Content-Length: 0\r\n"
        + "\r\n";
  }

  /** Returns the first line of a response, with its CRLF. */
  static String firstLine(String response) {
    return response.substring(0, response.indexOf("\r\n") + 2);
  }

  /** Returns {@link #SIZE} picks from the variants in a fixed shuffled order; every variant appears. */
  static String[] spread(String[] variants, long seed) {
    String[] picks = new String[SIZE];
    for (int i = 0; i < SIZE; i++) {
      picks[i] = variants[i % variants.length];
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = SIZE - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swap = picks[i];
      picks[i] = picks[j];
      picks[j] = swap;
    }
    return picks;
  }

  /** Returns each value as a header line, as JAIN-SIP's message parser cuts it out: {@code "Name: value\n"}. */
  static String[] headerLines(String name, String[] values) {
    String[] lines = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      lines[i] = name + ": " + values[i] + "\n";
    }
    return lines;
  }
}
