package io.github.sipcodes.wire;

import java.util.Objects;

/**
 * The head of a SIP request in one call: the request line and the same header access as a {@link ResponseHead}
 * (see {@link MessageHead} for what is read and how). A CANCEL or BYE says why in its {@code Reason}; a CANCEL
 * matches the INVITE it cancels by {@code Call-ID}, {@code CSeq} number and topmost {@code Via} branch
 * (RFC 3261 §9.1).
 *
 * <pre>{@code
 * RequestHead cancel = RequestHead.parse(datagram, 0, length);
 * cancel.method();                 // "CANCEL"
 * cancel.viaBranch();              // Optional[z9hG4bK776asdhds]
 * cancel.reasons().first();        // Optional[SIP;cause=200;text="Call completed elsewhere"]
 * }</pre>
 *
 * <p>A response is refused with a message that says so; read it with {@link ResponseHead}, or either kind with
 * {@link MessageHead#parse(byte[], int, int)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RequestHead extends MessageHead {

  private final RequestLine requestLine;

  RequestHead(RequestLine requestLine, HeaderSource headers) {
    super(headers);
    this.requestLine = requestLine;
  }

  /**
   * Reads the head of a SIP request.
   *
   * @param message the message, UTF-8; the body, if any, is not read
   * @return the head
   * @throws SipParseException if the message is a response, does not start with a request line, or its head is
   *     longer than {@link #MAX_LENGTH}
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static RequestHead parse(byte[] message) {
    return parse(message, 0, message.length);
  }

  /**
   * Reads the head of a SIP request held in part of an array.
   *
   * @param message the array
   * @param offset where the message starts
   * @param length how many bytes it has
   * @return the head
   * @throws SipParseException if the message is a response, does not start with a request line, or its head is
   *     longer than {@link #MAX_LENGTH}
   * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not fit the array
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static RequestHead parse(byte[] message, int offset, int length) {
    return (RequestHead) read(decode(message, offset, length), length > MAX_LENGTH, RequestHead.class);
  }

  /**
   * Reads the head of a SIP request given as text.
   *
   * @param message the message; the body, if any, is not read
   * @return the head
   * @throws SipParseException if the message is a response, does not start with a request line, or its head is
   *     longer than {@link #MAX_LENGTH}
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static RequestHead parse(CharSequence message) {
    String text = Objects.requireNonNull(message, "message").toString();
    return (RequestHead) read(text, text.length() > MAX_LENGTH, RequestHead.class);
  }

  /**
   * Returns the request line.
   *
   * @return the request line
   */
  public RequestLine requestLine() {
    return requestLine;
  }

  /**
   * Returns the method: {@code requestLine().method()}.
   *
   * @return for example {@code "INVITE"} or {@code "CANCEL"}
   */
  public String method() {
    return requestLine.method();
  }

  /**
   * Returns the Request-URI: {@code requestLine().requestUri()}.
   *
   * @return for example {@code "sip:bob@example.com"}
   */
  public String requestUri() {
    return requestLine.requestUri();
  }

  /**
   * Returns the request line, for a log line.
   *
   * @return for example {@code "RequestHead[CANCEL sip:bob@example.com SIP/2.0]"}
   */
  @Override
  public String toString() {
    return "RequestHead[" + requestLine + "]";
  }
}
