package io.github.sipcodes.interop;

import java.util.List;

/**
 * The final responses the test UAS peers send, with the headers that change what a client should do.
 *
 * <p>The JAIN-SIP UAS ({@link JainSipPeer#uas()}) builds them from this table; the SIPp scenarios under
 * {@code src/test/resources/io/github/sipcodes/interop/sipp/} send the same lines, and {@link SippInteropTest} checks
 * that they do. Before the final response to an INVITE, both peers send 180 Ringing. REGISTER gets no 180: RFC 4320
 * §4.1 forbids provisional responses other than 100 to non-INVITE requests.
 */
enum WireCase {
  /** A digest challenge (RFC 3261 §22.4). */
  UNAUTHORIZED(
      401,
      "Unauthorized",
      "WWW-Authenticate: Digest realm=\"sipcodes.test\",nonce=\"4f1c9d0e\",algorithm=MD5,qop=\"auth\""),
  /** Busy, with a delay in seconds, a comment and a duration parameter (RFC 3261 §20.33). */
  BUSY_HERE(486, "Busy Here", "Retry-After: 600 (in a meeting);duration=3600"),
  /** Overloaded, with a bare delay: JAIN-SIP's getDuration() is then -1. */
  SERVICE_UNAVAILABLE(503, "Service Unavailable", "Retry-After: 120"),
  /** Declined, with the Q.850 cause an ISDN gateway would send (RFC 6432 §3 allows it in any response but 100). */
  DECLINE(603, "Decline", "Reason: Q.850;cause=21;text=\"Call rejected\""),
  /** The offer's media are not acceptable; warn-code 305 says why (RFC 3261 §20.43). */
  NOT_ACCEPTABLE_HERE(488, "Not Acceptable Here", "Warning: 305 127.0.0.1 \"Incompatible media format\""),
  /** No such user, no extra header. */
  NOT_FOUND(404, "Not Found"),
  /**
   * Rang unanswered, as a gateway reports it: two Reason headers (a Q.850 cause and a SIP cause, RFC 3326 §2 allows
   * one value per protocol), two Warning headers from two hops, and a Retry-After.
   */
  NO_ANSWER(
      480,
      "Temporarily Unavailable",
      "Reason: Q.850;cause=19;text=\"NO_ANSWER\"",
      "Warning: 399 gw1.example.com \"Subscriber not answering\"",
      "Reason: SIP;cause=480;text=\"Temporarily Unavailable\"",
      "Warning: 370 gw2.example.com \"Insufficient bandwidth\"",
      "Retry-After: 300");

  private final int code;
  private final String reasonPhrase;
  private final List<String> headerLines;

  WireCase(int code, String reasonPhrase, String... headerLines) {
    this.code = code;
    this.reasonPhrase = reasonPhrase;
    this.headerLines = List.of(headerLines);
  }

  /** The status code sent. */
  int code() {
    return code;
  }

  /** The reason phrase sent. */
  String reasonPhrase() {
    return reasonPhrase;
  }

  /** The extra header lines sent, each {@code "Name: value"}. */
  List<String> headerLines() {
    return headerLines;
  }

  /** The user part of the Request-URI that asks the JAIN-SIP UAS for this case. */
  String user() {
    return "case-" + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Finds the case a Request-URI user part asks for. */
  static WireCase forUser(String user) {
    for (WireCase c : values()) {
      if (c.user().equals(user)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown test case user: " + user);
  }
}
