package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Q.850 causes for people: explanations from the bundles, and the names FreeSWITCH and Asterisk log them under. */
class Q850CauseTextsTest {

  /**
   * Hand-kept: the causes with texts of their own. The union of the causes of RFC 3398 §7.2.4.1 and §8.2.6.1 and
   * those PBX users meet most (issue 10, item 5).
   */
  static final Set<Integer> WITH_OWN_TEXTS = Set.of(
      1, 2, 3, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 31, 34, 38, 41, 42, 44, 47, 50, 55, 57, 58, 63, 65,
      69, 70, 79, 87, 88, 102, 111, 127);

  /**
   * Hand-kept from FreeSWITCH's {@code src/include/switch_types.h} ({@code SWITCH_CAUSE_*}) and Asterisk's
   * {@code include/asterisk/causes.h} ({@code AST_CAUSE_*}): value, FreeSWITCH name, Asterisk name ("-" for none).
   */
  private static final String[][] SWITCH_NAMES = {
    {"1", "UNALLOCATED_NUMBER", "UNALLOCATED"},
    {"2", "NO_ROUTE_TRANSIT_NET", "NO_ROUTE_TRANSIT_NET"},
    {"3", "NO_ROUTE_DESTINATION", "NO_ROUTE_DESTINATION"},
    {"5", "-", "MISDIALLED_TRUNK_PREFIX"},
    {"6", "CHANNEL_UNACCEPTABLE", "CHANNEL_UNACCEPTABLE"},
    {"7", "CALL_AWARDED_DELIVERED", "CALL_AWARDED_DELIVERED"},
    {"8", "-", "PRE_EMPTED"},
    {"14", "-", "NUMBER_PORTED_NOT_HERE"},
    {"16", "NORMAL_CLEARING", "NORMAL_CLEARING"},
    {"17", "USER_BUSY", "USER_BUSY"},
    {"18", "NO_USER_RESPONSE", "NO_USER_RESPONSE"},
    {"19", "NO_ANSWER", "NO_ANSWER"},
    {"20", "SUBSCRIBER_ABSENT", "SUBSCRIBER_ABSENT"},
    {"21", "CALL_REJECTED", "CALL_REJECTED"},
    {"22", "NUMBER_CHANGED", "NUMBER_CHANGED"},
    {"23", "REDIRECTION_TO_NEW_DESTINATION", "REDIRECTED_TO_NEW_DESTINATION"},
    {"25", "EXCHANGE_ROUTING_ERROR", "-"},
    {"26", "-", "ANSWERED_ELSEWHERE"},
    {"27", "DESTINATION_OUT_OF_ORDER", "DESTINATION_OUT_OF_ORDER"},
    {"28", "INVALID_NUMBER_FORMAT", "INVALID_NUMBER_FORMAT"},
    {"29", "FACILITY_REJECTED", "FACILITY_REJECTED"},
    {"30", "RESPONSE_TO_STATUS_ENQUIRY", "RESPONSE_TO_STATUS_ENQUIRY"},
    {"31", "NORMAL_UNSPECIFIED", "NORMAL_UNSPECIFIED"},
    {"34", "NORMAL_CIRCUIT_CONGESTION", "NORMAL_CIRCUIT_CONGESTION"},
    {"38", "NETWORK_OUT_OF_ORDER", "NETWORK_OUT_OF_ORDER"},
    {"41", "NORMAL_TEMPORARY_FAILURE", "NORMAL_TEMPORARY_FAILURE"},
    {"42", "SWITCH_CONGESTION", "SWITCH_CONGESTION"},
    {"43", "ACCESS_INFO_DISCARDED", "ACCESS_INFO_DISCARDED"},
    {"44", "REQUESTED_CHAN_UNAVAIL", "REQUESTED_CHAN_UNAVAIL"},
    {"50", "FACILITY_NOT_SUBSCRIBED", "FACILITY_NOT_SUBSCRIBED"},
    {"57", "BEARERCAPABILITY_NOTAUTH", "BEARERCAPABILITY_NOTAUTH"},
    {"58", "BEARERCAPABILITY_NOTAVAIL", "BEARERCAPABILITY_NOTAVAIL"},
    {"63", "SERVICE_UNAVAILABLE", "-"},
    {"65", "BEARERCAPABILITY_NOTIMPL", "BEARERCAPABILITY_NOTIMPL"},
    {"66", "CHAN_NOT_IMPLEMENTED", "CHAN_NOT_IMPLEMENTED"},
    {"69", "FACILITY_NOT_IMPLEMENTED", "FACILITY_NOT_IMPLEMENTED"},
    {"79", "SERVICE_NOT_IMPLEMENTED", "-"},
    {"81", "INVALID_CALL_REFERENCE", "INVALID_CALL_REFERENCE"},
    {"88", "INCOMPATIBLE_DESTINATION", "INCOMPATIBLE_DESTINATION"},
    {"95", "INVALID_MSG_UNSPECIFIED", "INVALID_MSG_UNSPECIFIED"},
    {"96", "MANDATORY_IE_MISSING", "MANDATORY_IE_MISSING"},
    {"97", "MESSAGE_TYPE_NONEXIST", "MESSAGE_TYPE_NONEXIST"},
    {"98", "WRONG_MESSAGE", "WRONG_MESSAGE"},
    {"99", "IE_NONEXIST", "IE_NONEXIST"},
    {"100", "INVALID_IE_CONTENTS", "INVALID_IE_CONTENTS"},
    {"101", "WRONG_CALL_STATE", "WRONG_CALL_STATE"},
    {"102", "RECOVERY_ON_TIMER_EXPIRE", "RECOVERY_ON_TIMER_EXPIRE"},
    {"103", "MANDATORY_IE_LENGTH_ERROR", "MANDATORY_IE_LENGTH_ERROR"},
    {"111", "PROTOCOL_ERROR", "PROTOCOL_ERROR"},
    {"127", "INTERWORKING", "INTERWORKING"},
  };

  private static final Map<Integer, String[]> NAMES_BY_VALUE = new HashMap<>();

  static {
    for (String[] row : SWITCH_NAMES) {
      NAMES_BY_VALUE.put(Integer.parseInt(row[0]), row);
    }
  }

  private static @org.jspecify.annotations.Nullable String name(String cell) {
    return cell.equals("-") ? null : cell;
  }

  @ParameterizedTest
  @EnumSource(Q850Cause.class)
  void switchNames_areThoseOfTheHandKeptTable(Q850Cause cause) {
    String[] row = NAMES_BY_VALUE.get(cause.value());
    assertEquals(Optional.ofNullable(row == null ? null : name(row[1])), cause.freeSwitchName(), cause::toString);
    assertEquals(Optional.ofNullable(row == null ? null : name(row[2])), cause.asteriskName(), cause::toString);
  }

  @Test
  void everyRowOfTheTable_isAConstant() {
    for (String[] row : SWITCH_NAMES) {
      assertTrue(Q850Cause.find(Integer.parseInt(row[0])).isPresent(), row[0]);
    }
  }

  @Test
  void findBySwitchName_readsEitherProgramsName_inAnyCase_withOrWithoutPrefix() {
    for (String[] row : SWITCH_NAMES) {
      Q850Cause cause = Q850Cause.of(Integer.parseInt(row[0]));
      for (String name : new String[] {name(row[1]), name(row[2])}) {
        if (name != null) {
          assertEquals(Optional.of(cause), Q850Cause.findBySwitchName(name), name);
          assertEquals(Optional.of(cause), Q850Cause.findBySwitchName(name.toLowerCase(Locale.ROOT)), name);
          assertEquals(Optional.of(cause), Q850Cause.findBySwitchName(" SWITCH_CAUSE_" + name + "\n"), name);
          assertEquals(Optional.of(cause), Q850Cause.findBySwitchName("ast_cause_" + name), name);
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "PRE_EMPTED_X", "ORIGINATOR_CANCEL", "OUTGOING_CALL_BARRED", "INCOMING_CALL_BARRED", "NONE", "''", "SWITCH_CAUSE_",
    "BUSY", "NORMAL CLEARING"
  })
  void findBySwitchName_isEmptyForNamesOfNoConstant(String name) {
    assertEquals(Optional.empty(), Q850Cause.findBySwitchName(name));
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  void findBySwitchName_rejectsNull() {
    assertThrows(NullPointerException.class, () -> Q850Cause.findBySwitchName(null));
  }

  static Stream<Q850Cause> causes() {
    return Stream.of(Q850Cause.values());
  }

  @ParameterizedTest
  @MethodSource("causes")
  void explain_ownTextsForTheListedCauses_andTheGeneralTextNamingTheValueForTheRest(Q850Cause cause) {
    Map<String, String> english = ExplanationBundleTest.english();
    Explanation explanation = cause.explain(Locale.ENGLISH);
    assertSame(explanation, cause.explain(Locale.ENGLISH), "cached");
    assertEquals(Locale.ENGLISH, explanation.locale());
    String value = Integer.toString(cause.value());
    if (WITH_OWN_TEXTS.contains(cause.value())) {
      assertEquals(english.get("q850." + value + ".summary"), explanation.summary());
      assertEquals(english.get("q850." + value + ".description"), explanation.description());
      assertFalse(explanation.description().contains(value), "own texts do not name the value");
    } else {
      assertEquals(english.get("q850.class.summary"), explanation.summary());
      assertEquals(String.valueOf(english.get("q850.class.description")).replace("{0}", value), explanation.description());
      assertTrue(explanation.description().contains("cause " + value + ","), explanation::description);
      assertTrue(explanation.hints().get(0).contains("cause " + value + " "), () -> explanation.hints().get(0));
    }
  }

  @Test
  void ownTexts_existExactlyForTheListedCauses() {
    Set<Integer> withSummary = ExplanationBundleTest.english().keySet().stream()
        .filter(key -> key.matches("q850\\.\\d+\\.summary"))
        .map(key -> Integer.parseInt(key.substring("q850.".length(), key.lastIndexOf('.'))))
        .collect(Collectors.toSet());
    assertEquals(WITH_OWN_TEXTS, withSummary);
  }

  @Test
  void explain_hintsAreWhatAnAdministratorChecks_exceptForNormalEvents() {
    assertTrue(Q850Cause.NON_SELECTED_USER_CLEARING.explain(Locale.ENGLISH).hints().isEmpty(), "answered elsewhere");
    IntStream.of(1, 17, 18, 19, 20, 21, 34, 102).forEach(value ->
        assertFalse(Q850Cause.of(value).explain(Locale.ENGLISH).hints().isEmpty(), () -> "cause " + value));
  }

  @Test
  void explain_readsHandKeptSummaries() {
    assertEquals("No answer", Q850Cause.NO_ANSWER_FROM_USER.explain(Locale.ENGLISH).summary());
    assertEquals("Phone not reachable", Q850Cause.SUBSCRIBER_ABSENT.explain(Locale.ENGLISH).summary());
    assertEquals("No free line", Q850Cause.NO_CIRCUIT_CHANNEL_AVAILABLE.explain(Locale.ENGLISH).summary());
    assertEquals("Call ended", Q850Cause.PREEMPTION.explain(Locale.ENGLISH).summary());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guard
  void explain_matchesTheLocaleByLanguage_andRejectsNull() {
    Explanation austrian = Q850Cause.USER_BUSY.explain(Locale.forLanguageTag("de-AT"));
    assertSame(Q850Cause.USER_BUSY.explain(Locale.GERMAN), austrian);
    assertNotEquals(Locale.ROOT, austrian.locale());
    assertThrows(NullPointerException.class, () -> Q850Cause.USER_BUSY.explain(null));
  }

  @Test
  void resourceBundle_includesTheCauseTexts() {
    assertEquals(ExplanationBundleTest.english().get("q850.17.summary"),
        Explanation.resourceBundle(Locale.ENGLISH).getString("q850.17.summary"));
  }
}
