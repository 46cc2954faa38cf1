package io.github.sipcodes;

/**
 * A valid SIP status code (100 to 699) that has no {@link SipStatus} constant: a code no RFC defines, such as 499 or
 * a code a vendor made up.
 *
 * <p>What it stands for is exactly "no constant", not "not registered": the historic RFC 2543 codes 409 and 411 are
 * not in the IANA registry either, yet they have constants ({@link SipStatus#CONFLICT},
 * {@link SipStatus#LENGTH_REQUIRED}) and are never an {@code UnregisteredStatus}. The 600 valid codes are split
 * between the two types without overlap.
 *
 * <p>{@link SipResponse#of(int)} returns the one cached instance of each code. The constructor is public (it is a
 * record), so other instances can exist: compare with {@link #equals(Object)}, which is equality of
 * {@link #code()}, never with {@code ==}. The constructor accepts only codes without a constant, so a constant and a
 * record never stand for the same code and are never equal.
 *
 * <p>An unregistered code means what RFC 3261 §8.1.3.2 says a client must make of it: {@link #treatedAs()} gives the
 * {@code x00} status of its class (183 for provisional codes), and {@link #isRetryable()}, {@link #retryAdvice()},
 * {@link #isAuthRelated()} and {@link #callOutcome()} answer as that status does.
 *
 * <pre>{@code
 * SipResponse r = SipResponse.of(499);
 * r.reasonPhrase();   // "Unknown Client Failure"
 * r.treatedAs();      // 400 Bad Request
 * r.toString();       // "499 Unknown Client Failure"
 * r.equals(new UnregisteredStatus(499));   // true; == would be false
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
   *     {@link SipStatus} constant, registered or historic (use that constant, or {@link SipResponse#of(int)})
   */
  public UnregisteredStatus {
    CodeRange.check(code);
    SipStatus status = ResponseTable.findConstant(code);
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
   * {@inheritDoc}
   *
   * <p>For an unregistered code: the outcome of the status it is {@linkplain #treatedAs() treated as}, so that the
   * call log agrees with the retry decision (699 shows as 600 does).
   */
  @Override
  public CallOutcome callOutcome() {
    return treatedAs().callOutcome();
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
