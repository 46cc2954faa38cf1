package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SipStatusTest {

  /** Upper case, "/" read as "or", every other run of non-alphanumerics one underscore. */
  static String constantNameFor(String phrase) {
    return phrase.replace("/", " or ").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }

  @ParameterizedTest
  @EnumSource(SipStatus.class)
  void constantName_spellsTheReasonPhrase(SipStatus status) {
    String expected = constantNameFor(status.reasonPhrase());
    if (status.code() == 606) {
      expected = "NOT_ACCEPTABLE_ANYWHERE"; // "Not Acceptable" is 406's name too
    }
    assertEquals(expected, status.name());
  }

  @Test
  void constantNames_useTheDocumentedExamples() {
    assertEquals(503, SipStatus.SERVICE_UNAVAILABLE.code());
    assertEquals(486, SipStatus.BUSY_HERE.code());
    assertEquals(481, SipStatus.CALL_OR_TRANSACTION_DOES_NOT_EXIST.code());
  }

  @ParameterizedTest
  @EnumSource(SipStatus.class)
  void toString_isTheStatusLineForm(SipStatus status) {
    assertEquals(status.code() + " " + status.reasonPhrase(), status.toString());
  }

  @ParameterizedTest
  @EnumSource(SipStatus.class)
  void find_returnsTheConstantOfItsCode(SipStatus status) {
    assertSame(status, SipStatus.find(status.code()).orElseThrow());
    assertSame(SipStatus.find(status.code()), SipStatus.find(status.code()), "cached Optional");
  }

  @ParameterizedTest
  @ValueSource(ints = {499, 150, 299, 0, -1, 99, 700, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void find_isEmptyForCodesWithoutAConstant(int code) {
    assertEquals(Optional.empty(), SipStatus.find(code));
  }

  @Test
  @SuppressWarnings("deprecation")
  void accepted_isRegisteredButDeprecated() throws NoSuchFieldException {
    assertTrue(SipStatus.ACCEPTED.isDeprecated());
    assertTrue(SipStatus.ACCEPTED.isRegistered());
    Field field = SipStatus.class.getField(SipStatus.ACCEPTED.name());
    assertTrue(field.isAnnotationPresent(Deprecated.class));
    assertSame(SipStatus.ACCEPTED, SipStatus.ACCEPTED.treatedAs());
  }

  @ParameterizedTest
  @EnumSource(SipStatus.class)
  void onlyAcceptedIsDeprecated(SipStatus status) throws NoSuchFieldException {
    boolean annotated = SipStatus.class.getField(status.name()).isAnnotationPresent(Deprecated.class);
    assertEquals(status.code() == 202, status.isDeprecated());
    assertEquals(status.isDeprecated(), annotated);
  }

  @ParameterizedTest
  @EnumSource(names = {"CONFLICT", "LENGTH_REQUIRED"})
  void historicCodes_areNotRegistered_andTreatedAs400(SipStatus status) {
    assertFalse(status.isRegistered());
    assertSame(SipStatus.BAD_REQUEST, status.treatedAs());
    assertSame(SipStatus.BAD_REQUEST.retryAdvice(), status.retryAdvice());
    assertFalse(status.isRetryable());
    assertEquals(2543, status.specification().number());
  }

  @ParameterizedTest
  @EnumSource(SipStatus.class)
  void registeredCodes_areTreatedAsThemselves(SipStatus status) {
    assertEquals(status.isRegistered(), status.treatedAs() == status);
  }

  @Test
  void specification_citesTheRfc3261Section() {
    assertEquals("RFC 3261 §21.4.24", SipStatus.BUSY_HERE.specification().toString());
    assertEquals("RFC 3261 §21.5.4", SipStatus.SERVICE_UNAVAILABLE.specification().toString());
    assertEquals("RFC 6228", SipStatus.EARLY_DIALOG_TERMINATED.specification().toString());
    assertEquals(
        "https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24",
        SipStatus.BUSY_HERE.specification().uri().toString());
  }

  @Test
  void registeredPhrases_matchTheRegistryNotOtherLibraries() {
    assertEquals("Server Internal Error", SipStatus.SERVER_INTERNAL_ERROR.reasonPhrase());
    assertEquals("Server Time-out", SipStatus.SERVER_TIME_OUT.reasonPhrase());
    assertEquals("Bad Identity Info", SipStatus.BAD_IDENTITY_INFO.reasonPhrase());
    assertEquals("Unsupported Credential", SipStatus.UNSUPPORTED_CREDENTIAL.reasonPhrase());
    assertEquals("Extension Required", SipStatus.EXTENSION_REQUIRED.reasonPhrase());
  }
}
