package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.cli.message.CaptureTime;
import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.Endpoint;
import io.github.sipcodes.cli.message.MessageListener;
import io.github.sipcodes.cli.message.Unreadable;
import io.github.sipcodes.wire.CSeq;
import io.github.sipcodes.wire.MessageHead;
import io.github.sipcodes.wire.Reason;
import io.github.sipcodes.wire.RequestHead;
import io.github.sipcodes.wire.ResponseHead;
import io.github.sipcodes.wire.SipParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Follows the calls of a source: reads each message's head with the library's parser ({@link MessageHead}), groups
 * messages by {@code Call-ID} (RFC 3261 §20.8), recognizes a response sent again in its transaction, reads what each
 * response means ({@link ResponseReading}), passes every response on to a listener at once, and counts.
 *
 * <p><b>Transactions.</b> A response belongs to the transaction of its {@code CSeq} number and method, its topmost
 * {@code Via} branch (RFC 3261 §17.2.3) and its direction (source and destination). The same response (same code and
 * {@code To} tag) seen again in one transaction was sent again (RFC 3261 §17.2.1 for provisional and final
 * responses, §13.3.1.4 for a 2xx to INVITE): it is passed on marked as resent and counted once.
 *
 * <p><b>Calls.</b> A Call-ID with an INVITE (or a response to one) is a call. It was answered if any INVITE was
 * answered with a 2xx; otherwise its last final response to an INVITE gives its outcome, so that a 407 answered with
 * credentials and then a 200 is an answered call, not a failure. A CANCEL with {@code Reason: SIP;cause=200} (RFC 3326)
 * makes the call's 487 an answer elsewhere.
 *
 * <p><b>Bounded memory.</b> At most {@link #MAX_CALLS} calls are followed at once; the one idle longest is ended when
 * another starts, and a call without a message for {@link #IDLE_SECONDS} seconds of capture time is ended. A call
 * ended is counted and forgotten; a message of it that comes later starts it again. At the end of the source, the
 * calls still followed end in the order the analysis met them.
 *
 * <p>Not thread-safe: one instance reads one source, on the reading thread.
 */
public final class CallAnalyzer implements MessageListener {

  /** The most calls followed at once. */
  public static final int MAX_CALLS = 10_000;

  /** A call with no message for this long, in capture time, is ended: five minutes. */
  public static final long IDLE_SECONDS = 300;

  private static final String CANCEL = "CANCEL";

  private final LocalSide local;
  private final AnalysisListener listener;
  private final TraceCounts counts = new TraceCounts();
  /** How many calls the analysis has met. */
  private long callsMet;
  /** The calls followed, the one idle longest first. */
  private final LinkedHashMap<String, Call> calls = new LinkedHashMap<>(64, 0.75f, true);

  /**
   * An analyzer.
   *
   * @param local the side whose calls are explained
   * @param listener receives the responses
   */
  public CallAnalyzer(LocalSide local, AnalysisListener listener) {
    this.local = Objects.requireNonNull(local, "local");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void message(CapturedMessage message) {
    MessageHead head;
    try {
      head = MessageHead.parse(message.bytes());
    } catch (SipParseException e) {
      counts.countMalformed();
      listener.malformed(message, e);
      return;
    }
    long second = message.time().map(CaptureTime::epochSecond).orElse(Long.MIN_VALUE);
    endIdleCalls(second);
    String callId = head.callId().orElse(null);
    CSeq cseq = cseq(head);
    Call call = callId == null ? null : call(callId, second);
    if (head instanceof RequestHead request) {
      counts.request();
      if (call != null) {
        request(call, request);
      }
      return;
    }
    ResponseHead response = (ResponseHead) head;
    String method = cseq == null ? null : cseq.method();
    Endpoint source = message.source().orElse(null);
    Endpoint destination = message.destination().orElse(null);
    ResponseReading reading = ResponseReading.of(
        response, method, local.direction(source, destination), call != null && call.completedElsewhere);
    boolean resent = call != null && !call.firstSight(identity(response, cseq, source, destination));
    if (resent) {
      counts.countResent();
    } else {
      counts.response(response.response());
      if (call != null && ResponseReading.INVITE.equals(method)) {
        call.invited = true;
        finalResponse(call, message, reading);
      }
    }
    listener.response(new AnalyzedResponse(message, response, callId, cseq, reading, resent));
  }

  @Override
  public void unreadable(Unreadable kind, long frame) {
    listener.unreadable(kind, frame);
  }

  private static @Nullable CSeq cseq(MessageHead head) {
    try {
      return head.cseq().orElse(null);
    } catch (SipParseException e) {
      return null;
    }
  }

  private static void request(Call call, RequestHead request) {
    String method = request.method();
    if (ResponseReading.INVITE.equals(method)) {
      call.invited = true;
    } else if (CANCEL.equals(method)) {
      for (Reason reason : request.reasons()) {
        if (ResponseReading.meansAnsweredElsewhere(reason)) {
          call.completedElsewhere = true;
        }
      }
    }
  }

  private static void finalResponse(Call call, CapturedMessage message, ResponseReading reading) {
    if (!reading.response().isFinal()) {
      return;
    }
    if (reading.response().isSuccess()) {
      call.answered = true;
      return;
    }
    boolean inCapture = message.line().isEmpty();
    long position = inCapture ? message.frame().orElse(0) : message.line().getAsLong();
    call.lastFinal = new FailedCall(message.time().orElse(null), position, inCapture, call.callId, reading);
  }

  /**
   * What makes a response the same as one sent before in its transaction: CSeq, topmost Via branch, source,
   * destination, code and To tag.
   */
  private static String identity(
      ResponseHead response, @Nullable CSeq cseq, @Nullable Endpoint source, @Nullable Endpoint destination) {
    return cseq + "|" + optional(response, true) + "|" + source + ">" + destination + "|" + response.response().code()
        + "|" + optional(response, false);
  }

  /** The topmost Via branch or the To tag; a value that does not parse is compared as absent. */
  private static String optional(ResponseHead response, boolean branch) {
    try {
      Optional<String> value = branch ? response.viaBranch() : response.toTag();
      return value.orElse("");
    } catch (SipParseException e) {
      return "";
    }
  }

  private Call call(String callId, long second) {
    Call call = calls.get(callId);
    if (call == null) {
      if (calls.size() >= MAX_CALLS) {
        end(calls.values().iterator().next());
      }
      call = new Call(callId, ++callsMet, second);
      calls.put(callId, call);
    } else if (second != Long.MIN_VALUE) {
      call.lastSecond = second;
    }
    return call;
  }

  private void endIdleCalls(long now) {
    if (now == Long.MIN_VALUE) {
      return;
    }
    Iterator<Call> eldest = calls.values().iterator();
    while (eldest.hasNext()) {
      Call call = eldest.next();
      if (call.lastSecond == Long.MIN_VALUE || call.lastSecond > now - IDLE_SECONDS) {
        return;
      }
      eldest.remove();
      resolve(call);
    }
  }

  private void end(Call call) {
    calls.remove(call.callId);
    resolve(call);
  }

  /** Counts a call's outcome, lists it if it failed, and tells the listener it ended. */
  private void resolve(Call call) {
    if (call.invited) {
      FailedCall last = call.lastFinal;
      if (call.answered) {
        counts.call(CallOutcome.ANSWERED);
      } else if (last == null) {
        counts.call(CallOutcome.IN_PROGRESS);
      } else if (last.reading().answeredElsewhere()) {
        counts.countAnsweredElsewhere();
      } else {
        counts.call(last.reading().outcome());
        if (last.reading().isFailure()) {
          counts.failed(last);
        }
      }
    }
    listener.callEnded(call.callId);
  }

  /**
   * Ends every call still followed, in the order the analysis met them, and returns the counts.
   *
   * @return the counts of the whole source
   */
  public TraceCounts finish() {
    List<Call> remaining = new ArrayList<>(calls.values());
    calls.clear();
    remaining.sort(Comparator.comparingLong(call -> call.order));
    for (Call call : remaining) {
      resolve(call);
    }
    counts.sortFailedCalls();
    return counts;
  }

  /**
   * The counts so far.
   *
   * @return the counts, final once {@link #finish()} has been called
   */
  public TraceCounts counts() {
    return counts;
  }

  /** For tests: how many calls are followed now. */
  int followed() {
    return calls.size();
  }
}
