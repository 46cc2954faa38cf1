package io.github.sipcodes;

/**
 * Where a response was met, for the codes whose meaning depends on it.
 *
 * <p>The same code can mean different things to a person: {@code 401} to a {@code REGISTER} is the normal first step
 * of logging in, while a phone system that answers an incoming call with {@code 401} has refused the call; {@code 404}
 * on an outgoing call says the number is not in service, on an incoming call that the phone system has no route for
 * the number dialled. {@link SipResponse#explain(java.util.Locale, Situation)} gives the text for the situation;
 * codes whose meaning does not change give the same {@link Explanation} in every situation.
 *
 * <pre>{@code
 * SipResponse.of(401).explain(Locale.ENGLISH, Situation.REGISTRATION).summary();   // "Credentials requested"
 * SipResponse.of(404).explain(Locale.ENGLISH, Situation.INCOMING_CALL).summary();  // "Number not routed"
 * }</pre>
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @since 0.1.0
 */
public enum Situation {
  /**
   * A call this side placed: the response came back to its {@code INVITE}.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-13.2">RFC 3261 §13.2 UAC processing of INVITE</a>
   */
  OUTGOING_CALL("outgoing", 1),
  /**
   * A call that came in to this side: the response is the one this side, its phone system or a phone behind it, sent
   * to the {@code INVITE} it received (as a provider's or trunk's log shows it).
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-13.3">RFC 3261 §13.3 UAS processing of INVITE</a>
   */
  INCOMING_CALL("incoming", 2),
  /**
   * Logging a phone or trunk in: the response came back to its {@code REGISTER}.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-10">RFC 3261 §10 Registrations</a>
   */
  REGISTRATION("register", 3);

  private final String key;
  private final int slot;

  Situation(String key, int slot) {
    this.key = key;
    this.slot = slot;
  }

  /** The slot of this situation in a cache of explanations per code, 1 to 3; slot 0 is the general text. */
  int slot() {
    return slot;
  }

  /** The key segment of this situation in the explanation bundles, such as {@code code.401.register.summary}. */
  String key() {
    return key;
  }
}
