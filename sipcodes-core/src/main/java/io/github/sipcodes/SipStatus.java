package io.github.sipcodes;

import java.time.Duration;
import java.util.Optional;

/**
 * The SIP response status codes that RFCs define: every code of the IANA "Response Codes" registry, with its
 * registered reason phrase and defining RFC, plus the two historic RFC 2543 codes that devices still send (409 and
 * 411).
 *
 * <pre>{@code
 * SipStatus.BUSY_HERE.code();          // 486
 * SipStatus.BUSY_HERE.toString();      // "486 Busy Here"
 * SipStatus.find(486);                 // Optional[486 Busy Here]
 * SipStatus.find(499);                 // Optional.empty: use SipResponse.of(499) for any valid code
 * }</pre>
 *
 * <p>Constant names spell the reason phrase in upper case, with {@code /} read as "or"
 * ({@link #CALL_OR_TRANSACTION_DOES_NOT_EXIST}). The one exception is 606, {@link #NOT_ACCEPTABLE_ANYWHERE}, whose
 * registered phrase "Not Acceptable" is the same as 406's.
 *
 * <p>Equality: there is exactly one constant per code, so the identity-based {@code equals} and {@code hashCode} that
 * every enum inherits agree with equality of {@link #code()}. No constant equals an {@link UnregisteredStatus}, which
 * only holds codes that have no constant.
 *
 * @implSpec This is an immutable and thread-safe enum.
 * @see <a href="https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7">IANA SIP
 *     Response Codes registry</a>
 * @since 0.1.0
 */
public enum SipStatus implements SipResponse {
  /**
   * {@code 100 Trying}: the next hop received the request and is working on it; stops INVITE retransmissions.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.1.1">RFC 3261 §21.1.1</a>
   */
  TRYING(100, "Trying", 3261, "21.1.1", Registration.REGISTERED),
  /**
   * {@code 180 Ringing}: the callee's user agent is alerting the user.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.1.2">RFC 3261 §21.1.2</a>
   */
  RINGING(180, "Ringing", 3261, "21.1.2", Registration.REGISTERED),
  /**
   * {@code 181 Call Is Being Forwarded}: the call is being forwarded to another set of destinations.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.1.3">RFC 3261 §21.1.3</a>
   */
  CALL_IS_BEING_FORWARDED(181, "Call Is Being Forwarded", 3261, "21.1.3", Registration.REGISTERED),
  /**
   * {@code 182 Queued}: the callee is temporarily unavailable and the call has been queued.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.1.4">RFC 3261 §21.1.4</a>
   */
  QUEUED(182, "Queued", 3261, "21.1.4", Registration.REGISTERED),
  /**
   * {@code 183 Session Progress}: carries call progress information, often early media.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.1.5">RFC 3261 §21.1.5</a>
   */
  SESSION_PROGRESS(183, "Session Progress", 3261, "21.1.5", Registration.REGISTERED),
  /**
   * {@code 199 Early Dialog Terminated}: an early dialog has been terminated before the final response.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6228">RFC 6228</a>
   */
  EARLY_DIALOG_TERMINATED(199, "Early Dialog Terminated", 6228, "", Registration.REGISTERED),
  /**
   * {@code 200 OK}: the request succeeded.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.2.1">RFC 3261 §21.2.1</a>
   */
  OK(200, "OK", 3261, "21.2.1", Registration.REGISTERED),
  /**
   * {@code 202 Accepted}: the request was accepted for processing, but has not been completed yet.
   *
   * <p>RFC 6665 §8.3.1 keeps 202 for historical purposes only and specifies no use of it with SUBSCRIBE or NOTIFY,
   * whose success RFC 6665 answers with 200 (a client treats a 202 to them as a 200); RFC 7647 does the same for
   * REFER. It keeps its own meaning for MESSAGE
   * (RFC 3428): accepted, for example by a store-and-forward server, but not yet delivered to the recipient.
   *
   * @deprecated the IANA registry marks 202 deprecated (RFC 6665). The constant stays so that a 202 from an older
   *     peer, or to a MESSAGE, is still recognized.
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6665#section-8.3.1">RFC 6665 §8.3.1</a>
   * @see <a href="https://www.rfc-editor.org/rfc/rfc7647">RFC 7647</a>
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3428">RFC 3428</a>
   */
  @Deprecated
  ACCEPTED(202, "Accepted", 6665, "8.3.1", Registration.DEPRECATED),
  /**
   * {@code 204 No Notification}: the subscription succeeded, and no NOTIFY follows for now because the subscriber
   * already has the current state: the answer to a SUBSCRIBE, a first one or a refresh, whose
   * {@code Suppress-If-Match} names the current entity tag.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5839#section-7.1">RFC 5839 §7.1</a>
   */
  NO_NOTIFICATION(204, "No Notification", 5839, "7.1", Registration.REGISTERED),
  /**
   * {@code 300 Multiple Choices}: the address resolved to several locations, listed in Contact.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3.1">RFC 3261 §21.3.1</a>
   */
  MULTIPLE_CHOICES(300, "Multiple Choices", 3261, "21.3.1", Registration.REGISTERED),
  /**
   * {@code 301 Moved Permanently}: the user is no longer at this address; use the Contact address from now on.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3.2">RFC 3261 §21.3.2</a>
   */
  MOVED_PERMANENTLY(301, "Moved Permanently", 3261, "21.3.2", Registration.REGISTERED),
  /**
   * {@code 302 Moved Temporarily}: retry the request at the Contact address, for this time only.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3.3">RFC 3261 §21.3.3</a>
   */
  MOVED_TEMPORARILY(302, "Moved Temporarily", 3261, "21.3.3", Registration.REGISTERED),
  /**
   * {@code 305 Use Proxy}: this single request must be repeated through the proxy named in Contact, with the
   * Request-URI unchanged; nothing is permanent.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3.4">RFC 3261 §21.3.4</a>
   */
  USE_PROXY(305, "Use Proxy", 3261, "21.3.4", Registration.REGISTERED),
  /**
   * {@code 380 Alternative Service}: the call was not successful, but alternative services are described in the
   * body.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.3.5">RFC 3261 §21.3.5</a>
   */
  ALTERNATIVE_SERVICE(380, "Alternative Service", 3261, "21.3.5", Registration.REGISTERED),
  /**
   * {@code 400 Bad Request}: the request had malformed syntax.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.1">RFC 3261 §21.4.1</a>
   */
  BAD_REQUEST(400, "Bad Request", 3261, "21.4.1", Registration.REGISTERED),
  /**
   * {@code 401 Unauthorized}: the request needs user authentication; answer the WWW-Authenticate challenge.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.2">RFC 3261 §21.4.2</a>
   */
  UNAUTHORIZED(401, "Unauthorized", 3261, "21.4.2", Registration.REGISTERED),
  /**
   * {@code 402 Payment Required}: reserved for future use by RFC 3261; providers send it for billing problems.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.3">RFC 3261 §21.4.3</a>
   */
  PAYMENT_REQUIRED(402, "Payment Required", 3261, "21.4.3", Registration.REGISTERED),
  /**
   * {@code 403 Forbidden}: the server understood the request and refuses it; authorization will not help.
   *
   * <p>It has two meanings in practice. Providers send it for refused credentials, blocked addresses and unpaid
   * balances, and STIR/SHAKEN verifiers for a stale {@code Date} or signature time ("Stale Date", RFC 8224
   * §6.2.2). An ISUP gateway sends it for the Q.850 causes 21 (call rejected), 55 and 87 (closed user group) and 57
   * (bearer capability not authorized), RFC 3398 §7.2.4.1: then the call was rejected, and
   * {@link CallOutcome#of(SipResponse, Q850Cause)} tells the two apart when the cause came with the response.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.4">RFC 3261 §21.4.4</a>
   */
  FORBIDDEN(403, "Forbidden", 3261, "21.4.4", Registration.REGISTERED),
  /**
   * {@code 404 Not Found}: the user does not exist at the domain in the Request-URI.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.5">RFC 3261 §21.4.5</a>
   */
  NOT_FOUND(404, "Not Found", 3261, "21.4.5", Registration.REGISTERED),
  /**
   * {@code 405 Method Not Allowed}: the method is not allowed for this address; Allow lists the ones that are.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.6">RFC 3261 §21.4.6</a>
   */
  METHOD_NOT_ALLOWED(405, "Method Not Allowed", 3261, "21.4.6", Registration.REGISTERED),
  /**
   * {@code 406 Not Acceptable}: the response would not be acceptable according to the request's Accept header.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.7">RFC 3261 §21.4.7</a>
   */
  NOT_ACCEPTABLE(406, "Not Acceptable", 3261, "21.4.7", Registration.REGISTERED),
  /**
   * {@code 407 Proxy Authentication Required}: the client must authenticate with the proxy; answer the Proxy-Authenticate challenge.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.8">RFC 3261 §21.4.8</a>
   */
  PROXY_AUTHENTICATION_REQUIRED(407, "Proxy Authentication Required", 3261, "21.4.8", Registration.REGISTERED),
  /**
   * {@code 408 Request Timeout}: the server could not produce a response in time.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.9">RFC 3261 §21.4.9</a>
   */
  REQUEST_TIMEOUT(408, "Request Timeout", 3261, "21.4.9", Registration.REGISTERED),
  /**
   * {@code 409 Conflict}: historic (RFC 2543): the request conflicted with the state of the resource.
   *
   * <p>Not in the IANA registry: RFC 3261 dropped it, but older devices still send it. An RFC 3261 client treats
   * it as 400 Bad Request (§8.1.3.2), and so does {@link #treatedAs()}.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc2543#section-7.4.10">RFC 2543 §7.4.10</a>
   */
  CONFLICT(409, "Conflict", 2543, "7.4.10", Registration.HISTORIC),
  /**
   * {@code 410 Gone}: the resource used to exist here and has no forwarding address.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.10">RFC 3261 §21.4.10</a>
   */
  GONE(410, "Gone", 3261, "21.4.10", Registration.REGISTERED),
  /**
   * {@code 411 Length Required}: historic (RFC 2543): the server requires a Content-Length.
   *
   * <p>Not in the IANA registry: RFC 3261 dropped it, but older devices still send it. An RFC 3261 client treats
   * it as 400 Bad Request (§8.1.3.2), and so does {@link #treatedAs()}.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc2543#section-7.4.12">RFC 2543 §7.4.12</a>
   */
  LENGTH_REQUIRED(411, "Length Required", 2543, "7.4.12", Registration.HISTORIC),
  /**
   * {@code 412 Conditional Request Failed}: the precondition given in the request (SIP-If-Match) failed.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3903#section-11.2.1">RFC 3903 §11.2.1</a>
   */
  CONDITIONAL_REQUEST_FAILED(412, "Conditional Request Failed", 3903, "11.2.1", Registration.REGISTERED),
  /**
   * {@code 413 Request Entity Too Large}: the request body is larger than the server will process.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.11">RFC 3261 §21.4.11</a>
   */
  REQUEST_ENTITY_TOO_LARGE(413, "Request Entity Too Large", 3261, "21.4.11", Registration.REGISTERED),
  /**
   * {@code 414 Request-URI Too Long}: the Request-URI is longer than the server will interpret.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.12">RFC 3261 §21.4.12</a>
   */
  REQUEST_URI_TOO_LONG(414, "Request-URI Too Long", 3261, "21.4.12", Registration.REGISTERED),
  /**
   * {@code 415 Unsupported Media Type}: the body's format is not supported; Accept, Accept-Encoding and Accept-Language say what is.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.13">RFC 3261 §21.4.13</a>
   */
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type", 3261, "21.4.13", Registration.REGISTERED),
  /**
   * {@code 416 Unsupported URI Scheme}: the scheme of the Request-URI is not supported.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.14">RFC 3261 §21.4.14</a>
   */
  UNSUPPORTED_URI_SCHEME(416, "Unsupported URI Scheme", 3261, "21.4.14", Registration.REGISTERED),
  /**
   * {@code 417 Unknown Resource-Priority}: the Resource-Priority namespace or value is not understood.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc4412">RFC 4412</a>
   */
  UNKNOWN_RESOURCE_PRIORITY(417, "Unknown Resource-Priority", 4412, "", Registration.REGISTERED),
  /**
   * {@code 420 Bad Extension}: an extension in Proxy-Require or Require is not supported; Unsupported lists it.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.15">RFC 3261 §21.4.15</a>
   */
  BAD_EXTENSION(420, "Bad Extension", 3261, "21.4.15", Registration.REGISTERED),
  /**
   * {@code 421 Extension Required}: the server needs an extension the request did not list; Require names it.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.16">RFC 3261 §21.4.16</a>
   */
  EXTENSION_REQUIRED(421, "Extension Required", 3261, "21.4.16", Registration.REGISTERED),
  /**
   * {@code 422 Session Interval Too Small}: the Session-Expires value is too small; Min-SE gives the minimum.
   *
   * <p>Defined in RFC 4028 §6; §7.3 says how the client sends the request again with at least that value.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc4028#section-7.3">RFC 4028 §7.3</a>
   * @see <a href="https://www.rfc-editor.org/rfc/rfc4028#section-6">RFC 4028 §6</a>
   */
  SESSION_INTERVAL_TOO_SMALL(422, "Session Interval Too Small", 4028, "6", Registration.REGISTERED),
  /**
   * {@code 423 Interval Too Brief}: the expiration time is too short; Min-Expires gives the minimum.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.17">RFC 3261 §21.4.17</a>
   */
  INTERVAL_TOO_BRIEF(423, "Interval Too Brief", 3261, "21.4.17", Registration.REGISTERED),
  /**
   * {@code 424 Bad Location Information}: the location information in the request was malformed or not satisfactory.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6442#section-4.3">RFC 6442 §4.3</a>
   */
  BAD_LOCATION_INFORMATION(424, "Bad Location Information", 6442, "4.3", Registration.REGISTERED),
  /**
   * {@code 425 Bad Alert Message}: the alert message of a non-interactive emergency call was not accepted.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8876#section-5.1">RFC 8876 §5.1</a>
   */
  BAD_ALERT_MESSAGE(425, "Bad Alert Message", 8876, "5.1", Registration.REGISTERED),
  /**
   * {@code 428 Use Identity Header}: the request needs a valid Identity header.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8224#section-6.2.2">RFC 8224 §6.2.2</a>
   */
  USE_IDENTITY_HEADER(428, "Use Identity Header", 8224, "6.2.2", Registration.REGISTERED),
  /**
   * {@code 429 Provide Referrer Identity}: the refer target wants a Referred-By header with a valid token, proving
   * who asked for the transfer. It answers the request that a REFER made the referee send (the INVITE of a
   * transfer), and the referee passes it back to the referrer in a NOTIFY.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3892#section-5">RFC 3892 §5</a>
   */
  PROVIDE_REFERRER_IDENTITY(429, "Provide Referrer Identity", 3892, "5", Registration.REGISTERED),
  /**
   * {@code 430 Flow Failed}: the flow (connection) to a particular instance failed; other flows may work.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5626#section-11.5">RFC 5626 §11.5</a>
   */
  FLOW_FAILED(430, "Flow Failed", 5626, "11.5", Registration.REGISTERED),
  /**
   * {@code 433 Anonymity Disallowed}: the server refuses anonymous requests.
   *
   * <p>Defined in RFC 5079 §5; §4 lets the caller call again without anonymity, a choice for the person calling.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5079#section-4">RFC 5079 §4</a>
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5079#section-5">RFC 5079 §5</a>
   */
  ANONYMITY_DISALLOWED(433, "Anonymity Disallowed", 5079, "5", Registration.REGISTERED),
  /**
   * {@code 436 Bad Identity Info}: the Identity header's info parameter cannot be dereferenced or is unusable.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8224#section-6.2.2">RFC 8224 §6.2.2</a>
   */
  BAD_IDENTITY_INFO(436, "Bad Identity Info", 8224, "6.2.2", Registration.REGISTERED),
  /**
   * {@code 437 Unsupported Credential}: the credential used to sign the Identity header is not supported or trusted.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8224#section-6.2.2">RFC 8224 §6.2.2</a>
   */
  UNSUPPORTED_CREDENTIAL(437, "Unsupported Credential", 8224, "6.2.2", Registration.REGISTERED),
  /**
   * {@code 438 Invalid Identity Header}: the Identity header's signature did not verify. A stale date is a 403
   * ("Stale Date") instead, RFC 8224 §6.2.2.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8224#section-6.2.2">RFC 8224 §6.2.2</a>
   */
  INVALID_IDENTITY_HEADER(438, "Invalid Identity Header", 8224, "6.2.2", Registration.REGISTERED),
  /**
   * {@code 439 First Hop Lacks Outbound Support}: the first hop does not support SIP Outbound, so the registration cannot use it.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5626#section-11.6">RFC 5626 §11.6</a>
   */
  FIRST_HOP_LACKS_OUTBOUND_SUPPORT(439, "First Hop Lacks Outbound Support", 5626, "11.6", Registration.REGISTERED),
  /**
   * {@code 440 Max-Breadth Exceeded}: no parallel forks remained within the request's Max-Breadth.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5393">RFC 5393</a>
   */
  MAX_BREADTH_EXCEEDED(440, "Max-Breadth Exceeded", 5393, "", Registration.REGISTERED),
  /**
   * {@code 469 Bad Info Package}: the INFO request's Info Package is not one the receiver accepts.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6086#section-4.2.2">RFC 6086 §4.2.2</a>
   */
  BAD_INFO_PACKAGE(469, "Bad Info Package", 6086, "4.2.2", Registration.REGISTERED),
  /**
   * {@code 470 Consent Needed}: the request carried a list of recipients, and the relay has no permission (consent)
   * for at least one of them; Permission-Missing lists which.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc5360">RFC 5360</a>
   */
  CONSENT_NEEDED(470, "Consent Needed", 5360, "", Registration.REGISTERED),
  /**
   * {@code 480 Temporarily Unavailable}: the callee was reached but is currently unavailable.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.18">RFC 3261 §21.4.18</a>
   */
  TEMPORARILY_UNAVAILABLE(480, "Temporarily Unavailable", 3261, "21.4.18", Registration.REGISTERED),
  /**
   * {@code 481 Call/Transaction Does Not Exist}: the request matches no existing dialog or transaction.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.19">RFC 3261 §21.4.19</a>
   */
  CALL_OR_TRANSACTION_DOES_NOT_EXIST(481, "Call/Transaction Does Not Exist", 3261, "21.4.19", Registration.REGISTERED),
  /**
   * {@code 482 Loop Detected}: the server detected a loop.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.20">RFC 3261 §21.4.20</a>
   */
  LOOP_DETECTED(482, "Loop Detected", 3261, "21.4.20", Registration.REGISTERED),
  /**
   * {@code 483 Too Many Hops}: Max-Forwards reached zero.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.21">RFC 3261 §21.4.21</a>
   */
  TOO_MANY_HOPS(483, "Too Many Hops", 3261, "21.4.21", Registration.REGISTERED),
  /**
   * {@code 484 Address Incomplete}: the Request-URI is incomplete; more digits are needed.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.22">RFC 3261 §21.4.22</a>
   */
  ADDRESS_INCOMPLETE(484, "Address Incomplete", 3261, "21.4.22", Registration.REGISTERED),
  /**
   * {@code 485 Ambiguous}: the Request-URI matches several users; Contact may list them.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.23">RFC 3261 §21.4.23</a>
   */
  AMBIGUOUS(485, "Ambiguous", 3261, "21.4.23", Registration.REGISTERED),
  /**
   * {@code 486 Busy Here}: the callee's end system is busy.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24">RFC 3261 §21.4.24</a>
   */
  BUSY_HERE(486, "Busy Here", 3261, "21.4.24", Registration.REGISTERED),
  /**
   * {@code 487 Request Terminated}: the request was ended by a BYE or CANCEL.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.25">RFC 3261 §21.4.25</a>
   */
  REQUEST_TERMINATED(487, "Request Terminated", 3261, "21.4.25", Registration.REGISTERED),
  /**
   * {@code 488 Not Acceptable Here}: the session description (codecs, media, encryption) is not acceptable here.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.26">RFC 3261 §21.4.26</a>
   */
  NOT_ACCEPTABLE_HERE(488, "Not Acceptable Here", 3261, "21.4.26", Registration.REGISTERED),
  /**
   * {@code 489 Bad Event}: the event package in the Event header is not understood.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc6665#section-8.3.2">RFC 6665 §8.3.2</a>
   */
  BAD_EVENT(489, "Bad Event", 6665, "8.3.2", Registration.REGISTERED),
  /**
   * {@code 491 Request Pending}: another request is pending for the same dialog.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.27">RFC 3261 §21.4.27</a>
   */
  REQUEST_PENDING(491, "Request Pending", 3261, "21.4.27", Registration.REGISTERED),
  /**
   * {@code 493 Undecipherable}: an encrypted (S/MIME) body could not be decrypted.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.4.28">RFC 3261 §21.4.28</a>
   */
  UNDECIPHERABLE(493, "Undecipherable", 3261, "21.4.28", Registration.REGISTERED),
  /**
   * {@code 494 Security Agreement Required}: a security mechanism must be agreed; Security-Server lists the choices.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3329">RFC 3329</a>
   */
  SECURITY_AGREEMENT_REQUIRED(494, "Security Agreement Required", 3329, "", Registration.REGISTERED),
  /**
   * {@code 500 Server Internal Error}: the server hit an unexpected condition.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5.1">RFC 3261 §21.5.1</a>
   */
  SERVER_INTERNAL_ERROR(500, "Server Internal Error", 3261, "21.5.1", Registration.REGISTERED),
  /**
   * {@code 501 Not Implemented}: the server does not implement the method.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5.2">RFC 3261 §21.5.2</a>
   */
  NOT_IMPLEMENTED(501, "Not Implemented", 3261, "21.5.2", Registration.REGISTERED),
  /**
   * {@code 502 Bad Gateway}: a gateway or proxy received an invalid response from downstream.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5.3">RFC 3261 §21.5.3</a>
   */
  BAD_GATEWAY(502, "Bad Gateway", 3261, "21.5.3", Registration.REGISTERED),
  /**
   * {@code 503 Service Unavailable}: the server is overloaded or under maintenance, for now.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5.4">RFC 3261 §21.5.4</a>
   */
  SERVICE_UNAVAILABLE(503, "Service Unavailable", 3261, "21.5.4", Registration.REGISTERED),
  /**
   * {@code 504 Server Time-out}: a server further on did not answer in time.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5.5">RFC 3261 §21.5.5</a>
   */
  SERVER_TIME_OUT(504, "Server Time-out", 3261, "21.5.5", Registration.REGISTERED),
  /**
   * {@code 505 Version Not Supported}: the SIP version of the request is not supported.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5.6">RFC 3261 §21.5.6</a>
   */
  VERSION_NOT_SUPPORTED(505, "Version Not Supported", 3261, "21.5.6", Registration.REGISTERED),
  /**
   * {@code 513 Message Too Large}: the message is longer than the server can process.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.5.7">RFC 3261 §21.5.7</a>
   */
  MESSAGE_TOO_LARGE(513, "Message Too Large", 3261, "21.5.7", Registration.REGISTERED),
  /**
   * {@code 555 Push Notification Service Not Supported}: the push notification service named in the request is not supported.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8599">RFC 8599</a>
   */
  PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED(555, "Push Notification Service Not Supported", 8599, "", Registration.REGISTERED),
  /**
   * {@code 580 Precondition Failure}: the session's preconditions (such as QoS) cannot be met.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3312#section-8">RFC 3312 §8</a>
   */
  PRECONDITION_FAILURE(580, "Precondition Failure", 3312, "8", Registration.REGISTERED),
  /**
   * {@code 600 Busy Everywhere}: the callee was reached but is busy, and no other end system (such as voicemail)
   * will take the call.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.6.1">RFC 3261 §21.6.1</a>
   */
  BUSY_EVERYWHERE(600, "Busy Everywhere", 3261, "21.6.1", Registration.REGISTERED),
  /**
   * {@code 603 Decline}: the callee does not wish to take part in the call.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.6.2">RFC 3261 §21.6.2</a>
   */
  DECLINE(603, "Decline", 3261, "21.6.2", Registration.REGISTERED),
  /**
   * {@code 604 Does Not Exist Anywhere}: the user does not exist anywhere.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.6.3">RFC 3261 §21.6.3</a>
   */
  DOES_NOT_EXIST_ANYWHERE(604, "Does Not Exist Anywhere", 3261, "21.6.3", Registration.REGISTERED),
  /**
   * {@code 606 Not Acceptable}: the user wants to talk, but the session description cannot be accepted anywhere.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-21.6.4">RFC 3261 §21.6.4</a>
   */
  NOT_ACCEPTABLE_ANYWHERE(606, "Not Acceptable", 3261, "21.6.4", Registration.REGISTERED),
  /**
   * {@code 607 Unwanted}: the callee marked the call as unwanted (for example spam).
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8197">RFC 8197</a>
   */
  UNWANTED(607, "Unwanted", 8197, "", Registration.REGISTERED),
  /**
   * {@code 608 Rejected}: an intermediary (such as an analytics engine) rejected the call.
   *
   * @see <a href="https://www.rfc-editor.org/rfc/rfc8688#section-3">RFC 8688 §3</a>
   */
  REJECTED(608, "Rejected", 8688, "3", Registration.REGISTERED);

  /** Whether and how the IANA registry lists a code. */
  enum Registration {
    REGISTERED,
    DEPRECATED,
    HISTORIC
  }

  private final int code;
  private final String reasonPhrase;
  private final RfcReference specification;
  private final Registration registration;
  private final ResponseClass responseClass;
  private final String wireForm;
  private final RetryAdvice retryAdvice;
  private final boolean retryable;
  private final boolean authRelated;
  private final CallOutcome callOutcome;

  SipStatus(int code, String reasonPhrase, int rfc, String section, Registration registration) {
    this.code = code;
    this.reasonPhrase = reasonPhrase;
    this.specification = new RfcReference(rfc, section);
    this.registration = registration;
    this.responseClass = ResponseClass.of(code);
    this.wireForm = code + " " + reasonPhrase;
    // What a client acts on: the code itself, or for the historic codes what treatedAs() returns. The code, not the
    // constant, because the constants are being built.
    int actedOn = registration == Registration.HISTORIC ? responseClass.unknownCodeTreatmentCode() : code;
    this.retryAdvice = RetryRules.adviceFor(actedOn);
    this.retryable = retryAdvice.allowsUnchangedRetry(); // a field, so the hot path makes no megamorphic call
    this.authRelated = isAuthRelatedCode(actedOn);
    this.callOutcome = CallOutcome.forCode(actedOn, authRelated);
  }

  /**
   * The set of codes for which {@link SipResponse#isAuthRelated()} is true, in code here and nowhere else; that
   * method's javadoc gives the reason for each.
   */
  private static boolean isAuthRelatedCode(int code) {
    return switch (code) {
      case 401, 403, 407, 428, 429, 436, 437, 438, 494 -> true;
      default -> false;
    };
  }

  /**
   * Finds the constant of a code an RFC defines.
   *
   * <p>Unlike {@link SipResponse#of(int)}, this never throws: a code that is out of range, or valid but without a
   * constant, gives an empty result. It allocates nothing.
   *
   * @param code any integer
   * @return the constant for {@code code}, or empty if there is none
   */
  public static Optional<SipStatus> find(int code) {
    return SipResponse.isValidCode(code) ? ResponseTable.foundConstant(code) : Optional.empty();
  }

  @Override
  public int code() {
    return code;
  }

  /**
   * {@inheritDoc}
   *
   * <p>For a constant this is the phrase of the IANA registry, or of RFC 2543 for the historic codes.
   */
  @Override
  public String reasonPhrase() {
    return reasonPhrase;
  }

  @Override
  public ResponseClass responseClass() {
    return responseClass;
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code false} only for the historic codes 409 and 411, which RFC 3261 dropped. The deprecated 202 is still
   * registered.
   */
  @Override
  public boolean isRegistered() {
    return registration != Registration.HISTORIC;
  }

  /**
   * Tells whether the IANA registry marks this code deprecated: only {@code 202 Accepted} (RFC 6665).
   *
   * @return {@code true} for 202
   */
  public boolean isDeprecated() {
    return registration == Registration.DEPRECATED;
  }

  @Override
  public RfcReference specification() {
    return specification;
  }

  /**
   * {@inheritDoc}
   *
   * <p>For a registered code this is the constant itself; the historic 409 and 411 are acted on as 400.
   */
  @Override
  public SipStatus treatedAs() {
    return isRegistered() ? this : responseClass.unknownCodeTreatment();
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }

  @Override
  public RetryAdvice retryAdvice() {
    return retryAdvice;
  }

  @Override
  public RetryAdvice retryAdvice(Duration retryAfter) {
    return RetryRules.withRetryAfter(treatedAs().code, retryAdvice, retryAfter);
  }

  @Override
  public boolean isAuthChallenge() {
    return this == UNAUTHORIZED || this == PROXY_AUTHENTICATION_REQUIRED;
  }

  @Override
  public boolean isAuthRelated() {
    return authRelated;
  }

  @Override
  public CallOutcome callOutcome() {
    return callOutcome;
  }

  /**
   * Returns the status line form of this status: the code, a space and the reason phrase.
   *
   * @return for example {@code "486 Busy Here"}
   */
  @Override
  public String toString() {
    return wireForm;
  }
}
