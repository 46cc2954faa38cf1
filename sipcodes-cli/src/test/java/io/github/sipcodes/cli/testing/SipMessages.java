package io.github.sipcodes.cli.testing;

import java.nio.charset.StandardCharsets;

/** SIP message templates for tests, with CRLF line ends and a correct Content-Length. */
public final class SipMessages {

  private SipMessages() {}

  /** An INVITE with an SDP body. */
  public static String invite(String callId, int cseq) {
    String sdp = "v=0\r\no=alice 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n"
        + "m=audio 49170 RTP/AVP 0\r\n";
    return "INVITE sip:bob@example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-" + callId + "-" + cseq + "\r\n"
        + "Max-Forwards: 70\r\n"
        + "From: <sip:alice@example.com>;tag=a-" + callId + "\r\n"
        + "To: <sip:bob@example.com>\r\n"
        + "Call-ID: " + callId + "\r\n"
        + "CSeq: " + cseq + " INVITE\r\n"
        + "Contact: <sip:alice@192.0.2.10>\r\n"
        + "Content-Type: application/sdp\r\n"
        + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
  }

  /** A response to an INVITE, with extra header lines (each ending in CRLF) and no body. */
  public static String response(int code, String phrase, String callId, int cseq, String extra) {
    return "SIP/2.0 " + code + " " + phrase + "\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-" + callId + "-" + cseq + "\r\n"
        + "From: <sip:alice@example.com>;tag=a-" + callId + "\r\n"
        + "To: <sip:bob@example.com>;tag=b-" + callId + "\r\n"
        + "Call-ID: " + callId + "\r\n"
        + "CSeq: " + cseq + " INVITE\r\n"
        + extra
        + "Content-Length: 0\r\n\r\n";
  }

  public static byte[] bytes(String message) {
    return message.getBytes(StandardCharsets.UTF_8);
  }
}
