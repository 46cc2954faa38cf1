package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.SipResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a trace: responses per code (a response sent again counted once), requests, invalid messages, calls
 * per outcome, and the failed calls, the first {@link #MAX_FAILED_CALLS} of them listed.
 *
 * <p>Memory is bounded: a fixed array per code, one counter per outcome, and at most {@link #MAX_FAILED_CALLS}
 * failed calls kept. Not thread-safe; read it once the analysis has {@linkplain CallAnalyzer#finish() finished}.
 */
public final class TraceCounts {

  /** How many failed calls are listed; more are counted. */
  public static final int MAX_FAILED_CALLS = 1_000;

  private final long[] perCode = new long[SipResponse.MAX_CODE + 1];
  private final long[] perClass = new long[ResponseClass.values().length];
  private final EnumMap<CallOutcome, Long> perOutcome = new EnumMap<>(CallOutcome.class);
  private final List<FailedCall> failedCalls = new ArrayList<>();
  private long responses;
  private long resent;
  private long requests;
  private long malformed;
  private long answeredElsewhere;
  private long failedNotListed;

  TraceCounts() {}

  void response(SipResponse response) {
    responses++;
    perCode[response.code()]++;
    perClass[response.responseClass().digit() - 1]++;
  }

  void countResent() {
    resent++;
  }

  void request() {
    requests++;
  }

  void countMalformed() {
    malformed++;
  }

  void call(CallOutcome outcome) {
    perOutcome.merge(outcome, 1L, Long::sum);
  }

  void countAnsweredElsewhere() {
    answeredElsewhere++;
  }

  void failed(FailedCall call) {
    if (failedCalls.size() < MAX_FAILED_CALLS) {
      failedCalls.add(call);
    } else {
      failedNotListed++;
    }
  }

  void sortFailedCalls() {
    failedCalls.sort(Comparator.comparingLong(FailedCall::position));
  }

  /**
   * Responses counted, each once however often it was sent.
   *
   * @return the number of responses
   */
  public long responses() {
    return responses;
  }

  /**
   * Responses seen again in their transaction, not counted in {@link #responses()}.
   *
   * @return the number of responses sent again
   */
  public long resent() {
    return resent;
  }

  /**
   * Requests read.
   *
   * @return the number of requests
   */
  public long requests() {
    return requests;
  }

  /**
   * Messages that could not be read: a start line that is neither a valid status line nor a request line.
   *
   * @return the number of invalid messages
   */
  public long malformed() {
    return malformed;
  }

  /**
   * Responses with a code.
   *
   * @param code a status code, 100-699
   * @return how many were counted
   */
  public long count(int code) {
    return perCode[code];
  }

  /**
   * Responses of a class.
   *
   * @param responseClass the class
   * @return how many were counted
   */
  public long count(ResponseClass responseClass) {
    return perClass[responseClass.digit() - 1];
  }

  /**
   * Calls (Call-IDs with an INVITE) per outcome: answered if any INVITE was answered, else the outcome of the last
   * final response to an INVITE, else in progress. Calls answered elsewhere are in {@link #answeredElsewhere()}.
   *
   * @return the counts of the outcomes met, in the order of {@link CallOutcome}
   */
  public Map<CallOutcome, Long> calls() {
    return Collections.unmodifiableMap(new EnumMap<>(perOutcome));
  }

  /**
   * Calls ended by a CANCEL that said the call was answered on another phone (RFC 3326).
   *
   * @return the number of such calls
   */
  public long answeredElsewhere() {
    return answeredElsewhere;
  }

  /**
   * The failed calls listed, in capture order of their final response.
   *
   * @return at most {@link #MAX_FAILED_CALLS} calls
   */
  public List<FailedCall> failedCalls() {
    return Collections.unmodifiableList(failedCalls);
  }

  /**
   * Failed calls beyond {@link #MAX_FAILED_CALLS}, counted but not listed.
   *
   * @return the number not listed
   */
  public long failedCallsNotListed() {
    return failedNotListed;
  }
}
