package io.github.sipcodes;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a response was met, for the codes whose meaning depends on it.
 *
 * <p>The same code can mean different things to a person: {@code 401} to a {@code REGISTER} is the normal first step
 * of registering, while a phone system that answers an incoming call with {@code 401} has refused the call until the
 * caller authenticates; {@code 404} on an outgoing call says the number is not in service, on an incoming call that
 * the phone system has no route for the number dialled. {@link SipResponse#explain(java.util.Locale, Situation)}
 * gives the text for the situation; codes whose meaning does not change give the same {@link Explanation} in every
 * situation.
 *
 * <pre>{@code
 * SipResponse.of(401).explain(Locale.ENGLISH, Situation.REGISTRATION).summary();   // "Credentials requested"
 * SipResponse.of(404).explain(Locale.ENGLISH, Situation.INCOMING_CALL).summary();  // "Number not routed"
 * }</pre>
 *
 * <p>Each situation has one spelling, its {@link #key()}: the segment of the explanation keys that hold its texts
 * ({@code code.401.registration.summary}, see {@link Explanation}) and the word a user types for it, such as the
 * {@code sipcodes} command's {@code --situation registration}. {@link #findByKey(String)} reads it back.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-22.2">RFC 3261 §22.2 User-to-User Authentication</a>
 * @since 0.1.0
 */
public enum Situation {
  /**
   * A call this side placed: the response came back to its {@code INVITE}.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-13.2">RFC 3261 §13.2 UAC processing of INVITE</a>
   */
  OUTGOING_CALL("outgoing"),
  /**
   * A call that came in to this side: the response is the one this side, its phone system or a phone behind it, sent
   * to the {@code INVITE} it received (as a provider's or trunk's log shows it).
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-13.3">RFC 3261 §13.3 UAS processing of INVITE</a>
   */
  INCOMING_CALL("incoming"),
  /**
   * Registering a phone or trunk with its registrar: the response came back to its {@code REGISTER}.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-10">RFC 3261 §10 Registrations</a>
   */
  REGISTRATION("registration");

  private static final Situation[] VALUES = values();

  private final String key;

  Situation(String key) {
    this.key = key;
  }

  /**
   * Returns the one spelling of this situation: {@code outgoing}, {@code incoming} or {@code registration}. It is the
   * situation segment of the explanation keys ({@code code.NNN.KEY.FIELD}, part of the key layout that
   * {@link Explanation} documents) and the word to accept from users.
   *
   * @return the key, lower case ASCII, never {@code null}
   * @since 0.1.0
   */
  public String key() {
    return key;
  }

  /**
   * Returns the situation of a response, from the method of the request it answers (its {@code CSeq} method) and
   * whether this side sent or received that request.
   *
   * <p>{@code REGISTER} gives {@link #REGISTRATION} whatever the direction (RFC 3261 §10): a registrar that
   * received it reads the same texts as the phone that sent it. {@code INVITE} gives {@link #OUTGOING_CALL} when this
   * side sent it (RFC 3261 §13.2) and {@link #INCOMING_CALL} when it received it (§13.3). Every other method has no
   * situation: its responses get the general texts. Methods are compared exactly, since they are case-sensitive
   * (RFC 3261 §7.1): {@code "invite"} is not {@code INVITE}.
   *
   * <pre>{@code
   * Situation.forRequest("REGISTER", RequestDirection.SENT);   // Optional[REGISTRATION]
   * Situation.forRequest("INVITE", RequestDirection.SENT);     // Optional[OUTGOING_CALL]
   * Situation.forRequest("OPTIONS", RequestDirection.SENT);    // Optional.empty()
   * }</pre>
   *
   * @param method the method of the request, such as {@code "INVITE"}
   * @param direction whether this side sent or received the request
   * @return the situation, or empty for a method that has none
   * @throws NullPointerException if {@code method} or {@code direction} is {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.1">RFC 3261 §7.1 Requests</a>
   * @since 0.1.0
   */
  public static Optional<Situation> forRequest(String method, RequestDirection direction) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(direction, "direction");
    return switch (method) {
      case "REGISTER" -> Optional.of(REGISTRATION);
      case "INVITE" -> Optional.of(direction == RequestDirection.SENT ? OUTGOING_CALL : INCOMING_CALL);
      default -> Optional.empty();
    };
  }

  /**
   * Finds the situation whose {@link #key()} is the given text, exactly (case-sensitive): {@code "registration"}
   * gives {@link #REGISTRATION}.
   *
   * <pre>{@code
   * Situation.findByKey("incoming");   // Optional[INCOMING_CALL]
   * Situation.findByKey("register");   // Optional.empty()
   * }</pre>
   *
   * @param key the key, such as {@code "outgoing"}
   * @return the situation, or empty if no situation has that key
   * @throws NullPointerException if {@code key} is {@code null}
   * @since 0.1.0
   */
  public static Optional<Situation> findByKey(String key) {
    Objects.requireNonNull(key, "key");
    for (Situation situation : VALUES) {
      if (situation.key.equals(key)) {
        return Optional.of(situation);
      }
    }
    return Optional.empty();
  }
}
