package io.github.sipcodes;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cause values of ITU-T Recommendation Q.850, which ISDN (DSS1) and ISUP use to say why a call was released, and
 * which SIP carries in {@code Reason: Q.850;cause=17} (RFC 3326, RFC 6432).
 *
 * <pre>{@code
 * Q850Cause.of(17);                              // USER_BUSY
 * Q850Cause.USER_BUSY.toSipResponse();           // Optional[486 Busy Here] (RFC 3398 §7.2.4.1)
 * Q850Cause.NORMAL_CALL_CLEARING.toSipResponse(); // Optional.empty: a BYE or CANCEL, not a response
 * Q850Cause.fromSipResponse(SipStatus.NOT_FOUND); // Optional[UNALLOCATED_NUMBER] (RFC 3398 §8.2.6.1)
 * }</pre>
 *
 * <p>Names are those of the Q.850 table, including values added by its amendments such as 24. A cause value is seven bits, 0 to 127;
 * its three high bits name its class, and Q.850 gives each class an "unspecified" value: 31 for the normal classes
 * (0-31), 47 resource unavailable (32-47), 63 service or option not available (48-63), 79 service or option not
 * implemented (64-79), 95 invalid message (80-95), 111 protocol error (96-111) and 127 interworking (112-127).
 *
 * <p><b>Unassigned values.</b> {@link #find(int)} is exact: it finds only the values Q.850 assigns. {@link #of(int)}
 * accepts every value 1 to 127 and returns, for a value Q.850 leaves unassigned (such as 13 or 45), the unspecified
 * cause of its class: that keeps the kind of failure the value's class bits encode, which is all a receiver can know
 * about a value it does not recognize. {@code of(45)} is {@link #RESOURCE_UNAVAILABLE_UNSPECIFIED}. Value 0 is not a
 * cause.
 *
 * <p><b>Mappings.</b> {@link #toSipResponse()} follows RFC 3398 §7.2.4.1 and {@link #fromSipResponse(SipResponse)}
 * follows RFC 3398 §8.2.6.1; {@link #fromSipResponse(SipResponse, Optional)} prefers a cause the response carried
 * itself. Widely deployed switches depart from the RFC in places; sipcodes follows the RFC and the method javadoc
 * lists the known differences. For the call log, {@link CallOutcome#of(SipResponse, Q850Cause)} combines a response
 * with the cause that came with it, and {@link Diagnosis} combines it with everything else that came with a response.
 *
 * <p><b>For people.</b> {@link #explain(Locale)} explains a cause in any supported language, from the same bundles as
 * the status codes (keys {@code q850.N.FIELD}, see {@link Explanation}). {@link #freeSwitchName()} and
 * {@link #asteriskName()} give the name under which FreeSWITCH and Asterisk log the cause ({@code NORMAL_CLEARING},
 * {@code USER_BUSY}), the words users search for; {@link #findBySwitchName(String)} reads such a name back.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.itu.int/rec/T-REC-Q.850">ITU-T Q.850</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-7.2.4.1">RFC 3398 §7.2.4.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-8.2.6.1">RFC 3398 §8.2.6.1</a>
 * @since 0.1.0
 */
public enum Q850Cause {
  /** Cause 1, Unallocated (unassigned) number. */
  UNALLOCATED_NUMBER(1, "Unallocated (unassigned) number"),
  /** Cause 2, No route to specified transit network (national use). */
  NO_ROUTE_TO_SPECIFIED_TRANSIT_NETWORK(2, "No route to specified transit network (national use)"),
  /** Cause 3, No route to destination. */
  NO_ROUTE_TO_DESTINATION(3, "No route to destination"),
  /** Cause 4, Send special information tone. */
  SEND_SPECIAL_INFORMATION_TONE(4, "Send special information tone"),
  /** Cause 5, Misdialled trunk prefix (national use). */
  MISDIALLED_TRUNK_PREFIX(5, "Misdialled trunk prefix (national use)"),
  /** Cause 6, Channel unacceptable. */
  CHANNEL_UNACCEPTABLE(6, "Channel unacceptable"),
  /** Cause 7, Call awarded and being delivered in an established channel. */
  CALL_AWARDED_AND_BEING_DELIVERED(7, "Call awarded and being delivered in an established channel"),
  /** Cause 8, Preemption. */
  PREEMPTION(8, "Preemption"),
  /** Cause 9, Preemption - circuit reserved for reuse. */
  PREEMPTION_CIRCUIT_RESERVED(9, "Preemption - circuit reserved for reuse"),
  /** Cause 14, QoR: ported number. */
  QOR_PORTED_NUMBER(14, "QoR: ported number"),
  /** Cause 16, Normal call clearing. */
  NORMAL_CALL_CLEARING(16, "Normal call clearing"),
  /** Cause 17, User busy. */
  USER_BUSY(17, "User busy"),
  /** Cause 18, No user responding. */
  NO_USER_RESPONDING(18, "No user responding"),
  /** Cause 19, No answer from user (user alerted). */
  NO_ANSWER_FROM_USER(19, "No answer from user (user alerted)"),
  /** Cause 20, Subscriber absent. */
  SUBSCRIBER_ABSENT(20, "Subscriber absent"),
  /** Cause 21, Call rejected. */
  CALL_REJECTED(21, "Call rejected"),
  /** Cause 22, Number changed. */
  NUMBER_CHANGED(22, "Number changed"),
  /** Cause 23, Redirection to new destination. */
  REDIRECTION_TO_NEW_DESTINATION(23, "Redirection to new destination"),
  /** Cause 24, Call rejected due to feature at the destination. */
  CALL_REJECTED_DUE_TO_FEATURE_AT_DESTINATION(24, "Call rejected due to feature at the destination"),
  /** Cause 25, Exchange routing error. */
  EXCHANGE_ROUTING_ERROR(25, "Exchange routing error"),
  /** Cause 26, Non-selected user clearing. */
  NON_SELECTED_USER_CLEARING(26, "Non-selected user clearing"),
  /** Cause 27, Destination out of order. */
  DESTINATION_OUT_OF_ORDER(27, "Destination out of order"),
  /** Cause 28, Invalid number format (address incomplete). */
  INVALID_NUMBER_FORMAT(28, "Invalid number format (address incomplete)"),
  /** Cause 29, Facility rejected. */
  FACILITY_REJECTED(29, "Facility rejected"),
  /** Cause 30, Response to STATUS ENQUIRY. */
  RESPONSE_TO_STATUS_ENQUIRY(30, "Response to STATUS ENQUIRY"),
  /** Cause 31, Normal, unspecified. */
  NORMAL_UNSPECIFIED(31, "Normal, unspecified"),
  /** Cause 34, No circuit/channel available. */
  NO_CIRCUIT_CHANNEL_AVAILABLE(34, "No circuit/channel available"),
  /** Cause 38, Network out of order. */
  NETWORK_OUT_OF_ORDER(38, "Network out of order"),
  /** Cause 39, Permanent frame mode connection out of service. */
  PERMANENT_FRAME_MODE_CONNECTION_OUT_OF_SERVICE(39, "Permanent frame mode connection out of service"),
  /** Cause 40, Permanent frame mode connection operational. */
  PERMANENT_FRAME_MODE_CONNECTION_OPERATIONAL(40, "Permanent frame mode connection operational"),
  /** Cause 41, Temporary failure. */
  TEMPORARY_FAILURE(41, "Temporary failure"),
  /** Cause 42, Switching equipment congestion. */
  SWITCHING_EQUIPMENT_CONGESTION(42, "Switching equipment congestion"),
  /** Cause 43, Access information discarded. */
  ACCESS_INFORMATION_DISCARDED(43, "Access information discarded"),
  /** Cause 44, Requested circuit/channel not available. */
  REQUESTED_CIRCUIT_CHANNEL_NOT_AVAILABLE(44, "Requested circuit/channel not available"),
  /** Cause 46, Precedence call blocked. */
  PRECEDENCE_CALL_BLOCKED(46, "Precedence call blocked"),
  /** Cause 47, Resource unavailable, unspecified. */
  RESOURCE_UNAVAILABLE_UNSPECIFIED(47, "Resource unavailable, unspecified"),
  /** Cause 49, Quality of Service not available. */
  QUALITY_OF_SERVICE_NOT_AVAILABLE(49, "Quality of Service not available"),
  /** Cause 50, Requested facility not subscribed. */
  REQUESTED_FACILITY_NOT_SUBSCRIBED(50, "Requested facility not subscribed"),
  /** Cause 53, Outgoing calls barred within CUG. */
  OUTGOING_CALLS_BARRED_WITHIN_CUG(53, "Outgoing calls barred within CUG"),
  /** Cause 55, Incoming calls barred within CUG. */
  INCOMING_CALLS_BARRED_WITHIN_CUG(55, "Incoming calls barred within CUG"),
  /** Cause 57, Bearer capability not authorized. */
  BEARER_CAPABILITY_NOT_AUTHORIZED(57, "Bearer capability not authorized"),
  /** Cause 58, Bearer capability not presently available. */
  BEARER_CAPABILITY_NOT_PRESENTLY_AVAILABLE(58, "Bearer capability not presently available"),
  /** Cause 62, Inconsistency in designated outgoing access information and subscriber class. */
  INCONSISTENT_OUTGOING_ACCESS_AND_SUBSCRIBER_CLASS(62, "Inconsistency in designated outgoing access information and subscriber class"),
  /** Cause 63, Service or option not available, unspecified. */
  SERVICE_OR_OPTION_NOT_AVAILABLE(63, "Service or option not available, unspecified"),
  /** Cause 65, Bearer capability not implemented. */
  BEARER_CAPABILITY_NOT_IMPLEMENTED(65, "Bearer capability not implemented"),
  /** Cause 66, Channel type not implemented. */
  CHANNEL_TYPE_NOT_IMPLEMENTED(66, "Channel type not implemented"),
  /** Cause 69, Requested facility not implemented. */
  REQUESTED_FACILITY_NOT_IMPLEMENTED(69, "Requested facility not implemented"),
  /** Cause 70, Only restricted digital information bearer capability is available. */
  ONLY_RESTRICTED_DIGITAL_BEARER_AVAILABLE(70, "Only restricted digital information bearer capability is available"),
  /** Cause 79, Service or option not implemented, unspecified. */
  SERVICE_OR_OPTION_NOT_IMPLEMENTED(79, "Service or option not implemented, unspecified"),
  /** Cause 81, Invalid call reference value. */
  INVALID_CALL_REFERENCE_VALUE(81, "Invalid call reference value"),
  /** Cause 82, Identified channel does not exist. */
  IDENTIFIED_CHANNEL_DOES_NOT_EXIST(82, "Identified channel does not exist"),
  /** Cause 83, A suspended call exists, but this call identity does not. */
  SUSPENDED_CALL_EXISTS_BUT_NOT_THIS_IDENTITY(83, "A suspended call exists, but this call identity does not"),
  /** Cause 84, Call identity in use. */
  CALL_IDENTITY_IN_USE(84, "Call identity in use"),
  /** Cause 85, No call suspended. */
  NO_CALL_SUSPENDED(85, "No call suspended"),
  /** Cause 86, Call having the requested call identity has been cleared. */
  CALL_IDENTITY_CLEARED(86, "Call having the requested call identity has been cleared"),
  /** Cause 87, User not member of CUG. */
  USER_NOT_MEMBER_OF_CUG(87, "User not member of CUG"),
  /** Cause 88, Incompatible destination. */
  INCOMPATIBLE_DESTINATION(88, "Incompatible destination"),
  /** Cause 90, Non-existent CUG. */
  NON_EXISTENT_CUG(90, "Non-existent CUG"),
  /** Cause 91, Invalid transit network selection (national use). */
  INVALID_TRANSIT_NETWORK_SELECTION(91, "Invalid transit network selection (national use)"),
  /** Cause 95, Invalid message, unspecified. */
  INVALID_MESSAGE_UNSPECIFIED(95, "Invalid message, unspecified"),
  /** Cause 96, Mandatory information element is missing. */
  MANDATORY_INFORMATION_ELEMENT_MISSING(96, "Mandatory information element is missing"),
  /** Cause 97, Message type non-existent or not implemented. */
  MESSAGE_TYPE_NON_EXISTENT(97, "Message type non-existent or not implemented"),
  /** Cause 98, Message not compatible with call state or message type non-existent or not implemented. */
  MESSAGE_NOT_COMPATIBLE_OR_NON_EXISTENT(98, "Message not compatible with call state or message type non-existent or not implemented"),
  /** Cause 99, Information element / parameter non-existent or not implemented. */
  INFORMATION_ELEMENT_NON_EXISTENT(99, "Information element / parameter non-existent or not implemented"),
  /** Cause 100, Invalid information element contents. */
  INVALID_INFORMATION_ELEMENT_CONTENTS(100, "Invalid information element contents"),
  /** Cause 101, Message not compatible with call state. */
  MESSAGE_NOT_COMPATIBLE_WITH_CALL_STATE(101, "Message not compatible with call state"),
  /** Cause 102, Recovery on timer expiry. */
  RECOVERY_ON_TIMER_EXPIRY(102, "Recovery on timer expiry"),
  /** Cause 103, Parameter non-existent or not implemented - passed on. */
  PARAMETER_NON_EXISTENT_PASSED_ON(103, "Parameter non-existent or not implemented - passed on"),
  /** Cause 110, Message with unrecognized parameter, discarded. */
  MESSAGE_WITH_UNRECOGNIZED_PARAMETER_DISCARDED(110, "Message with unrecognized parameter, discarded"),
  /** Cause 111, Protocol error, unspecified. */
  PROTOCOL_ERROR_UNSPECIFIED(111, "Protocol error, unspecified"),
  /** Cause 127, Interworking, unspecified. */
  INTERWORKING_UNSPECIFIED(127, "Interworking, unspecified");

  /** The lowest cause value, 1. */
  public static final int MIN_VALUE = 1;

  /** The highest cause value, 127: seven bits. */
  public static final int MAX_VALUE = 127;

  private static final @Nullable Q850Cause[] BY_VALUE = new Q850Cause[MAX_VALUE + 1];
  private static final Optional<?>[] FOUND = new Optional<?>[MAX_VALUE + 1];

  static {
    for (Q850Cause cause : values()) {
      BY_VALUE[cause.value] = cause;
    }
    for (int value = 0; value <= MAX_VALUE; value++) {
      FOUND[value] = Optional.ofNullable(BY_VALUE[value]);
    }
  }

  private final int value;
  private final String description;

  Q850Cause(int value, String description) {
    this.value = value;
    this.description = description;
  }

  /**
   * Returns the cause for a value, or for a value Q.850 leaves unassigned, the unspecified cause of its class.
   *
   * <pre>{@code
   * Q850Cause.of(16);   // NORMAL_CALL_CLEARING
   * Q850Cause.of(45);   // RESOURCE_UNAVAILABLE_UNSPECIFIED: 45 is unassigned, class 32-47
   * }</pre>
   *
   * @param value a cause value, 1 to 127
   * @return the assigned cause, or the unspecified cause of the class of an unassigned value
   * @throws IllegalArgumentException if {@code value} is not between 1 and 127
   * @see #find(int)
   */
  public static Q850Cause of(int value) {
    if (value < MIN_VALUE || value > MAX_VALUE) {
      throw new IllegalArgumentException(
          "Invalid Q.850 cause value: " + value + " (expected " + MIN_VALUE + "-" + MAX_VALUE + ")");
    }
    Q850Cause cause = BY_VALUE[value];
    return cause != null ? cause : unspecifiedOfClass(value);
  }

  /**
   * Finds the cause Q.850 assigns to a value, without throwing and without substitution.
   *
   * <p>Allocates nothing: the {@code Optional}s are cached.
   *
   * @param value any integer
   * @return the cause, or empty if {@code value} is outside 1 to 127 or unassigned
   */
  @SuppressWarnings("unchecked") // FOUND holds only Optional<Q850Cause>
  public static Optional<Q850Cause> find(int value) {
    return value < MIN_VALUE || value > MAX_VALUE ? Optional.empty() : (Optional<Q850Cause>) FOUND[value];
  }

  private static Q850Cause unspecifiedOfClass(int value) {
    return switch (value >> 4) {
      case 0, 1 -> NORMAL_UNSPECIFIED;
      case 2 -> RESOURCE_UNAVAILABLE_UNSPECIFIED;
      case 3 -> SERVICE_OR_OPTION_NOT_AVAILABLE;
      case 4 -> SERVICE_OR_OPTION_NOT_IMPLEMENTED;
      case 5 -> INVALID_MESSAGE_UNSPECIFIED;
      case 6 -> PROTOCOL_ERROR_UNSPECIFIED;
      default -> INTERWORKING_UNSPECIFIED;
    };
  }


  /**
   * Returns the cause value.
   *
   * @return 1 to 127
   */
  public int value() {
    return value;
  }

  /**
   * Returns the name Q.850 gives this cause, such as {@code "User busy"}.
   *
   * @return the Q.850 name
   */
  public String description() {
    return description;
  }

  /**
   * Returns the SIP response a gateway sends when the ISUP side rejects a call with this cause (a REL before any
   * final response), per the table of RFC 3398 §7.2.4.1.
   *
   * <p>1, 2, 3 and 26: 404. 17: 486. 18: 408. 19, 20 and 31: 480. 21, 55, 57 and 87: 403. 22 and 23: 410. 27: 502.
   * 28: 484. 29 and 79: 501. 34, 38, 41, 42, 47, 58 and 88: 503. 65 and 70: 488. 102: 504. 111 and 127: 500.
   *
   * <p>Every other cause has no row, and gives empty: cause 16 (normal call clearing) becomes a BYE or CANCEL rather
   * than a response (the table's footnote *), and cause 44 and the rest are not mapped by the RFC. A gateway that
   * must send a response anyway chooses one itself ({@code .orElse(SipStatus.SERVER_INTERNAL_ERROR)} is the generic
   * choice). Cases the RFC leaves to the gateway: with a cause location of "user", 21 may become 603 instead of
   * 403; with a new number in the diagnostic, 22 becomes 301 with that number in Contact. Both give the table's
   * default row here.
   *
   * <p>A 403 made from 21, 55, 57 or 87 means a rejected call, not refused credentials: its
   * {@link SipResponse#callOutcome()} alone says {@link CallOutcome#AUTHENTICATION_FAILED}, while
   * {@link CallOutcome#of(SipResponse, Q850Cause)} with this cause gives the outcome the cause supports.
   *
   * <p>Deployed switches differ from the RFC (sipcodes follows the RFC): FreeSWITCH sends 603 for 21, 488 for 88,
   * 483 for 25 and 480 for causes it does not list; Asterisk sends 500 for 38, 488 for 58 and 503 for 66.
   *
   * <pre>{@code
   * Q850Cause.USER_BUSY.toSipResponse();              // Optional[486 Busy Here]
   * Q850Cause.NORMAL_CALL_CLEARING.toSipResponse();   // Optional.empty
   * }</pre>
   *
   * @return the response of this cause's row, or empty if the table has none; allocates nothing
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-7.2.4.1">RFC 3398 §7.2.4.1</a>
   */
  public Optional<SipResponse> toSipResponse() {
    int code = responseCodeOf(this);
    return code == 0 ? Optional.empty() : SipResponse.find(code);
  }

  /** The code of this cause's row in RFC 3398 §7.2.4.1, or 0 where the table has none. */
  private static int responseCodeOf(Q850Cause cause) {
    return switch (cause) {
      case UNALLOCATED_NUMBER, NO_ROUTE_TO_SPECIFIED_TRANSIT_NETWORK, NO_ROUTE_TO_DESTINATION,
          NON_SELECTED_USER_CLEARING -> 404;
      case USER_BUSY -> 486;
      case NO_USER_RESPONDING -> 408;
      case NO_ANSWER_FROM_USER, SUBSCRIBER_ABSENT, NORMAL_UNSPECIFIED -> 480;
      case CALL_REJECTED, INCOMING_CALLS_BARRED_WITHIN_CUG, BEARER_CAPABILITY_NOT_AUTHORIZED,
          USER_NOT_MEMBER_OF_CUG -> 403;
      case NUMBER_CHANGED, REDIRECTION_TO_NEW_DESTINATION -> 410;
      case DESTINATION_OUT_OF_ORDER -> 502;
      case INVALID_NUMBER_FORMAT -> 484;
      case FACILITY_REJECTED, SERVICE_OR_OPTION_NOT_IMPLEMENTED -> 501;
      case NO_CIRCUIT_CHANNEL_AVAILABLE, NETWORK_OUT_OF_ORDER, TEMPORARY_FAILURE, SWITCHING_EQUIPMENT_CONGESTION,
          RESOURCE_UNAVAILABLE_UNSPECIFIED, BEARER_CAPABILITY_NOT_PRESENTLY_AVAILABLE, INCOMPATIBLE_DESTINATION ->
          503;
      case BEARER_CAPABILITY_NOT_IMPLEMENTED, ONLY_RESTRICTED_DIGITAL_BEARER_AVAILABLE -> 488;
      case RECOVERY_ON_TIMER_EXPIRY -> 504;
      case PROTOCOL_ERROR_UNSPECIFIED, INTERWORKING_UNSPECIFIED -> 500;
      default -> 0;
    };
  }

  /**
   * Returns the cause a gateway puts in the ISUP release (REL) when the SIP side rejects a call with this response,
   * per RFC 3398 §8.2.6.1.
   *
   * <p>400: 41. 401, 402, 403, 407 and 603: 21. 404, 485 and 604: 1. 405: 63. 406, 415 and 501: 79. 408 and 504: 102.
   * 410: 22. 413, 414, 416, 420, 421, 423, 505 and 513: 127. 480: 18. 481, 500 and 503: 41. 482 and 483: 25.
   * 484: 28. 486 and 600: 17. 502: 38. 488 and 606: 31 (see {@link #fromSipResponse(SipResponse, int)} for the
   * Warning code). Any other 4xx, 5xx or 6xx: 31. The RFC gives 487 no cause (the caller cancelled: the release is
   * already under way), and 1xx, 2xx and 3xx responses do not release a call: these return empty.
   *
   * <p>The RFC prints the row of 505 as "504 Version Not Supported"; sipcodes reads it as 505 (its phrase), and gives
   * 504 the cause 102 of its own row. A code no RFC defines, such as 499, is unlisted and gets 31.
   *
   * <p>Deployed switches differ from the RFC (sipcodes follows the RFC): Asterisk gives 18 for 408, 19 for 480, 34 for
   * 503, 38 for 500, 58 for 488 and 606, 127 for 405, 415 and 487, and 34 for an unlisted 5xx.
   *
   * @param response a SIP response
   * @return the cause, or empty for 1xx, 2xx, 3xx and 487
   * @throws NullPointerException if {@code response} is {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-8.2.6.1">RFC 3398 §8.2.6.1</a>
   */
  public static Optional<Q850Cause> fromSipResponse(SipResponse response) {
    Objects.requireNonNull(response, "response");
    int code = response.code();
    if (code < 400 || code == 487) {
      return Optional.empty();
    }
    return find(causeValueOf(code));
  }

  /**
   * Returns the cause for a SIP response, preferring a Q.850 cause that the response carried itself.
   *
   * <p>RFC 6432 lets a response carry {@code Reason: Q.850;cause=N}, typically from a gateway that got the cause from
   * ISUP or ISDN; RFC 3398 §8.2.6.1 has a gateway that receives a response with an encapsulated ISUP release use
   * that cause rather than map the status code. So a carried cause wins, whatever the status code (a 487 that
   * carries cause 19 tells that nobody answered); without one the result is that of
   * {@link #fromSipResponse(SipResponse)}.
   *
   * <pre>{@code
   * Q850Cause.fromSipResponse(SipResponse.of(480), Optional.of(Q850Cause.SUBSCRIBER_ABSENT));  // Optional[20 ...]
   * Q850Cause.fromSipResponse(SipResponse.of(480), Optional.empty());                          // Optional[18 ...]
   * }</pre>
   *
   * @param response a SIP response
   * @param carried the Q.850 cause of the response's {@code Reason} header, or empty if it had none
   * @return the carried cause if present, else the cause RFC 3398 §8.2.6.1 maps the response to (empty for 1xx,
   *     2xx, 3xx and 487)
   * @throws NullPointerException if {@code response} or {@code carried} is {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6432">RFC 6432</a>
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-8.2.6.1">RFC 3398 §8.2.6.1</a>
   * @since 0.1.0
   */
  public static Optional<Q850Cause> fromSipResponse(SipResponse response, Optional<Q850Cause> carried) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(carried, "carried");
    return carried.isPresent() ? carried : fromSipResponse(response);
  }

  /**
   * Returns the cause for a SIP response that carries a {@code Warning} header, per RFC 3398 §8.2.6.1.
   *
   * <p>For 488 and 606 the RFC lets the warn-code choose the cause: 31 by default, and 65 (bearer capability not
   * implemented) when the warning says a bearer capability is unavailable. sipcodes reads warn-codes 304 (media type
   * not available) and 305 (incompatible media format) that way. For every other response the warn-code is ignored
   * and the result is that of {@link #fromSipResponse(SipResponse)}.
   *
   * @param response a SIP response
   * @param warnCode the three-digit code of its {@code Warning} header (RFC 3261 §20.43)
   * @return the cause, or empty for 1xx, 2xx, 3xx and 487
   * @throws NullPointerException if {@code response} is {@code null}
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3398#section-8.2.6.1">RFC 3398 §8.2.6.1</a>
   */
  public static Optional<Q850Cause> fromSipResponse(SipResponse response, int warnCode) {
    Objects.requireNonNull(response, "response");
    int code = response.code();
    if ((code == 488 || code == 606) && (warnCode == 304 || warnCode == 305)) {
      return find(65);
    }
    return fromSipResponse(response);
  }

  private static int causeValueOf(int code) {
    return switch (code) {
      case 400, 481, 500, 503 -> 41;
      case 401, 402, 403, 407, 603 -> 21;
      case 404, 485, 604 -> 1;
      case 405 -> 63;
      case 406, 415, 501 -> 79;
      case 408, 504 -> 102;
      case 410 -> 22;
      case 413, 414, 416, 420, 421, 423, 505, 513 -> 127;
      case 480 -> 18;
      case 482, 483 -> 25;
      case 484 -> 28;
      case 486, 600 -> 17;
      case 502 -> 38;
      default -> 31;
    };
  }


  /**
   * Explains this cause to people in a language: a short title, a sentence or two for the caller, and what an
   * administrator should check.
   *
   * <pre>{@code
   * Q850Cause.NO_ANSWER_FROM_USER.explain(Locale.ENGLISH).summary();   // "No answer"
   * Q850Cause.SUBSCRIBER_ABSENT.explain(Locale.ENGLISH).summary();     // "Phone not reachable"
   * }</pre>
   *
   * <p>The causes of the RFC 3398 mapping tables and the causes phone systems report most often have texts of their
   * own (keys {@code q850.N.FIELD}); every other cause gets a general text that names its value
   * ({@code q850.class.FIELD}). The locale is matched by language and falls back to English, never to the JVM's
   * default locale ({@link Explanation#supportedLocales()}); applications can add or replace the texts with an
   * {@link io.github.sipcodes.spi.ExplanationTextProvider}, and {@link Explanation#resourceBundle(Locale)} includes
   * them. After the first call for a language and cause, the same instance is returned and nothing is allocated.
   *
   * @param locale the language wanted, such as {@code Locale.GERMAN}
   * @return the explanation, never {@code null}; {@link Explanation#locale()} says which language it is in
   * @throws NullPointerException if {@code locale} is {@code null}
   * @throws java.util.ServiceConfigurationError if a provider of texts fails
   * @since 0.1.0
   */
  public Explanation explain(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Explanations.ofQ850(this, locale);
  }

  /**
   * Returns the name FreeSWITCH gives this cause in its logs, channel variables ({@code hangup_cause}) and call detail
   * records: {@code NORMAL_CLEARING} for 16, {@code USER_BUSY} for 17, {@code NO_ANSWER} for 19, the name of
   * {@code SWITCH_CAUSE_*} in FreeSWITCH's {@code switch_types.h} without that prefix.
   *
   * <p>FreeSWITCH names 46 of the Q.850 causes; the others, such as 24 and 87, have no name there. FreeSWITCH also
   * has names for values that Q.850 does not assign (45 {@code PRE_EMPTED}, 52 {@code OUTGOING_CALL_BARRED}, 54
   * {@code INCOMING_CALL_BARRED}, from earlier ISDN specifications) and above 127 for its own events; no constant
   * has those.
   *
   * <pre>{@code
   * Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE.freeSwitchName();   // Optional[NORMAL_CIRCUIT_CONGESTION]
   * Q850Cause.TEMPORARY_FAILURE.freeSwitchName();              // Optional[NORMAL_TEMPORARY_FAILURE]
   * }</pre>
   *
   * @return the name, or empty if FreeSWITCH has none for this cause
   * @see #findBySwitchName(String)
   * @since 0.1.0
   */
  public Optional<String> freeSwitchName() {
    return Optional.ofNullable(SwitchNames.freeSwitch(value));
  }

  /**
   * Returns the name Asterisk gives this cause: the name of {@code AST_CAUSE_*} in Asterisk's
   * {@code include/asterisk/causes.h} without that prefix, as the {@code HANGUPCAUSE} of a channel and the dialplan
   * show it. Mostly the FreeSWITCH name; they differ for 1 ({@code UNALLOCATED}), 23
   * ({@code REDIRECTED_TO_NEW_DESTINATION}), and Asterisk alone names 5, 8, 14 and 26 ({@code ANSWERED_ELSEWHERE}),
   * while FreeSWITCH alone names 25, 63 and 79.
   *
   * <pre>{@code
   * Q850Cause.UNALLOCATED_NUMBER.asteriskName();           // Optional[UNALLOCATED]
   * Q850Cause.NON_SELECTED_USER_CLEARING.asteriskName();   // Optional[ANSWERED_ELSEWHERE]
   * }</pre>
   *
   * @return the name, or empty if Asterisk has none for this cause
   * @see #findBySwitchName(String)
   * @since 0.1.0
   */
  public Optional<String> asteriskName() {
    return Optional.ofNullable(SwitchNames.asterisk(value));
  }

  /**
   * Finds the cause that FreeSWITCH or Asterisk logs under a name, such as {@code NORMAL_CLEARING}: what a user
   * copies from a log or a call detail record.
   *
   * <p>Accepted: either program's name ({@link #freeSwitchName()}, {@link #asteriskName()}), in any case, with or
   * without the prefix {@code SWITCH_CAUSE_} or {@code AST_CAUSE_}, and with white space at either end. Names that
   * stand for no Q.850 cause of this enum ({@code PRE_EMPTED} of FreeSWITCH, which is 45, or
   * {@code ORIGINATOR_CANCEL}, which is 487) give empty.
   *
   * <pre>{@code
   * Q850Cause.findBySwitchName("NORMAL_CLEARING");          // Optional[16 Normal call clearing]
   * Q850Cause.findBySwitchName("AST_CAUSE_UNALLOCATED");    // Optional[1 Unallocated (unassigned) number]
   * Q850Cause.findBySwitchName("no_user_response");         // Optional[18 No user responding]
   * }</pre>
   *
   * @param name the name
   * @return the cause, or empty if neither program names a cause of this enum so
   * @throws NullPointerException if {@code name} is {@code null}
   * @since 0.1.0
   */
  public static Optional<Q850Cause> findBySwitchName(String name) {
    return SwitchNames.find(Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns the value and name, such as {@code "17 User busy"}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return value + " " + description;
  }
}
