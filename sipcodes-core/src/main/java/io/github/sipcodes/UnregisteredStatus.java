package io.github.sipcodes;

/**
 * A valid SIP status code (100 to 699) that no RFC defines, such as 499 or a code a vendor made up.
 *
 * <p>Obtain instances from {@link SipResponse#of(int)}, which returns one cached instance per code. The constructor
 * accepts only codes that have no {@link SipStatus} constant, so a constant and a record never stand for the same
 * code, and equality is equality of {@link #code()}.
 *
 * <p>An unregistered code means what RFC 3261 §8.1.3.2 says a client must make of it: {@link #treatedAs()} gives the
 * {@code x00} status of its class (183 for provisional codes), and {@link #isRetryable()}, {@link #retryAdvice()} and
 * {@link #isAuthRelated()} answer as that status does.
 *
 * <pre>{@code
 * SipResponse r = SipResponse.of(499);
 * r.reasonPhrase();   // "Unknown Client Failure"
 * r.treatedAs();      // 400 Bad Request
 * r.toString();       // "499 Unknown Client Failure"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the status code, 100 to 699, without a {@link SipStatus} constant
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-8.1.3.2">RFC 3261 §8.1.3.2</a>
 * @since 0.1.0
 */
public record UnregisteredStatus(int code) implements SipResponse {

  /**
   * Checks that {@code code} is valid and has no constant.
   *
   * @param code the status code
   * @throws IllegalArgumentException if {@code code} is not between 100 and 699, or is the code of a
   *     {@link SipStatus} constant (use that constant, or {@link SipResponse#of(int)})
   */
  public UnregisteredStatus {
    CodeRange.check(code);
    SipStatus status = SipStatus.lookup(code);
    if (status != null) {
      throw new IllegalArgumentException(
          "SIP status code " + code + " is registered as " + status.name()
              + " (expected a code without a SipStatus constant; use SipResponse.of(" + code + "))");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>For an unregistered code: "Unknown" and the name of its class, such as {@code "Unknown Client Failure"}.
   */
  @Override
  public String reasonPhrase() {
    return responseClass().unknownCodePhrase();
  }

  /**
   * {@inheritDoc}
   *
   * @return always {@code false}
   */
  @Override
  public boolean isRegistered() {
    return false;
  }

  /**
   * {@inheritDoc}
   *
   * <p>For an unregistered code: the RFC 3261 section that defines its class, such as §21.4 for 499.
   */
  @Override
  public RfcReference specification() {
    return responseClass().specification();
  }

  /**
   * {@inheritDoc}
   *
   * <p>For an unregistered code: 183 Session Progress for 1xx, else the {@code x00} status of its class.
   */
  @Override
  public SipStatus treatedAs() {
    return responseClass().unknownCodeTreatment();
  }

  /**
   * Returns the status line form: the code, a space and the reason phrase.
   *
   * @return for example {@code "499 Unknown Client Failure"}
   */
  @Override
  public String toString() {
    return code + " " + reasonPhrase();
  }
}
