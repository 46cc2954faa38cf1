package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The texts issue 9 corrected against the RFCs, in every language. */
class AuditedTextsTest {

  static List<Locale> locales() {
    return List.copyOf(Explanation.supportedLocales());
  }

  /**
   * RFC 8224 §6.2.2: an old Date or signature time gets 403 with the reason phrase "Stale Date"; 438 means the
   * signature does not verify. The hint names the phrase as sent, so it reads the same in every language.
   */
  @ParameterizedTest
  @MethodSource("locales")
  void staleDate_isExplainedUnder403_notUnder438(Locale locale) {
    assertTrue(mentionsStaleDate(SipStatus.FORBIDDEN.explain(locale).hints()), locale::toString);
    assertTrue(
        mentionsStaleDate(SipStatus.FORBIDDEN.explain(locale, Situation.OUTGOING_CALL).hints()), locale::toString);
    assertFalse(mentionsStaleDate(SipStatus.INVALID_IDENTITY_HEADER.explain(locale).hints()), locale::toString);
    assertEquals(2, SipStatus.INVALID_IDENTITY_HEADER.explain(locale).hints().size(), locale::toString);
  }

  private static boolean mentionsStaleDate(List<String> hints) {
    return hints.stream().anyMatch(hint -> hint.contains("Stale Date") && hint.contains("Date"));
  }

  @Test // RFC 3261 §21.6.1: no other end point, such as voicemail, will answer
  void busyEverywhere_saysNoOtherPhoneWillTakeTheCall() {
    assertEquals(
        "The person you called is busy, and no other phone or voicemail will take the call.",
        SipStatus.BUSY_EVERYWHERE.explain(Locale.ENGLISH).description());
  }

  @Test // RFC 5839: also the answer to a first SUBSCRIBE with Suppress-If-Match, not only to a renewal
  void noNotification_doesNotClaimARenewal() {
    String description = SipStatus.NO_NOTIFICATION.explain(Locale.ENGLISH).description();
    assertEquals(
        "The subscription succeeded. No update is sent for now, because the device already has the current state.",
        description);
  }

  @Test // RFC 3261 §21.3.4: this single request, through the proxy; nothing permanent
  void useProxy_isForThisOneRequest_notTheAccountsOutboundProxy() {
    List<String> hints = SipStatus.USE_PROXY.explain(Locale.ENGLISH).hints();
    assertTrue(hints.get(0).contains("this one request"), hints.get(0));
    assertTrue(hints.get(0).contains("does not become the outbound proxy"), hints.get(0));
  }
}
