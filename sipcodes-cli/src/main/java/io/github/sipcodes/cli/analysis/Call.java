package io.github.sipcodes.cli.analysis;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis keeps of one Call-ID while it follows it: enough to tell the call's outcome and to recognize a
 * response sent again. Bounded: at most {@link #MAX_RESPONSES} distinct responses are remembered.
 */
final class Call {

  /** How many distinct responses of one call are remembered to recognize one sent again. */
  static final int MAX_RESPONSES = 256;

  final String callId;
  /** The order in which the analysis met the call: its first message's place among all calls. */
  final long order;
  /** The capture second of the last message, or {@link Long#MIN_VALUE} if the source gives no time. */
  long lastSecond;
  boolean invited;
  boolean answered;
  boolean completedElsewhere;
  /** The last final response to an INVITE that was not a 2xx. */
  @Nullable FailedCall lastFinal;
  private final Set<String> responses = new HashSet<>();

  Call(String callId, long order, long second) {
    this.callId = callId;
    this.order = order;
    this.lastSecond = second;
  }

  /**
   * Remembers a response.
   *
   * @return {@code true} the first time the response is seen, {@code false} when it is seen again
   */
  boolean firstSight(String response) {
    if (responses.contains(response)) {
      return false;
    }
    if (responses.size() < MAX_RESPONSES) {
      responses.add(response);
    }
    return true;
  }
}
