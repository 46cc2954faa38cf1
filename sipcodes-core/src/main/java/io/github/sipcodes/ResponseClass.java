package io.github.sipcodes;

/**
 * The six classes of SIP responses, named by the first digit of the status code.
 *
 * <pre>{@code
 * ResponseClass.of(486);            // CLIENT_FAILURE
 * ResponseClass.CLIENT_FAILURE.isFinal();  // true
 * }</pre>
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.2">RFC 3261 §7.2 Responses</a>
 * @since 0.1.0
 */
public enum ResponseClass {
  /**
   * {@code 1xx}: the request was received and is being processed.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.1">RFC 3261 §21.1</a>
   */
  PROVISIONAL(1, "Unknown Provisional", "21.1", 183),
  /**
   * {@code 2xx}: the request succeeded.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.2">RFC 3261 §21.2</a>
   */
  SUCCESS(2, "Unknown Success", "21.2", 200),
  /**
   * {@code 3xx}: further action is needed, usually at another address.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3">RFC 3261 §21.3</a>
   */
  REDIRECTION(3, "Unknown Redirection", "21.3", 300),
  /**
   * {@code 4xx}: the request has an error or cannot be served by this server.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4">RFC 3261 §21.4</a>
   */
  CLIENT_FAILURE(4, "Unknown Client Failure", "21.4", 400),
  /**
   * {@code 5xx}: the server failed to serve an apparently valid request.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5">RFC 3261 §21.5</a>
   */
  SERVER_FAILURE(5, "Unknown Server Failure", "21.5", 500),
  /**
   * {@code 6xx}: the request cannot be served at any server.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.6">RFC 3261 §21.6</a>
   */
  GLOBAL_FAILURE(6, "Unknown Global Failure", "21.6", 600);

  private static final ResponseClass[] BY_DIGIT = {
    PROVISIONAL, SUCCESS, REDIRECTION, CLIENT_FAILURE, SERVER_FAILURE, GLOBAL_FAILURE
  };

  private final int digit;
  private final String unknownCodePhrase;
  private final RfcReference specification;
  /** RFC 3261 §8.1.3.2, the one place where "treated as" is derived: 183 for 1xx, the x00 code otherwise. */
  private final int unknownCodeTreatmentCode;

  ResponseClass(int digit, String unknownCodePhrase, String section, int unknownCodeTreatmentCode) {
    this.digit = digit;
    this.unknownCodePhrase = unknownCodePhrase;
    this.specification = RfcReference.rfc3261(section);
    this.unknownCodeTreatmentCode = unknownCodeTreatmentCode;
  }

  /**
   * Returns the class of a status code.
   *
   * @param code a status code, 100 to 699
   * @return the class named by the code's first digit
   * @throws IllegalArgumentException if {@code code} is not between 100 and 699
   */
  public static ResponseClass of(int code) {
    return BY_DIGIT[CodeRange.check(code) / 100 - 1];
  }

  /**
   * Returns the first digit of every code in this class: 1 for {@link #PROVISIONAL} through 6 for
   * {@link #GLOBAL_FAILURE}.
   *
   * @return the class digit, 1 to 6
   */
  public int digit() {
    return digit;
  }

  /**
   * Tells whether responses of this class end the transaction: every class except {@link #PROVISIONAL}.
   *
   * @return {@code true} for 2xx to 6xx
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-7.2">RFC 3261 §7.2</a>
   */
  public boolean isFinal() {
    return this != PROVISIONAL;
  }

  /**
   * Tells whether responses of this class report a failure: 4xx, 5xx and 6xx.
   *
   * @return {@code true} for {@link #CLIENT_FAILURE}, {@link #SERVER_FAILURE} and {@link #GLOBAL_FAILURE}
   */
  public boolean isFailure() {
    return digit >= 4;
  }

  /**
   * Returns the status an RFC 3261 client acts on when it receives a code of this class that it does not know.
   *
   * <p>RFC 3261 §8.1.3.2: an unrecognized final response is treated as the {@code x00} code of its class; an
   * unrecognized provisional response (other than 100) is treated as 183 Session Progress.
   *
   * @return 183 for {@link #PROVISIONAL}, else the class's {@code x00} status (200, 300, 400, 500, 600)
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-8.1.3.2">RFC 3261 §8.1.3.2</a>
   */
  public SipStatus unknownCodeTreatment() {
    return ResponseTable.constant(unknownCodeTreatmentCode);
  }

  /**
   * Returns the code of {@link #unknownCodeTreatment()} without touching the table of responses, for
   * {@link SipStatus}'s constructor (the table is built from the constants).
   */
  int unknownCodeTreatmentCode() {
    return unknownCodeTreatmentCode;
  }

  /**
   * Returns the section of RFC 3261 that defines this class.
   *
   * @return RFC 3261 §21.1 to §21.6
   */
  public RfcReference specification() {
    return specification;
  }

  /**
   * Returns the reason phrase sipcodes gives a valid code of this class that no RFC defines, such as "Unknown Client
   * Failure" for 499.
   *
   * @return a non-blank phrase that starts with "Unknown"
   */
  public String unknownCodePhrase() {
    return unknownCodePhrase;
  }
}
