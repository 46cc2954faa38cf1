package io.github.sipcodes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The names under which FreeSWITCH ({@code SWITCH_CAUSE_*} in {@code src/include/switch_types.h}) and Asterisk
 * ({@code AST_CAUSE_*} in {@code include/asterisk/causes.h}) know the Q.850 causes, for {@link Q850Cause}. Only the
 * values of {@link Q850Cause} constants are listed; both programs also name values Q.850 does not assign.
 */
final class SwitchNames {

  private static final String FREESWITCH_PREFIX = "SWITCH_CAUSE_";
  private static final String ASTERISK_PREFIX = "AST_CAUSE_";

  /** Both programs' names, without prefix, to the cause; built once. */
  private static final Map<String, Q850Cause> BY_NAME = byName();

  private SwitchNames() {}

  private static Map<String, Q850Cause> byName() {
    Map<String, Q850Cause> names = new HashMap<>();
    for (Q850Cause cause : Q850Cause.values()) {
      String freeSwitch = freeSwitch(cause.value());
      if (freeSwitch != null) {
        names.put(freeSwitch, cause);
      }
      String asterisk = asterisk(cause.value());
      if (asterisk != null) {
        names.put(asterisk, cause);
      }
    }
    return Map.copyOf(names);
  }

  static Optional<Q850Cause> find(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT);
    if (key.startsWith(FREESWITCH_PREFIX)) {
      key = key.substring(FREESWITCH_PREFIX.length());
    } else if (key.startsWith(ASTERISK_PREFIX)) {
      key = key.substring(ASTERISK_PREFIX.length());
    }
    return Optional.ofNullable(BY_NAME.get(key));
  }

  /** The FreeSWITCH name of an assigned cause value, or {@code null} where FreeSWITCH has none. */
  static @Nullable String freeSwitch(int value) {
    return switch (value) {
      case 1 -> "UNALLOCATED_NUMBER";
      case 23 -> "REDIRECTION_TO_NEW_DESTINATION";
      case 25 -> "EXCHANGE_ROUTING_ERROR";
      case 63 -> "SERVICE_UNAVAILABLE";
      case 79 -> "SERVICE_NOT_IMPLEMENTED";
      case 5, 8, 14, 26 -> null;
      default -> common(value);
    };
  }

  /** The Asterisk name of an assigned cause value, or {@code null} where Asterisk has none. */
  static @Nullable String asterisk(int value) {
    return switch (value) {
      case 1 -> "UNALLOCATED";
      case 5 -> "MISDIALLED_TRUNK_PREFIX";
      case 8 -> "PRE_EMPTED";
      case 14 -> "NUMBER_PORTED_NOT_HERE";
      case 23 -> "REDIRECTED_TO_NEW_DESTINATION";
      case 26 -> "ANSWERED_ELSEWHERE";
      default -> common(value);
    };
  }

  /** The names both programs give a value. */
  private static @Nullable String common(int value) {
    return switch (value) {
      case 2 -> "NO_ROUTE_TRANSIT_NET";
      case 3 -> "NO_ROUTE_DESTINATION";
      case 6 -> "CHANNEL_UNACCEPTABLE";
      case 7 -> "CALL_AWARDED_DELIVERED";
      case 16 -> "NORMAL_CLEARING";
      case 17 -> "USER_BUSY";
      case 18 -> "NO_USER_RESPONSE";
      case 19 -> "NO_ANSWER";
      case 20 -> "SUBSCRIBER_ABSENT";
      case 21 -> "CALL_REJECTED";
      case 22 -> "NUMBER_CHANGED";
      case 27 -> "DESTINATION_OUT_OF_ORDER";
      case 28 -> "INVALID_NUMBER_FORMAT";
      case 29 -> "FACILITY_REJECTED";
      case 30 -> "RESPONSE_TO_STATUS_ENQUIRY";
      case 31 -> "NORMAL_UNSPECIFIED";
      case 34 -> "NORMAL_CIRCUIT_CONGESTION";
      case 38 -> "NETWORK_OUT_OF_ORDER";
      case 41 -> "NORMAL_TEMPORARY_FAILURE";
      case 42 -> "SWITCH_CONGESTION";
      case 43 -> "ACCESS_INFO_DISCARDED";
      case 44 -> "REQUESTED_CHAN_UNAVAIL";
      case 50 -> "FACILITY_NOT_SUBSCRIBED";
      case 57 -> "BEARERCAPABILITY_NOTAUTH";
      case 58 -> "BEARERCAPABILITY_NOTAVAIL";
      case 65 -> "BEARERCAPABILITY_NOTIMPL";
      case 66 -> "CHAN_NOT_IMPLEMENTED";
      case 69 -> "FACILITY_NOT_IMPLEMENTED";
      case 81 -> "INVALID_CALL_REFERENCE";
      case 88 -> "INCOMPATIBLE_DESTINATION";
      case 95 -> "INVALID_MSG_UNSPECIFIED";
      case 96 -> "MANDATORY_IE_MISSING";
      case 97 -> "MESSAGE_TYPE_NONEXIST";
      case 98 -> "WRONG_MESSAGE";
      case 99 -> "IE_NONEXIST";
      case 100 -> "INVALID_IE_CONTENTS";
      case 101 -> "WRONG_CALL_STATE";
      case 102 -> "RECOVERY_ON_TIMER_EXPIRE";
      case 103 -> "MANDATORY_IE_LENGTH_ERROR";
      case 111 -> "PROTOCOL_ERROR";
      case 127 -> "INTERWORKING";
      default -> null;
    };
  }
}
