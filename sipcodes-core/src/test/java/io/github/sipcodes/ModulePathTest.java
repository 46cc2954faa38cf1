package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The build runs the suite twice: on the module path (surefire's default when module-info exists) and on the class
 * path. This test proves each run is the one it claims to be, and that the bundles load in both.
 */
class ModulePathTest {

  @Test
  void suiteRunsWhereTheBuildSays_andTheBundlesLoadThere() {
    String modulePath = System.getProperty("sipcodes.test.modulePath");
    assumeTrue(modulePath != null, "run outside the Maven build: which path is in use is not declared");
    Module module = Explanation.class.getModule();
    assertEquals(Boolean.parseBoolean(modulePath), module.isNamed(), () -> "module: " + module);
    if (module.isNamed()) {
      assertEquals("io.github.sipcodes", module.getName());
    }
    assertNotNull(Explanations.read("explanations.properties"));
    assertEquals("Busy", SipStatus.BUSY_HERE.explain(Locale.ENGLISH).summary());
  }
}
