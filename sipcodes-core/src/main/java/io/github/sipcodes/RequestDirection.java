package io.github.sipcodes;

/**
 * Which way the request that a response answers went, seen from the side that reads the response: whether this side
 * sent the request (and received the response) or received it (and sent the response, itself or through a phone
 * behind it). A response does not say this itself; only the reader knows it.
 *
 * <p>It decides the {@link Situation} of an {@code INVITE}: a response to an {@code INVITE} this side sent is an
 * {@linkplain Situation#OUTGOING_CALL outgoing call}, to one it received an {@linkplain Situation#INCOMING_CALL
 * incoming call} ({@link Situation#forRequest(String, RequestDirection)}). A {@code 401} to an incoming call is a
 * fault where the same code to an outgoing call is a normal step.
 *
 * <pre>{@code
 * Situation.forRequest("INVITE", RequestDirection.RECEIVED);    // Optional[INCOMING_CALL]
 * Diagnosis.of(SipResponse.of(401), "INVITE", RequestDirection.RECEIVED).situation();   // Optional[INCOMING_CALL]
 * }</pre>
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-8.1">RFC 3261 §8.1 UAC behavior</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-8.2">RFC 3261 §8.2 UAS behavior</a>
 * @since 0.1.0
 */
public enum RequestDirection {
  /**
   * This side sent the request, as a client (UAC, RFC 3261 §8.1), and the response came back to it: a call it
   * placed, a registration it made.
   */
  SENT,
  /**
   * This side received the request, as a server (UAS, RFC 3261 §8.2), and the response is the one it sent, or that a
   * phone behind it sent: a call that came in, as a phone system's or a provider's log shows it.
   */
  RECEIVED
}
