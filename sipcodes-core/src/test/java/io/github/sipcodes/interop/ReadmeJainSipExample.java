package io.github.sipcodes.interop;

// README begin
import io.github.sipcodes.Diagnosis;
import io.github.sipcodes.RequestDirection;
import io.github.sipcodes.wire.ResponseHead;
import javax.sip.message.Response;

final class ReadmeJainSipExample {

  /** A response to a request this side sent, as SipListener.processResponse gets it. */
  static Diagnosis diagnose(Response response) {
    // Reads every Reason and Warning header (getHeaders, not getHeader), the CSeq method and Retry-After.
    return ResponseHead.ofHeaders(response.getStatusCode(), response::getHeaders)
        .diagnosis(RequestDirection.SENT);
  }
}
// README end
