package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.SipStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageHeadTest {

  /** A 480 as a carrier sends it: compact names, names in odd case, repeated and comma-joined headers, a body. */
  private static final String RESPONSE = String.join("\r\n",
      "SIP/2.0 480 Temporarily Unavailable",
      "v: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds;received=192.0.2.1",
      "Via: SIP/2.0/UDP 192.0.2.2;branch=z9hG4bKsecond",
      "f: \"Alice, A.\" <sip:alice@example.com;transport=udp>;tag=1928301774",
      "TO: <sip:bob@example.org>;tag=a6c85cf",
      "i: a84b4c76e66710@pc33.example.com",
      "cseq: 314159 INVITE",
      "Reason: Q.850;cause=18;text=\"No user responding\"",
      "Warning: 399 sbc.example.net \"Trunk busy\", 370 sbc.example.net \"Bandwidth\"",
      "reason: SIP;cause=480",
      "Retry-After: 120 (back soon)",
      "Server: Acme SBC 4.2 (build 7, rel)",
      "Content-Type: application/sdp",
      "Content-Length: 4",
      "",
      "v=0\r\n");

  @Test
  void response_exposesWhatSaysWhatHappened() {
    ResponseHead head = ResponseHead.parse(RESPONSE);
    assertSame(SipStatus.TEMPORARILY_UNAVAILABLE, head.response());
    assertSame(StatusLine.of(SipStatus.TEMPORARILY_UNAVAILABLE), head.statusLine());
    assertEquals(Optional.of(new CSeq(314159, "INVITE")), head.cseq());
    assertEquals(Optional.of("a84b4c76e66710@pc33.example.com"), head.callId());
    assertEquals(Optional.of(Duration.ofMinutes(2)), head.retryAfter().map(RetryAfter::delay));
    assertEquals(List.of("Q.850;cause=18;text=\"No user responding\"", "SIP;cause=480"),
        head.reasons().values().stream().map(Reason::toString).toList());
    assertEquals(Optional.of(Q850Cause.NO_USER_RESPONDING), head.reasons().values().get(0).q850Cause());
    assertEquals(List.of(399, 370), head.warnings().values().stream().map(Warning::code).toList());
    assertEquals(Optional.of("Acme SBC 4.2 (build 7, rel)"), head.server());
    assertEquals(Optional.empty(), head.userAgent());
    assertEquals(Optional.of("z9hG4bK776asdhds"), head.viaBranch());
    assertEquals(Optional.of("1928301774"), head.fromTag());
    assertEquals(Optional.of("a6c85cf"), head.toTag());
    assertEquals("ResponseHead[SIP/2.0 480 Temporarily Unavailable]", head.toString());
  }

  @Test
  void anyHeader_byNameInAnyCase_orCompactForm() {
    ResponseHead head = ResponseHead.parse(RESPONSE);
    assertEquals(Optional.of("a84b4c76e66710@pc33.example.com"), head.header("CALL-ID"));
    assertEquals(head.header("Call-ID"), head.header("i"));
    assertEquals(head.header("Content-Type"), head.header("c"));
    assertEquals(Optional.of("4"), head.header("l"));
    assertEquals(List.of("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds;received=192.0.2.1",
        "SIP/2.0/UDP 192.0.2.2;branch=z9hG4bKsecond"), head.headers("VIA"));
    assertEquals(head.headers("via"), head.headers("v"));
    assertEquals(List.of("Q.850;cause=18;text=\"No user responding\"", "SIP;cause=480"), head.headers("Reason"));
    assertEquals(Optional.empty(), head.header("Contact"));
    assertEquals(List.of(), head.headers("m"));
    assertEquals(Optional.empty(), head.header("v=0"));
    assertThrows(IllegalArgumentException.class, () -> head.header(" "));
  }

  @Test
  void bytes_readAsUtf8_fromAnyPartOfAnArray() {
    byte[] message = RESPONSE.replace("Temporarily Unavailable", "Momentanément indisponible")
        .getBytes(StandardCharsets.UTF_8);
    byte[] buffer = new byte[message.length + 10];
    System.arraycopy(message, 0, buffer, 7, message.length);
    ResponseHead head = ResponseHead.parse(buffer, 7, message.length);
    assertEquals("Momentanément indisponible", head.statusLine().reasonPhrase());
    assertEquals(Optional.of(new CSeq(314159, "INVITE")), head.cseq());
    assertEquals(head.statusLine(), ResponseHead.parse(message).statusLine());
    assertInstanceOf(ResponseHead.class, MessageHead.parse(message));
    assertThrows(IndexOutOfBoundsException.class, () -> ResponseHead.parse(buffer, 7, buffer.length));
  }

  /** LF-only line ends (sngrep issues #156 and #294), folded lines (doubango issue #27), keep-alive CRLFs before. */
  @Test
  void lfLineEnds_foldedLines_andLeadingEmptyLines() {
    String text = """
        \r

        SIP/2.0 401 Unauthorized
        WWW-Authenticate: Digest realm="ims.com",
         nonce="2dKTzX37",algorithm=MD5
        CSeq: 2
        \t REGISTER
        Call-ID:
           folded-only@host

        """;
    ResponseHead head = ResponseHead.parse(text);
    assertSame(SipStatus.UNAUTHORIZED, head.response());
    assertEquals(Optional.of("Digest realm=\"ims.com\", nonce=\"2dKTzX37\",algorithm=MD5"),
        head.header("WWW-Authenticate"));
    assertEquals(Optional.of(new CSeq(2, "REGISTER")), head.cseq());
    assertEquals(Optional.of("folded-only@host"), head.callId());
  }

  @Test
  void linesThatAreNotHeaders_areSkipped_andTheBodyIsNotRead() {
    ResponseHead head = ResponseHead.parse(String.join("\r\n",
        "SIP/2.0 200 OK",
        " continuation before any header",
        "no colon here",
        ": no name",
        "Empty:",
        "Call-ID   :   spaced  ",
        "",
        "Call-ID: in the body",
        ""));
    assertEquals(Optional.of("spaced"), head.callId());
    assertEquals(Optional.of(""), head.header("Empty"));
    assertEquals(List.of("spaced"), head.headers("Call-ID"));
  }

  @Test
  void aHeadWithoutEmptyLine_endsWithTheInput() {
    assertEquals(Optional.of("x@y"), ResponseHead.parse("SIP/2.0 200 OK\r\nCall-ID: x@y").callId());
    assertEquals(Optional.of("x@y"), ResponseHead.parse("SIP/2.0 200 OK\r\nCall-ID: x@y\r\n").callId());
  }

  @Test
  void request_exposesTheRequestLine_andTheSameHeaders() {
    RequestHead cancel = RequestHead.parse(String.join("\r\n",
        "CANCEL sip:bob@example.org SIP/2.0",
        "Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776asdhds",
        "From: Alice <sip:alice@example.com>;tag=1928301774",
        "To: Bob <sip:bob@example.org>",
        "Call-ID: a84b4c76e66710",
        "CSeq: 314159 CANCEL",
        "Reason: SIP;cause=200;text=\"Call completed elsewhere\"",
        "User-Agent: Linphone/5.2",
        "",
        ""));
    assertEquals("CANCEL", cancel.method());
    assertEquals("sip:bob@example.org", cancel.requestUri());
    assertEquals(new RequestLine("CANCEL", "sip:bob@example.org"), cancel.requestLine());
    assertEquals(Optional.of("z9hG4bK776asdhds"), cancel.viaBranch());
    assertEquals(Optional.of("1928301774"), cancel.fromTag());
    assertEquals(Optional.empty(), cancel.toTag());
    assertEquals(Optional.of(new CSeq(314159, "CANCEL")), cancel.cseq());
    assertEquals(Optional.of(SipStatus.OK), cancel.reasons().values().get(0).sipResponse());
    assertEquals(Optional.of("Linphone/5.2"), cancel.userAgent());
    assertEquals("RequestHead[CANCEL sip:bob@example.org SIP/2.0]", cancel.toString());
    assertInstanceOf(RequestHead.class, MessageHead.parse(cancel.requestLine() + "\r\n\r\n"));
  }

  @Test
  void tags_fromEveryAddressForm() {
    assertEquals(Optional.of("x"), tag("sip:user@host;tag=x"));
    assertEquals(Optional.of("x"), tag("sip:user@host;transport=udp;tag=x"));
    assertEquals(Optional.of("x"), tag("<sip:user@host;tag=no>;tag=x"));
    assertEquals(Optional.of("x"), tag("\"A; B, <C>\" <sip:user@host>;TAG=x;other"));
    assertEquals(Optional.of("x"), tag("Display Name <sip:user@host> ; tag = x"));
    assertEquals(Optional.of(""), tag("<sip:user@host>;tag"));
    assertEquals(Optional.empty(), tag("<sip:user@host;tag=inside>"));
    assertEquals(Optional.empty(), tag("<sip:user@host"));
    // A Cisco phone's doubled quotes (erlnets/nksip issue #20): no tag can be read, none is invented.
    assertEquals(Optional.empty(), tag("\"\"unknown\"\" <sip:1234@192.0.2.1>"));
  }

  private static Optional<String> tag(String from) {
    return ResponseHead.parse("SIP/2.0 200 OK\r\nFrom: " + from + "\r\n\r\n").fromTag();
  }

  @Test
  void accessorsThatParse_sayWhyWhenTheValueIsBad() {
    ResponseHead head = ResponseHead.parse(String.join("\r\n", "SIP/2.0 503 Service Unavailable",
        "CSeq: one INVITE", "Retry-After: soon", "Via: SIP/2.0/UDP h;branch=\"open", "Reason: x;;=", "", ""));
    assertEquals("Invalid CSeq value \"one INVITE\" at offset 0: expected a sequence number (RFC 3261 §20.16)",
        assertThrows(SipParseException.class, head::cseq).getMessage());
    assertThrows(SipParseException.class, head::retryAfter);
    assertThrows(SipParseException.class, head::viaBranch);
    assertEquals(List.of(), head.reasons().values());
    assertEquals(1, head.reasons().unparsed().size());
    assertEquals(Optional.empty(), head.fromTag());
  }

  @Test
  void aRequestIsRefusedAsAResponse_andTheOtherWayRound_withAClearMessage() {
    SipParseException e = assertThrows(SipParseException.class,
        () -> ResponseHead.parse("INVITE sip:bob@example.org SIP/2.0\r\n\r\n"));
    assertEquals("Invalid SIP response \"INVITE sip:bob@example.org SIP/2.0\" at offset 0: expected a status line"
        + " (SIP/2.0 code phrase), found a request line; read requests with RequestHead or MessageHead",
        e.getMessage());
    e = assertThrows(SipParseException.class, () -> RequestHead.parse("SIP/2.0 200 OK\r\n\r\n".getBytes(
        StandardCharsets.UTF_8)));
    assertEquals("Invalid SIP request \"SIP/2.0 200 OK\" at offset 0: expected a request line (METHOD Request-URI"
        + " SIP/2.0), found a status line; read responses with ResponseHead or MessageHead", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\r\n\r\n", "HTTP/1.1 200 OK\r\n\r\n", "hello"})
  void whatIsNotSip_isRefused(String text) {
    SipParseException e = assertThrows(SipParseException.class, () -> MessageHead.parse(text));
    assertTrue(String.valueOf(e.getMessage()).startsWith("Invalid SIP message "), e.getMessage());
    assertThrows(SipParseException.class, () -> ResponseHead.parse(text));
    assertThrows(SipParseException.class, () -> RequestHead.parse(text));
  }

  @Test
  void badStartLines_sayWhatWasExpected() {
    assertEquals("Invalid SIP status line \"SIP/2.0 99 Low\" at offset 8: expected a three-digit status code"
        + " (RFC 3261 §7.2)", assertThrows(SipParseException.class,
            () -> MessageHead.parse("SIP/2.0 99 Low\r\n\r\n")).getMessage());
    assertEquals("Invalid SIP request line \"INVITE sip:x SIP/3.0\" at offset 13: expected SIP version 2.0"
        + " (RFC 3261 §7.1)", assertThrows(SipParseException.class,
            () -> MessageHead.parse("INVITE sip:x SIP/3.0\r\n\r\n")).getMessage());
  }

  /** Offsets in a start line's error count from the start of that line, after the empty lines before it. */
  @Test
  void startLineErrors_countFromTheLine() {
    SipParseException status = assertThrows(SipParseException.class,
        () -> MessageHead.parse("\r\n\r\nSIP/2.0 99 Low\r\n\r\n"));
    assertEquals(8, status.offset());
    assertEquals("Invalid SIP status line \"SIP/2.0 99 Low\" at offset 8: expected a three-digit status code"
        + " (RFC 3261 §7.2)", status.getMessage());
    SipParseException request = assertThrows(SipParseException.class,
        () -> MessageHead.parse("\n\nINVITE sip:x SIP/3.0\n\n"));
    assertEquals(13, request.offset());
    assertEquals("Invalid SIP request line \"INVITE sip:x SIP/3.0\" at offset 13: expected SIP version 2.0"
        + " (RFC 3261 §7.1)", request.getMessage());
    String line = "SIP/2.0 200 " + "x".repeat(StatusLine.MAX_LENGTH);
    assertEquals(StatusLine.MAX_LENGTH,
        assertThrows(SipParseException.class, () -> ResponseHead.parse("\r\n" + line + "\r\n\r\n")).offset());
  }

  /** The limit is exact: a head of {@link MessageHead#MAX_LENGTH} characters or bytes is read, one more is not. */
  @Test
  void theLimitIsExact() {
    String start = "SIP/2.0 200 OK\r\nX: ";
    String exactly = start + "y".repeat(MessageHead.MAX_LENGTH - start.length());
    assertEquals(MessageHead.MAX_LENGTH, exactly.length());
    byte[] bytes = exactly.getBytes(StandardCharsets.UTF_8);
    assertEquals(MessageHead.MAX_LENGTH - start.length(),
        ResponseHead.parse(exactly).header("X").orElseThrow().length());
    assertEquals(Optional.of(SipStatus.OK), Optional.of(ResponseHead.parse(bytes).response()));
    assertInstanceOf(ResponseHead.class, MessageHead.parse(bytes));
    String request = "OPTIONS sip:x SIP/2.0\r\nX: ";
    byte[] exactRequest = (request + "y".repeat(MessageHead.MAX_LENGTH - request.length()))
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("OPTIONS", RequestHead.parse(exactRequest).method());
    assertEquals("OPTIONS", RequestHead.parse(new String(exactRequest, StandardCharsets.UTF_8)).method());
    for (Function<String, MessageHead> parse : List.<Function<String, MessageHead>>of(MessageHead::parse,
        ResponseHead::parse, text -> MessageHead.parse(text.getBytes(StandardCharsets.UTF_8)),
        text -> ResponseHead.parse(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThrows(SipParseException.class, () -> parse.apply(exactly + "y"));
    }
    for (Function<String, MessageHead> parse : List.<Function<String, MessageHead>>of(RequestHead::parse,
        text -> RequestHead.parse(text.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(MessageHead.MAX_LENGTH, assertThrows(SipParseException.class,
          () -> parse.apply(new String(exactRequest, StandardCharsets.UTF_8) + "y")).offset());
    }
  }

  @Test
  void aHeadLongerThanTheLimit_isRefused_withAClearMessage() {
    String filler = "X-Filler: " + "y".repeat(1000) + "\r\n";
    String longHead = "SIP/2.0 200 OK\r\n" + filler.repeat(70) + "\r\n";
    for (Function<String, MessageHead> parse : List.<Function<String, MessageHead>>of(MessageHead::parse,
        text -> ResponseHead.parse(text.getBytes(StandardCharsets.UTF_8)))) {
      SipParseException e = assertThrows(SipParseException.class, () -> parse.apply(longHead));
      assertEquals(MessageHead.MAX_LENGTH, e.offset());
      assertTrue(String.valueOf(e.getMessage()).endsWith(
          "expected the head (start line and headers) to end with an empty line within 65536 characters"),
          e.getMessage());
    }
    // A long body is no problem: only the head counts.
    String longBody = "SIP/2.0 200 OK\r\nCall-ID: b\r\n\r\n" + "z".repeat(200_000);
    assertEquals(Optional.of("b"), ResponseHead.parse(longBody).callId());
    assertEquals(Optional.of("b"), ResponseHead.parse(longBody.getBytes(StandardCharsets.UTF_8)).callId());
  }

  // ---- from a SIP stack's message

  @Test
  @SuppressWarnings("NullAway") // a function that returns null, as careless code may pass, is read as no values
  void of_readsAFunctionFromNameToValues() {
    Map<String, List<String>> headers = Map.of(
        "Reason", List.of("Q.850;cause=34", "SIP;cause=503"),
        "Retry-After", List.of("30"),
        "CSeq", List.of("7 INVITE"),
        "Call-ID", List.of("abc"));
    ResponseHead head = ResponseHead.of(503, name -> headers.getOrDefault(name, List.of()));
    assertSame(StatusLine.of(SipStatus.SERVICE_UNAVAILABLE), head.statusLine());
    assertEquals(Optional.of(Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE), head.reasons().values().get(0).q850Cause());
    assertEquals(2, head.reasons().values().size());
    assertEquals(Optional.of(Duration.ofSeconds(30)), head.retryAfter().map(RetryAfter::delay));
    assertEquals(Optional.of(new CSeq(7, "INVITE")), head.cseq());
    assertEquals(Optional.of("abc"), head.header("i"));
    assertEquals(Optional.empty(), head.warnings().first());
    assertEquals(Optional.empty(), ResponseHead.of(200, name -> null).callId());
    assertThrows(IllegalArgumentException.class, () -> ResponseHead.of(99, name -> List.of()));
  }

  /** What JAIN-SIP's {@code Header.toString()} gives: the name, the value and CRLF; folded values are unfolded. */
  @Test
  void ofHeaders_readsHeaderObjects_withTheirNamesAndLineEnds() {
    Map<String, List<Object>> headers = Map.of(
        "Reason", List.of(new Printed("Reason: Q.850;cause=21;text=\"Call rejected\"\r\n")),
        "Warning", List.of(new Printed("Warning: 399 gw \"a\"\r\n"), new Printed("warning :\r\n  399 gw \"b\"\r\n")),
        "Call-ID", List.of(new Printed("i: compact@host\r\n")),
        "CSeq", List.of(new Printed("1 INVITE")));
    ResponseHead head = ResponseHead.ofHeaders(603, name -> headers.getOrDefault(name, List.of()).iterator());
    assertEquals(List.of("Q.850;cause=21;text=\"Call rejected\""),
        head.reasons().values().stream().map(Reason::toString).toList());
    assertEquals(List.of("a", "b"), head.warnings().values().stream().map(Warning::text).toList());
    assertEquals(Optional.of("compact@host"), head.callId());
    assertEquals(Optional.of(new CSeq(1, "INVITE")), head.cseq());
    assertEquals(Optional.empty(), head.server());
    Map<String, List<Object>> folded = Map.of("Warning", List.of("399 gw\r\n \"folded\"", "  370 gw \"x\"\n"));
    assertEquals(List.of("folded", "x"), ResponseHead.ofHeaders(488, name -> folded.getOrDefault(name, List.of())
        .iterator()).warnings().values().stream().map(Warning::text).toList());
    Iterator<Object> withNull = java.util.Arrays.<Object>asList(null, "x@y").iterator();
    assertEquals(Optional.of("x@y"), ResponseHead.ofHeaders(200, name -> withNull).callId());
  }

  private record Printed(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("message", assertThrows(NullPointerException.class,
        () -> MessageHead.parse((CharSequence) null)).getMessage());
    assertEquals("message", assertThrows(NullPointerException.class,
        () -> ResponseHead.parse((byte[]) null, 0, 0)).getMessage());
    assertEquals("headerValues", assertThrows(NullPointerException.class,
        () -> ResponseHead.of(200, null)).getMessage());
    assertEquals("headers", assertThrows(NullPointerException.class,
        () -> ResponseHead.ofHeaders(200, null)).getMessage());
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> ResponseHead.parse("SIP/2.0 200 OK").header(null)).getMessage());
  }
}
