package io.github.sipcodes.cli.testing;

import java.nio.charset.StandardCharsets;

/** SIP message templates for tests, with CRLF line ends and a correct Content-Length. */
public final class SipMessages {

  private SipMessages() {}

  /** An INVITE with an SDP body. */
  public static String invite(String callId, int cseq) {
    String sdp = crlf(
        """
        v=0
        o=alice 1 1 IN IP4 192.0.2.10
        s=-
        c=IN IP4 192.0.2.10
        t=0 0
        m=audio 49170 RTP/AVP 0
        """);
    return crlf(
        """
        INVITE sip:bob@example.com SIP/2.0
        Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-%1$s-%2$d
        Max-Forwards: 70
        From: <sip:alice@example.com>;tag=a-%1$s
        To: <sip:bob@example.com>
        Call-ID: %1$s
        CSeq: %2$d INVITE
        Contact: <sip:alice@192.0.2.10>
        Content-Type: application/sdp
        Content-Length: %3$d

        """.formatted(callId, cseq, sdp.length())) + sdp;
  }

  /** A response to an INVITE, with extra header lines (each ending in CRLF) and no body. */
  public static String response(int code, String phrase, String callId, int cseq, String extra) {
    return crlf(
        """
        SIP/2.0 %3$d %4$s
        Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-%1$s-%2$d
        From: <sip:alice@example.com>;tag=a-%1$s
        To: <sip:bob@example.com>;tag=b-%1$s
        Call-ID: %1$s
        CSeq: %2$d INVITE
        """.formatted(callId, cseq, code, phrase)) + extra + "Content-Length: 0\r\n\r\n";
  }

  private static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  public static byte[] bytes(String message) {
    return message.getBytes(StandardCharsets.UTF_8);
  }
}
