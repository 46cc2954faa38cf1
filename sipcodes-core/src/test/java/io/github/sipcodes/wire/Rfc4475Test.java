package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.SipStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The messages of RFC 4475 ("SIP Torture Test Messages") that sipcodes reads, written here from the RFC's text: every
 * response in it, and the requests whose header section exercises the reader (folding, compact forms, names in odd
 * case). RFC 4475 has no Reason, Warning or Retry-After header; those forms are tested against RFC 3326 and RFC 3261
 * in {@link ReasonTest}, {@link WarningTest} and {@link RetryAfterTest}.
 */
class Rfc4475Test {

  private static String crlf(String... lines) {
    return String.join("\r\n", lines);
  }

  private static final String SDP = crlf("v=0", "o=mhandley 29739 7272939 IN IP4 192.0.2.198", "s=-",
      "c=IN IP4 192.0.2.198", "t=0 0", "m=audio 49217 RTP/AVP 0 12", "m=video 3227 RTP/AVP 31", "a=rtpmap:31 LPC", "");

  /** §3.1.1.12 (unreason): a phrase of UTF-8 characters, which must parse; read from bytes as on the wire. */
  @Test
  void unreason_3_1_1_12() {
    String phrase = "= 2**3 * 5**2 \u043d\u043e \u0441\u0442\u043e"
        + " \u0434\u0435\u0432\u044f\u043d\u043e\u0441\u0442\u043e"
        + " \u0434\u0435\u0432\u044f\u0442\u044c - \u043f\u0440\u043e\u0441\u0442\u043e\u0435";
    byte[] message = crlf("SIP/2.0 200 " + phrase,
        "Via: SIP/2.0/UDP 192.0.2.198;branch=z9hG4bK1324923",
        "Call-ID: unreason.1234ksdfak3j2erwedfsASdf",
        "CSeq: 35 INVITE",
        "From: sip:user@example.com;tag=11141343",
        "To: sip:user@example.edu;tag=2229",
        "Content-Length: 154",
        "Content-Type: application/sdp",
        "Contact: <sip:user@host198.example.com>",
        "",
        SDP).getBytes(StandardCharsets.UTF_8);
    ResponseHead head = ResponseHead.parse(message);
    assertSame(SipStatus.OK, head.response());
    assertEquals(phrase, head.statusLine().reasonPhrase());
    assertEquals(Optional.of(new CSeq(35, "INVITE")), head.cseq());
    assertEquals(Optional.of("unreason.1234ksdfak3j2erwedfsASdf"), head.callId());
    assertEquals(Optional.of("11141343"), head.fromTag());
    assertEquals(Optional.of("2229"), head.toTag());
    assertEquals(Optional.of("z9hG4bK1324923"), head.viaBranch());
    assertEquals(Optional.of("154"), head.header("l"));
  }

  /** §3.1.1.13 (noreason): an empty phrase after the space, which must parse. */
  @Test
  void noreason_3_1_1_13() {
    ResponseHead head = ResponseHead.parse(crlf("SIP/2.0 100 ",
        "Via: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe",
        "Call-ID: noreason.asndj203insdf99223ndf",
        "CSeq: 35 INVITE",
        "From: <sip:user@example.com>;tag=39ansfi3",
        "To: <sip:user@example.edu>;tag=902jndnke3",
        "Content-Length: 0",
        "Contact: <sip:user@host105.example.com>",
        "", ""));
    assertSame(SipStatus.TRYING, head.response());
    assertEquals("", head.statusLine().reasonPhrase());
    assertEquals(Optional.of("noreason.asndj203insdf99223ndf"), head.callId());
    assertEquals(Optional.of("902jndnke3"), head.toTag());
    assertEquals(head.statusLine(), StatusLine.parse("SIP/2.0 100 \r\n", ParseMode.STRICT));
  }

  /** §3.1.2.19 (bigcode): a status code of 4294967301, which must be refused, with a clear message. */
  @Test
  void bigcode_3_1_2_19() {
    String message = crlf("SIP/2.0 4294967301 better not break the receiver",
        "Via: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe",
        "Call-ID: bigcode.asdof3uj203asdnf3429uasdhfas3ehjasdfas9i",
        "CSeq: 353494 INVITE",
        "From: <sip:user@example.com>;tag=39ansfi3",
        "To: <sip:user@example.edu>;tag=902jndnke3",
        "Content-Length: 0",
        "Contact: <sip:user@host105.example.com>",
        "", "");
    String expected = "Invalid SIP status line \"SIP/2.0 4294967301 better not break the receiver\" at offset 8:"
        + " expected a three-digit status code (RFC 3261 §7.2)";
    assertEquals(expected, assertThrows(SipParseException.class, () -> ResponseHead.parse(message)).getMessage());
    assertEquals(expected, assertThrows(SipParseException.class, () -> MessageHead.parse(message)).getMessage());
    assertEquals(expected, assertThrows(SipParseException.class,
        () -> StatusLine.parse("SIP/2.0 4294967301 better not break the receiver", ParseMode.STRICT)).getMessage());
  }

  /** §3.3.10 (bcast): a 200 with two Via headers; the topmost one names the transaction. */
  @Test
  void bcast_3_3_10() {
    ResponseHead head = ResponseHead.parse(crlf("SIP/2.0 200 OK",
        "Via: SIP/2.0/UDP 192.0.2.198;branch=z9hG4bK1324923",
        "Via: SIP/2.0/UDP 255.255.255.255;branch=z9hG4bK1saber23",
        "Call-ID: bcast.0384840201234ksdfak3j2erwedfsASdf",
        "CSeq: 35 INVITE",
        "From: sip:user@example.com;tag=11141343",
        "To: sip:user@example.edu;tag=2229",
        "Content-Length: 154",
        "Content-Type: application/sdp",
        "Contact: <sip:user@host28.example.com>",
        "",
        SDP));
    assertSame(StatusLine.of(SipStatus.OK), head.statusLine());
    assertEquals(Optional.of("z9hG4bK1324923"), head.viaBranch());
    assertEquals(2, head.headers("Via").size());
  }

  /** §3.1.1.1 (wsinv): folding everywhere, white space around colons, compact and odd-case names. */
  @Test
  void wsinv_3_1_1_1() {
    MessageHead head = MessageHead.parse(crlf("INVITE sip:vivekg@chair-dnrc.example.com;unknownparam SIP/2.0",
        "TO :",
        " sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n",
        "from   : \"J Rosenberg \\\\\\\"\"       <sip:jdrosen@example.com>",
        "  ;",
        "  tag = 98asjd8",
        "MaX-fOrWaRdS: 0068",
        "Call-ID: wsinv.ndaksdj@192.0.2.1",
        "Content-Length   : 150",
        "cseq: 0009",
        "  INVITE",
        "Via  : SIP  /   2.0",
        " /UDP",
        "    192.0.2.2;branch=390skdjuw",
        "s :",
        "NewFangledHeader:   newfangled value",
        " continued newfangled value",
        "UnknownHeaderWithUnusualValue: ;;,,;;,;",
        "Content-Type: application/sdp",
        "Route:",
        " <sip:services.example.com;lr;unknownwith=value;unknown-no-value>",
        "v:  SIP  / 2.0  / TCP     spindle.example.com   ;",
        "  branch  =   z9hG4bK9ikj8  ,",
        " SIP  /    2.0   / UDP  192.168.255.111   ; branch=",
        " z9hG4bK30239",
        "m:\"Quoted string \\\"\\\"\" <sip:jdrosen@example.com> ; newparam =",
        "      newvalue ;",
        "  secondparam ; q = 0.33",
        "",
        "v=0", "o=mhandley 29739 7272939 IN IP4 192.0.2.3", "s=-", "c=IN IP4 192.0.2.4", "t=0 0",
        "m=audio 49217 RTP/AVP 0 12", "m=video 3227 RTP/AVP 31", "a=rtpmap:31 LPC", ""));
    RequestHead request = assertInstanceOf(RequestHead.class, head);
    assertEquals(new RequestLine("INVITE", "sip:vivekg@chair-dnrc.example.com;unknownparam"), request.requestLine());
    assertEquals(Optional.of("1918181833n"), head.toTag());
    assertEquals(Optional.of("98asjd8"), head.fromTag());
    assertEquals(Optional.of(new CSeq(9, "INVITE")), head.cseq());
    assertEquals(Optional.of("wsinv.ndaksdj@192.0.2.1"), head.callId());
    assertEquals(Optional.of("390skdjuw"), head.viaBranch());
    // Each line break and the white space after it become one space; the rest of the white space stays.
    assertEquals(List.of("SIP  /   2.0 /UDP 192.0.2.2;branch=390skdjuw",
        "SIP  / 2.0  / TCP     spindle.example.com   ; branch  =   z9hG4bK9ikj8  , SIP  /    2.0   / UDP"
            + "  192.168.255.111   ; branch= z9hG4bK30239"), head.headers("via"));
    assertEquals(Optional.of("0068"), head.header("Max-Forwards"));
    assertEquals(Optional.of("150"), head.header("Content-Length"));
    assertEquals(Optional.of(""), head.header("Subject"));
    assertEquals(Optional.of("newfangled value continued newfangled value"), head.header("newfangledheader"));
    assertEquals(Optional.of(";;,,;;,;"), head.header("UnknownHeaderWithUnusualValue"));
    assertEquals(Optional.of("<sip:services.example.com;lr;unknownwith=value;unknown-no-value>"),
        head.header("Route"));
    assertEquals(Optional.of("\"Quoted string \\\"\\\"\" <sip:jdrosen@example.com> ; newparam = newvalue ;"
        + " secondparam ; q = 0.33"), head.header("Contact"));
  }

  /** §3.1.1.3 (esc01): {@code i:} and an upper-case {@code C:} as compact forms, a Contact folded after its colon. */
  @Test
  void esc01_3_1_1_3() {
    RequestHead head = RequestHead.parse(crlf("INVITE sip:sips%3Auser%40example.com@example.net SIP/2.0",
        "To: sip:%75se%72@example.com",
        "From: <sip:I%20have%20spaces@example.net>;tag=938",
        "Max-Forwards: 87",
        "i: esc01.239409asdfakjkn23onasd0-3234",
        "CSeq: 234234 INVITE",
        "Via: SIP/2.0/UDP host5.example.net;branch=z9hG4bKkdjuw",
        "C: application/sdp",
        "Contact:",
        "  <sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>",
        "Content-Length: 150",
        "",
        "v=0").getBytes(StandardCharsets.UTF_8));
    assertEquals("sip:sips%3Auser%40example.com@example.net", head.requestUri());
    assertEquals(Optional.of("esc01.239409asdfakjkn23onasd0-3234"), head.callId());
    assertEquals(Optional.of("application/sdp"), head.header("Content-Type"));
    assertEquals(Optional.of("<sip:cal%6Cer@host5.example.net;%6C%72;n%61me=v%61lue%25%34%31>"), head.header("m"));
    assertEquals(Optional.of("938"), head.fromTag());
    assertEquals(Optional.empty(), head.toTag());
    assertTrue(head.reasons().isComplete());
  }
}
