package io.github.sipcodes.interop;

import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import javax.sip.header.Header;
import javax.sip.header.RetryAfterHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;

/**
 * One response as a SIP stack received it off the wire: the status line and the raw values of the headers that
 * sipcodes (now or later) reads, so that each assertion works on plain strings.
 *
 * <p>The raw values are JAIN-SIP's re-encoding of what it parsed (header name and colon stripped), which is the form an
 * application gets from {@code Header.toString()}.
 *
 * @param code the status code of the status line
 * @param reasonPhrase the reason phrase the peer sent (RFC 3261 §21 lets it differ from the registered one)
 * @param retryAfter the raw {@code Retry-After} value, or {@code null} if absent
 * @param retryAfterSeconds {@link RetryAfterHeader#getRetryAfter()}, or -1 if the header is absent
 * @param retryAfterDuration {@link RetryAfterHeader#getDuration()}: JAIN-SIP returns -1 when the {@code duration}
 *     parameter is absent, so it must not be read as the delay
 * @param wwwAuthenticate the raw {@code WWW-Authenticate} value, or {@code null} if absent
 * @param reasons the raw value of every {@code Reason} header, in order (RFC 3326 §2 allows several)
 * @param warnings the raw value of every {@code Warning} header, in order
 */
record ReceivedResponse(
    int code,
    String reasonPhrase,
    @Nullable String retryAfter,
    int retryAfterSeconds,
    int retryAfterDuration,
    @Nullable String wwwAuthenticate,
    List<String> reasons,
    List<String> warnings) {

  ReceivedResponse {
    reasons = List.copyOf(reasons);
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads a JAIN-SIP response.
   *
   * <p>Pitfalls this handles: {@code getHeader("Reason")} returns only the first Reason header, so every value is read
   * through the {@code ListIterator} of {@code getHeaders}; and the delay of {@code Retry-After} is
   * {@code getRetryAfter()} (seconds), never {@code getDuration()}, which is -1 without a {@code duration} parameter.
   */
  static ReceivedResponse of(Response response) {
    RetryAfterHeader retryAfter = (RetryAfterHeader) response.getHeader(RetryAfterHeader.NAME);
    Header challenge = response.getHeader(WWWAuthenticateHeader.NAME);
    return new ReceivedResponse(
        response.getStatusCode(),
        response.getReasonPhrase(),
        retryAfter == null ? null : valueOf(retryAfter),
        retryAfter == null ? -1 : retryAfter.getRetryAfter(),
        retryAfter == null ? -1 : retryAfter.getDuration(),
        challenge == null ? null : valueOf(challenge),
        valuesOf(response.getHeaders("Reason")),
        valuesOf(response.getHeaders("Warning")));
  }

  /** The sipcodes view of the status code. */
  SipResponse status() {
    return SipResponse.of(code);
  }

  /** The delay of {@code Retry-After}, if the response had one. */
  Optional<Duration> retryAfterDelay() {
    return retryAfterSeconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(retryAfterSeconds));
  }

  /** What sipcodes advises, taking {@code Retry-After} into account. */
  RetryAdvice advice() {
    SipResponse status = status();
    return retryAfterDelay().map(status::retryAdvice).orElseGet(status::retryAdvice);
  }

  private static List<String> valuesOf(ListIterator<?> headers) {
    List<String> values = new ArrayList<>();
    while (headers.hasNext()) {
      values.add(valueOf((Header) headers.next()));
    }
    return values;
  }

  /** The value of a header as JAIN-SIP encodes it: {@code toString()} is {@code "Name: value\r\n"}. */
  private static String valueOf(Header header) {
    String line = header.toString();
    return line.substring(line.indexOf(':') + 1).strip();
  }
}
