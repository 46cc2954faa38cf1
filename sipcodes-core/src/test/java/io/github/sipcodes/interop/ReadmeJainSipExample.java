package io.github.sipcodes.interop;

import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import java.time.Duration;
import javax.sip.header.RetryAfterHeader;
import javax.sip.message.Response;

/**
 * The code of the README section "Using with JAIN-SIP and Jitsi", compiled and tested so that it cannot go stale:
 * keep the body of {@link #decide(Response)} and the README identical.
 */
final class ReadmeJainSipExample {

  private ReadmeJainSipExample() {}

  // README begin
  static RetryAdvice decide(Response response) {
    SipResponse status = SipResponse.of(response.getStatusCode());
    // getRetryAfter() is the delay in seconds; getDuration() is a parameter, -1 when absent.
    RetryAfterHeader retryAfter = (RetryAfterHeader) response.getHeader(RetryAfterHeader.NAME);
    return retryAfter == null
        ? status.retryAdvice()
        : status.retryAdvice(Duration.ofSeconds(retryAfter.getRetryAfter()));
  }
  // README end
}
