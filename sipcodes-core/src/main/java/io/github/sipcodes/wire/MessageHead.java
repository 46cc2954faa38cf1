package io.github.sipcodes.wire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The head of a SIP message, read as text: its start line and its header section, with the headers that say what
 * happened to a request (RFC 3261 §7). A {@link ResponseHead} or a {@link RequestHead}.
 *
 * <pre>{@code
 * switch (MessageHead.parse(packet, 0, length)) {
 *   case ResponseHead response -> report(response.statusLine(), response.reasons().values());
 *   case RequestHead request -> track(request.method(), request.callId(), request.viaBranch());
 * }
 * }</pre>
 *
 * <p><b>What is read.</b> Bytes are decoded as UTF-8 (RFC 3261 §7.3.1; a malformed sequence becomes U+FFFD); text is
 * read as it is. Empty lines before the start line are skipped (RFC 3261 §7.5). Lines end with CRLF or LF. A line
 * that starts with a space or tab continues the header before it and is unfolded (RFC 3261 §7.3.1). Header names
 * match in any case and by compact form: {@code i} is {@code Call-ID}, and so on for the 19 compact forms of the IANA
 * "Header Fields" registry (RFC 3261 §7.3.3). A header may appear several times, and one line may hold several
 * comma-separated values; {@link #reasons()} and {@link #warnings()} read them all. The head ends at the first empty
 * line; the body is not read. A line without a colon is not a header and is skipped. The head (start line and
 * headers) may be at most {@link #MAX_LENGTH} characters (bytes, when read from bytes); a longer one is refused with a
 * message that says so.
 *
 * <p><b>Cost.</b> Reading a head makes one string for it and an index of where each header is; no string is made for
 * a header until it is asked for, and each accessor reads its header when called, so keep what you use.
 *
 * <p><b>Errors.</b> A start line that is neither a status line nor a request line is refused with a
 * {@link SipParseException}. The accessors that parse a value ({@link #cseq()}, {@link #retryAfter()},
 * {@link #viaBranch()}, {@link #fromTag()}, {@link #toTag()}) throw one when the header is there but its value does
 * not parse; {@link #reasons()} and {@link #warnings()} never throw, and report the parts that do not parse.
 *
 * <p>Immutable and thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7">RFC 3261 §7</a>
 * @since 0.1.0
 */
public abstract sealed class MessageHead permits ResponseHead, RequestHead {

  /** The longest head (start line and header section) that is read, in characters. */
  public static final int MAX_LENGTH = 65_536;

  private static final String WHAT = "SIP message";

  private final HeaderSource headers;

  MessageHead(HeaderSource headers) {
    this.headers = headers;
  }

  /**
   * Reads the head of a SIP message, response or request.
   *
   * @param message the message, UTF-8; the body, if any, is not read
   * @return a {@link ResponseHead} or a {@link RequestHead}
   * @throws SipParseException if the message does not start with a status line or a request line, or its head is
   *     longer than {@link #MAX_LENGTH}
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static MessageHead parse(byte[] message) {
    return parse(message, 0, message.length);
  }

  /**
   * Reads the head of a SIP message held in part of an array, such as a datagram in a receive buffer.
   *
   * @param message the array
   * @param offset where the message starts
   * @param length how many bytes it has
   * @return a {@link ResponseHead} or a {@link RequestHead}
   * @throws SipParseException if the message does not start with a status line or a request line, or its head is
   *     longer than {@link #MAX_LENGTH}
   * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not fit the array
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static MessageHead parse(byte[] message, int offset, int length) {
    return read(decode(message, offset, length), length > MAX_LENGTH, null);
  }

  /**
   * Reads the head of a SIP message given as text.
   *
   * @param message the message; the body, if any, is not read
   * @return a {@link ResponseHead} or a {@link RequestHead}
   * @throws SipParseException if the message does not start with a status line or a request line, or its head is
   *     longer than {@link #MAX_LENGTH}
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static MessageHead parse(CharSequence message) {
    String text = Objects.requireNonNull(message, "message").toString();
    return read(text, text.length() > MAX_LENGTH, null);
  }

  /** Decodes what a head can hold: at most {@link #MAX_LENGTH} bytes. */
  static String decode(byte[] message, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(message, "message").length);
    return new String(message, offset, Math.min(length, MAX_LENGTH), StandardCharsets.UTF_8);
  }

  /**
   * Reads a head from text: finds the start line, tells a response from a request, and indexes the header section.
   *
   * @param cut whether the message goes on after {@code text}, which is then {@link #MAX_LENGTH} long
   * @param wanted {@code ResponseHead.class} or {@code RequestHead.class} to refuse the other kind, or {@code null}
   */
  static MessageHead read(String text, boolean cut, @Nullable Class<? extends MessageHead> wanted) {
    int length = Math.min(text.length(), MAX_LENGTH);
    int start = 0;
    while (start < length && Lexer.isLineBreak(text.charAt(start))) {
      start++;
    }
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0 || lineEnd >= length) {
      lineEnd = length;
    }
    HeaderSection section = HeaderSection.read(text, Math.min(lineEnd + 1, length), length);
    if (cut && section.end() >= length) {
      throw new SipParseException(WHAT, text, length, "expected the head (start line and headers) to end with an"
          + " empty line within " + MAX_LENGTH + " characters");
    }
    int withoutLineEnd = Lexer.withoutLineEnd(text, start, lineEnd);
    int contentEnd = Lexer.trimEnd(text, start, withoutLineEnd);
    int first = start;
    while (first < contentEnd && Lexer.isWhitespace(text.charAt(first))) {
      first++;
    }
    boolean response = AsciiCase.regionMatches(text, first, "SIP/");
    boolean request = !response && endsWithVersion(text, first, contentEnd);
    if (wanted == ResponseHead.class && request) {
      throw new SipParseException("SIP response", text.substring(start, contentEnd), 0,
          "expected a status line (SIP/2.0 code phrase), found a request line; read requests with RequestHead or"
              + " MessageHead");
    }
    if (wanted == RequestHead.class && response) {
      throw new SipParseException("SIP request", text.substring(start, contentEnd), 0,
          "expected a request line (METHOD Request-URI SIP/2.0), found a status line; read responses with"
              + " ResponseHead or MessageHead");
    }
    if (wanted == ResponseHead.class || (wanted == null && response)) {
      return new ResponseHead(Lexer.parseLine(text, start, withoutLineEnd, "SIP status line", ParseMode.TOLERANT,
          StatusLine::read), section);
    }
    if (wanted == RequestHead.class || request) {
      return new RequestHead(Lexer.parseLine(text, start, withoutLineEnd, "SIP request line", ParseMode.TOLERANT,
          RequestLine::read), section);
    }
    throw new SipParseException(WHAT, text.substring(start, contentEnd), 0, first == contentEnd
        ? "expected a status line or a request line, found nothing"
        : "expected a status line (SIP/2.0 code phrase) or a request line (METHOD Request-URI SIP/2.0)");
  }

  /** Tells whether the line's last word starts with "SIP/", as a request line's version does. */
  private static boolean endsWithVersion(String text, int first, int last) {
    int word = last;
    while (word > first && !Lexer.isWhitespace(text.charAt(word - 1))) {
      word--;
    }
    return word > first && AsciiCase.regionMatches(text, word, "SIP/");
  }

  // ---- any header

  /**
   * Returns the value of the first header with a name, unfolded and without the white space around it.
   *
   * <pre>{@code
   * head.header("Contact");   // also finds a header sent as "m:" or "CONTACT:"
   * }</pre>
   *
   * @param name the header name, in any case, or its compact form
   * @return the value, possibly empty, or empty if the message has no such header
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} is {@code null}
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.first(HeaderName.of(name)));
  }

  /**
   * Returns the value of every header with a name, in order. A line that holds several comma-separated values is one
   * element: only the header's own grammar can tell a separating comma from one inside a value.
   *
   * @param name the header name, in any case, or its compact form
   * @return the values, unfolded and trimmed; empty if there is no such header; unmodifiable
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} is {@code null}
   */
  public List<String> headers(String name) {
    return headers.all(HeaderName.of(name));
  }

  // ---- the headers that say what happened

  /**
   * Returns the {@code Call-ID}, which groups the messages of a call or registration (RFC 3261 §20.8).
   *
   * @return the value as received, or empty if there is none
   */
  public Optional<String> callId() {
    return Optional.ofNullable(headers.first(HeaderName.CALL_ID));
  }

  /**
   * Returns the {@code CSeq}: the sequence number and the method of the request (RFC 3261 §20.16). In a response it
   * tells what was answered.
   *
   * @return the value, read tolerantly, or empty if there is none
   * @throws SipParseException if the header is there and its value does not parse
   */
  public Optional<CSeq> cseq() {
    String value = headers.first(HeaderName.CSEQ);
    return value == null ? Optional.empty() : Optional.of(CSeq.parse(value));
  }

  /**
   * Returns the first {@code Retry-After} (RFC 3261 §20.33).
   *
   * @return the value, read tolerantly, or empty if there is none
   * @throws SipParseException if the header is there and its value does not parse
   */
  public Optional<RetryAfter> retryAfter() {
    String value = headers.first(HeaderName.RETRY_AFTER);
    return value == null ? Optional.empty() : Optional.of(RetryAfter.parse(value));
  }

  /**
   * The delay of the first {@code Retry-After} header that parses, for a reading that takes what it can: RFC 3261
   * §20.33 allows one such header, but a device that sends a bad one and then a good one is still understood.
   */
  Optional<Duration> firstRetryAfterDelay() {
    for (String value : headers.all(HeaderName.RETRY_AFTER)) {
      try {
        return Optional.of(RetryAfter.parse(value).delay());
      } catch (SipParseException e) {
        // not this one: the next, if any
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every {@code Reason} value of every {@code Reason} header (RFC 3326, RFC 9366), read tolerantly, with the
   * parts that do not parse. Several headers are read as one, joined with {@code ", "} (RFC 3261 §7.3.1); offsets
   * count from the start of that joined value.
   *
   * @return the values and the unparsed parts; both empty if there is no such header
   */
  public HeaderValues<Reason> reasons() {
    String value = joined(HeaderName.REASON);
    return value == null ? HeaderValues.empty() : Reason.parseAll(value);
  }

  /**
   * Returns every {@code Warning} value of every {@code Warning} header (RFC 3261 §20.43), read tolerantly, with the
   * parts that do not parse; several headers are read as one, as for {@link #reasons()}.
   *
   * @return the values and the unparsed parts; both empty if there is no such header
   */
  public HeaderValues<Warning> warnings() {
    String value = joined(HeaderName.WARNING);
    return value == null ? HeaderValues.empty() : Warning.parseAll(value);
  }

  /**
   * Returns the {@code Server} header: the software that answered (RFC 3261 §20.35). Usually set in responses.
   *
   * @return the value as received, or empty if there is none
   */
  public Optional<String> server() {
    return Optional.ofNullable(headers.first(HeaderName.SERVER));
  }

  /**
   * Returns the {@code User-Agent} header: the software that sent the message (RFC 3261 §20.41).
   *
   * @return the value as received, or empty if there is none
   */
  public Optional<String> userAgent() {
    return Optional.ofNullable(headers.first(HeaderName.USER_AGENT));
  }

  /**
   * Returns the {@code branch} parameter of the topmost {@code Via}: the transaction a message belongs to (RFC 3261
   * §8.1.1.7, §17.2.3). A CANCEL has the branch of the INVITE it cancels (RFC 3261 §9.1).
   *
   * @return the branch, or empty if there is no Via or it has no branch
   * @throws SipParseException if the topmost Via's parameters do not parse
   */
  public Optional<String> viaBranch() {
    return parameter(HeaderName.VIA, "branch");
  }

  /**
   * Returns the {@code tag} parameter of the {@code From} header: the sender's half of a dialog (RFC 3261 §19.3).
   *
   * @return the tag, or empty if there is no From or it has no tag
   * @throws SipParseException if the From header's parameters do not parse
   */
  public Optional<String> fromTag() {
    return parameter(HeaderName.FROM, "tag");
  }

  /**
   * Returns the {@code tag} parameter of the {@code To} header: the answerer's half of a dialog (RFC 3261 §19.3),
   * absent from an initial request and from a 100 Trying.
   *
   * @return the tag, or empty if there is no To or it has no tag
   * @throws SipParseException if the To header's parameters do not parse
   */
  public Optional<String> toTag() {
    return parameter(HeaderName.TO, "tag");
  }

  /** Returns the values of every header with a name, joined with ", " (RFC 3261 §7.3.1), or null if there is none. */
  private @Nullable String joined(HeaderName name) {
    List<String> values = headers.all(name);
    return values.isEmpty() ? null : values.size() == 1 ? values.get(0) : String.join(", ", values);
  }

  /** Reads a header parameter of the first value of the first header with a name. */
  private Optional<String> parameter(HeaderName header, String parameter) {
    String value = headers.first(header);
    if (value == null) {
      return Optional.empty();
    }
    return Lexer.parse(value, header.name() + " value", ParseMode.TOLERANT, lexer -> {
      lexer.skipToHeaderParameters();
      return lexer.findParameter(parameter);
    });
  }
}
