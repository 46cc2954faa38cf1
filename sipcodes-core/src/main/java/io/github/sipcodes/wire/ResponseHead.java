package io.github.sipcodes.wire;

import io.github.sipcodes.Diagnosis;
import io.github.sipcodes.Q850Cause;
import io.github.sipcodes.RequestDirection;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The head of a SIP response in one call: the status line and the headers that say what the code means here, the
 * {@code CSeq} method, {@code Reason}, {@code Warning}, {@code Retry-After} and the rest (see {@link MessageHead} for
 * what is read and how).
 *
 * <pre>{@code
 * ResponseHead head = ResponseHead.parse(datagram, 0, length);
 * head.response();                 // 480 Temporarily Unavailable
 * head.cseq();                     // Optional[1 INVITE]
 * head.reasons().values();         // [Q.850;cause=18]: no answer, not switched off
 * head.retryAfter();               // Optional[120]
 * head.diagnosis(RequestDirection.SENT).callOutcome();   // NO_ANSWER: all of it read together
 *
 * // From a SIP stack's message, in one line: JAIN-SIP (and Jitsi's fork of it), SIP Servlet.
 * ResponseHead head = ResponseHead.ofHeaders(response.getStatusCode(), response::getHeaders);
 * }</pre>
 *
 * <p>A request is refused with a message that says so; read requests with {@link RequestHead}, or either kind with
 * {@link MessageHead#parse(byte[], int, int)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResponseHead extends MessageHead {

  private final StatusLine statusLine;

  ResponseHead(StatusLine statusLine, HeaderSource headers) {
    super(headers);
    this.statusLine = statusLine;
  }

  /**
   * Reads the head of a SIP response.
   *
   * @param message the message, UTF-8; the body, if any, is not read
   * @return the head
   * @throws SipParseException if the message is a request, does not start with a status line, or its head is longer
   *     than {@link #MAX_LENGTH}
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static ResponseHead parse(byte[] message) {
    return parse(message, 0, message.length);
  }

  /**
   * Reads the head of a SIP response held in part of an array, such as a datagram in a receive buffer.
   *
   * @param message the array
   * @param offset where the message starts
   * @param length how many bytes it has
   * @return the head
   * @throws SipParseException if the message is a request, does not start with a status line, or its head is longer
   *     than {@link #MAX_LENGTH}
   * @throws IndexOutOfBoundsException if {@code offset} and {@code length} do not fit the array
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static ResponseHead parse(byte[] message, int offset, int length) {
    return (ResponseHead) read(decode(message, offset, length), length > MAX_LENGTH, ResponseHead.class);
  }

  /**
   * Reads the head of a SIP response given as text.
   *
   * @param message the message; the body, if any, is not read
   * @return the head
   * @throws SipParseException if the message is a request, does not start with a status line, or its head is longer
   *     than {@link #MAX_LENGTH}
   * @throws NullPointerException if {@code message} is {@code null}
   */
  public static ResponseHead parse(CharSequence message) {
    String text = Objects.requireNonNull(message, "message").toString();
    return (ResponseHead) read(text, text.length() > MAX_LENGTH, ResponseHead.class);
  }

  /**
   * Builds the head of a response that something else has parsed, from its status code and a function from a header
   * name to the header's values.
   *
   * <pre>{@code
   * Map<String, List<String>> received = ...;   // names as the IANA registry spells them
   * ResponseHead head = ResponseHead.of(503, name -> received.getOrDefault(name, List.of()));
   * }</pre>
   *
   * <p>The function is asked with a header's full name as the IANA registry spells it ({@code Call-ID},
   * {@code CSeq}, {@code Retry-After}, or the name given to {@link #header(String)}); it returns the values of every
   * header with that name, in order, or an empty list or {@code null}. A value may carry the header name and colon
   * and a line end, and may be folded. The status line has the code's registered phrase.
   *
   * @param statusCode the status code, 100 to 699
   * @param headerValues the header values by name
   * @return the head; it calls the function each time a header is asked for
   * @throws IllegalArgumentException if {@code statusCode} is not between 100 and 699
   * @throws NullPointerException if {@code headerValues} is {@code null}
   */
  public static ResponseHead of(int statusCode, Function<String, List<String>> headerValues) {
    Objects.requireNonNull(headerValues, "headerValues");
    return ofHeaders(statusCode, name -> {
      List<String> values = headerValues.apply(name);
      return values == null ? Collections.<String>emptyIterator() : values.iterator();
    });
  }

  /**
   * Builds the head of a response that a SIP stack has parsed, from its status code and its method that returns the
   * headers with a name: in one line with JAIN-SIP ({@code javax.sip.message.Response}, also as Jitsi ships it) and
   * SIP Servlet ({@code javax.servlet.sip.SipServletResponse}), whose {@code getHeaders(String)} return a
   * {@code ListIterator}.
   *
   * <pre>{@code
   * ResponseHead head = ResponseHead.ofHeaders(response.getStatusCode(), response::getHeaders);   // JAIN-SIP
   * ResponseHead head = ResponseHead.ofHeaders(response.getStatus(), response::getHeaders);       // SIP Servlet
   * }</pre>
   *
   * <p>Each element's {@code toString()} is a value; JAIN-SIP's headers print as {@code "Reason: Q.850;cause=16\r\n"},
   * and the header name, colon and line end are removed. Otherwise as {@link #of(int, Function)}.
   *
   * @param statusCode the status code, 100 to 699
   * @param headers the headers by name, as an iterator over objects whose {@code toString()} is a header or its value
   * @return the head; it calls the function each time a header is asked for
   * @throws IllegalArgumentException if {@code statusCode} is not between 100 and 699
   * @throws NullPointerException if {@code headers} is {@code null}
   */
  public static ResponseHead ofHeaders(int statusCode, Function<String, ? extends Iterator<?>> headers) {
    StatusLine statusLine = StatusLine.of(SipResponse.of(statusCode));
    return new ResponseHead(statusLine, new StackHeaders(Objects.requireNonNull(headers, "headers")));
  }

  /**
   * Returns the status line, with the phrase as received.
   *
   * @return the status line
   */
  public StatusLine statusLine() {
    return statusLine;
  }

  /**
   * Returns the status code: {@code statusLine().response()}.
   *
   * @return the response
   */
  public SipResponse response() {
    return statusLine.response();
  }

  /**
   * Reads what this response means, with everything that came with it, into a {@link Diagnosis}: the situation
   * from the {@code CSeq} method and the direction ({@link Situation#forRequest(String, RequestDirection)}), the
   * {@code Retry-After} delay, the first Q.850 cause and the first SIP cause among all {@code Reason} values, and the
   * warn-code of every {@code Warning} value, in order.
   *
   * <pre>{@code
   * ResponseHead head = ResponseHead.parse(datagram);   // 480 with Reason: Q.850;cause=19, CSeq: 1 INVITE
   * Diagnosis d = head.diagnosis(RequestDirection.SENT);
   * d.situation();                           // Optional[OUTGOING_CALL]
   * d.callOutcome();                         // NO_ANSWER
   * d.explain(Locale.ENGLISH).summary();     // "No answer"
   * }</pre>
   *
   * <p>Tolerant and partial, like the header readers: a {@code CSeq} that does not parse counts as absent (no
   * situation); the delay is that of the first {@code Retry-After} header that parses (RFC 3261 §20.33 allows one, but
   * a device that sends a bad one and then a good one is still understood; none that parses, no delay); a
   * {@code Reason} or {@code Warning} part that does not parse is left
   * out while the others count ({@link #reasons()}, {@link #warnings()}), and a Q.850 cause outside 1 to 127 or a SIP
   * cause outside 100 to 699 is ignored. Reading never throws for what the headers hold.
   *
   * @param direction whether this side sent the request this response answers, or received it
   * @return the diagnosis, never {@code null}
   * @throws NullPointerException if {@code direction} is {@code null}
   * @see Diagnosis
   * @since 0.1.0
   */
  public Diagnosis diagnosis(RequestDirection direction) {
    Objects.requireNonNull(direction, "direction");
    Optional<CSeq> cseq = readOrEmpty(this::cseq);
    Diagnosis diagnosis = cseq.isPresent()
        ? Diagnosis.of(response(), cseq.get().method(), direction)
        : Diagnosis.of(response());
    return withEvidence(diagnosis);
  }

  /**
   * Reads what this response means in a situation the caller knows, into a {@link Diagnosis}: as
   * {@link #diagnosis(RequestDirection)}, but with the given situation whatever the {@code CSeq} says.
   *
   * @param situation where the response was met
   * @return the diagnosis, never {@code null}
   * @throws NullPointerException if {@code situation} is {@code null}
   * @since 0.1.0
   */
  public Diagnosis diagnosis(Situation situation) {
    return withEvidence(Diagnosis.of(response(), Objects.requireNonNull(situation, "situation")));
  }

  private Diagnosis withEvidence(Diagnosis situated) {
    Diagnosis diagnosis = situated;
    Optional<Duration> delay = firstRetryAfterDelay();
    if (delay.isPresent()) {
      diagnosis = diagnosis.withRetryAfter(delay.get());
    }
    Optional<Q850Cause> q850 = Optional.empty();
    Optional<SipResponse> sip = Optional.empty();
    for (Reason reason : reasons()) {
      q850 = q850.isPresent() ? q850 : reason.q850Cause();
      sip = sip.isPresent() ? sip : reason.sipResponse();
    }
    if (q850.isPresent()) {
      diagnosis = diagnosis.withQ850Cause(q850.get());
    }
    if (sip.isPresent()) {
      diagnosis = diagnosis.withSipCause(sip.get());
    }
    List<Integer> warnCodes = new ArrayList<>();
    for (Warning warning : warnings()) {
      warnCodes.add(warning.code());
    }
    return warnCodes.isEmpty() ? diagnosis : diagnosis.withWarnCodes(warnCodes);
  }

  /** A header value that does not parse counts as absent: a diagnosis reads what it can. */
  private static <T> Optional<T> readOrEmpty(Supplier<Optional<T>> header) {
    try {
      return header.get();
    } catch (SipParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the status line, for a log line.
   *
   * @return for example {@code "ResponseHead[SIP/2.0 486 Busy Here]"}
   */
  @Override
  public String toString() {
    return "ResponseHead[" + statusLine + "]";
  }
}
