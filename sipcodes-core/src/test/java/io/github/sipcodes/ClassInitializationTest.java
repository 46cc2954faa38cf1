package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever class a program touches first, the library initializes without a cycle. Each case loads the library's
 * classes afresh in their own class loader, initializes one class first, then uses the API.
 */
class ClassInitializationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SipStatus", "SipResponse", "UnregisteredStatus", "ResponseClass", "RetryAdvice", "RetryAdvice$RetryLater",
        "RfcReference", "Explanation", "Situation", "CallOutcome", "Q850Cause", "ResponseSelection",
        "WarningCode", "wire.StatusLine", "wire.Reason", "wire.RetryAfter", "wire.Warning", "wire.ResponseHead",
        "wire.MessageHead", "wire.HeaderValues"
      })
  void anyClassFirst_initializesCleanly(String first) throws Exception {
    URL classes = SipStatus.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      Class.forName("io.github.sipcodes." + first, true, loader);
      Class<?> sipResponse = Class.forName("io.github.sipcodes.SipResponse", true, loader);
      Method of = sipResponse.getMethod("of", int.class);
      for (int code = SipResponse.MIN_CODE; code <= SipResponse.MAX_CODE; code++) {
        Object response = of.invoke(null, code);
        assertEquals(SipResponse.of(code).toString(), response.toString(), first + " first, code " + code);
        assertEquals(
            SipResponse.of(code).isRetryable(), sipResponse.getMethod("isRetryable").invoke(response));
      }
      Object busy = of.invoke(null, 486);
      Object explanation = sipResponse.getMethod("explain", Locale.class).invoke(busy, Locale.GERMAN);
      assertEquals(SipStatus.BUSY_HERE.explain(Locale.GERMAN).toString(), explanation.toString());
    }
  }
}
