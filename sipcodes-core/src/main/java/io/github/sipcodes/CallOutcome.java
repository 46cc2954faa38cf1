package io.github.sipcodes;

/**
 * How a call attempt ended, as a call log or a call detail record (CDR) shows it: the final response to an INVITE
 * reduced to what a person or a billing system cares about.
 *
 * <pre>{@code
 * SipResponse.of(486).callOutcome();   // BUSY
 * SipResponse.of(487).callOutcome();   // CANCELLED
 * SipResponse.of(200).callOutcome();   // ANSWERED
 * }</pre>
 *
 * <p>{@link SipResponse#callOutcome()} maps every code 100 to 699 with this table:
 *
 * <table class="striped">
 *   <caption>Status codes and call outcomes</caption>
 *   <thead><tr><th scope="col">Outcome</th><th scope="col">Codes</th></tr></thead>
 *   <tbody>
 *     <tr><th scope="row">{@link #IN_PROGRESS}</th><td>every 1xx</td></tr>
 *     <tr><th scope="row">{@link #ANSWERED}</th><td>every 2xx</td></tr>
 *     <tr><th scope="row">{@link #REDIRECTED}</th><td>every 3xx</td></tr>
 *     <tr><th scope="row">{@link #BUSY}</th><td>486, 600</td></tr>
 *     <tr><th scope="row">{@link #DECLINED}</th><td>603, 607, 608</td></tr>
 *     <tr><th scope="row">{@link #NOT_FOUND}</th><td>404, 410, 485, 604</td></tr>
 *     <tr><th scope="row">{@link #UNAVAILABLE}</th><td>408, 480</td></tr>
 *     <tr><th scope="row">{@link #CANCELLED}</th><td>487</td></tr>
 *     <tr><th scope="row">{@link #ADDRESS_INCOMPLETE}</th><td>484</td></tr>
 *     <tr><th scope="row">{@link #MEDIA_MISMATCH}</th><td>488, 580, 606</td></tr>
 *     <tr><th scope="row">{@link #AUTHENTICATION_FAILED}</th><td>401, 403, 407, 428, 436, 437, 438, 494: the codes
 *       for which {@link SipResponse#isAuthRelated()} is true</td></tr>
 *     <tr><th scope="row">{@link #NETWORK_FAILURE}</th><td>430, 482, 483 and every 5xx</td></tr>
 *     <tr><th scope="row">{@link #OTHER_FAILURE}</th><td>every other 4xx and 6xx, including codes no RFC
 *       defines</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Why these choices: 408 on an INVITE almost always means nobody answered in time, so it is shown like 480. 403 is
 * what providers send for rejected credentials, blocked addresses and unpaid balances; it is grouped with the
 * authentication codes, as {@link SipResponse#isAuthRelated()} does. 430 (RFC 5626), 482 and 483 are routing
 * failures inside the network, not an answer from the callee. 580 (RFC 3312) means the media preconditions could not
 * be met.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @since 0.1.0
 */
public enum CallOutcome {
  /** No outcome yet: a provisional (1xx) response; the call has not ended. */
  IN_PROGRESS,
  /** The call was answered (2xx). */
  ANSWERED,
  /** The callee was busy (486 Busy Here, 600 Busy Everywhere). */
  BUSY,
  /** The callee or a service refused the call (603 Decline, 607 Unwanted, 608 Rejected). */
  DECLINED,
  /** The number or address does not exist (404, 410, 485, 604). */
  NOT_FOUND,
  /** The callee could not be reached or did not answer in time (480, 408). */
  UNAVAILABLE,
  /** The caller hung up before the call was answered (487 Request Terminated). */
  CANCELLED,
  /** The dialled number was incomplete (484 Address Incomplete). */
  ADDRESS_INCOMPLETE,
  /** The two sides found no common media or codec (488, 606, 580). */
  MEDIA_MISMATCH,
  /** The caller's credentials, authorization or identity were refused (401, 403, 407 and the identity codes). */
  AUTHENTICATION_FAILED,
  /** The call was redirected (3xx); the client may follow the new address. */
  REDIRECTED,
  /** A server or network element failed (5xx, and the routing failures 430, 482, 483). */
  NETWORK_FAILURE,
  /** Any other failure (every other 4xx and 6xx). */
  OTHER_FAILURE;

  /** Returns the outcome of a status code already known to be valid; allocates nothing. */
  static CallOutcome forCode(int code) {
    return switch (code) {
      case 486, 600 -> BUSY;
      case 603, 607, 608 -> DECLINED;
      case 404, 410, 485, 604 -> NOT_FOUND;
      case 408, 480 -> UNAVAILABLE;
      case 487 -> CANCELLED;
      case 484 -> ADDRESS_INCOMPLETE;
      case 488, 580, 606 -> MEDIA_MISMATCH;
      case 401, 403, 407, 428, 436, 437, 438, 494 -> AUTHENTICATION_FAILED;
      case 430, 482, 483 -> NETWORK_FAILURE;
      default -> byClass(code);
    };
  }

  private static CallOutcome byClass(int code) {
    return switch (code / 100) {
      case 1 -> IN_PROGRESS;
      case 2 -> ANSWERED;
      case 3 -> REDIRECTED;
      case 5 -> NETWORK_FAILURE;
      default -> OTHER_FAILURE;
    };
  }

  /**
   * Tells whether the call has ended: every outcome but {@link #IN_PROGRESS}.
   *
   * @return {@code true} for a final outcome
   */
  public boolean isFinal() {
    return this != IN_PROGRESS;
  }

  /**
   * Tells whether the call failed: every outcome but {@link #IN_PROGRESS}, {@link #ANSWERED} and
   * {@link #REDIRECTED}.
   *
   * @return {@code true} for a failed call
   */
  public boolean isFailure() {
    return this != IN_PROGRESS && this != ANSWERED && this != REDIRECTED;
  }
}
