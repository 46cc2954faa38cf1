package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An application's provider as applications install it: the fixture module {@code com.example.texts} runs in a
 * child JVM, once on the module path (found through its {@code provides} clause) and once on the class path (found
 * through {@code META-INF/services}), and reports what it sees. The expectations come from the bundle files, read
 * independently, and from the fixture's own texts.
 */
class ProviderFixtureTest {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

  @ParameterizedTest(name = "module path: {0}")
  @ValueSource(booleans = {true, false})
  void theApplicationsProvider_addsNorwegian_andOverridesOneEnglishHint(boolean modulePath) throws Exception {
    Map<String, String> report = ProviderFixture.report(modulePath);
    Map<String, String> english = ExplanationBundleTest.english();

    assertEquals(modulePath ? "io.github.sipcodes" : "null", report.get("library.module"));
    assertEquals(modulePath ? "com.example.texts" : "null", report.get("provider.module"));

    // Norwegian is a language we do not ship: the application adds it, after ours.
    assertFalse(Languages.OURS.contains(NORWEGIAN));
    assertNull(ExplanationBundleTest.bytes(NORWEGIAN));
    List<String> supported = Languages.OURS.stream().map(Locale::toLanguageTag).collect(Collectors.toList());
    supported.add("nb");
    assertEquals(String.join(",", supported), report.get("supported"));

    // Our hints of 486, with the application's text in place of the third.
    List<String> hints = new ArrayList<>(List.of(english.get("code.486.hint.1"), english.get("code.486.hint.2")));
    hints.add(ProviderFixture.SUPPORT_HINT);
    // Norwegian has no hints from the application: they come from English, override included.
    assertEquals("nb", report.get("nb-NO.locale"));
    assertEquals("Opptatt", report.get("nb-NO.summary"));
    assertEquals("Personen du ringer til, er opptatt.", report.get("nb-NO.description"));
    assertEquals(String.join("|", hints), report.get("nb-NO.hints"));

    assertEquals("en", report.get("en.locale"));
    assertEquals(english.get("code.486.summary"), report.get("en.summary"));
    assertEquals(english.get("code.486.description"), report.get("en.description"));
    assertEquals(String.join("|", hints), report.get("en.hints"));

    assertEquals("nb", report.get("bundle.locale"));
    assertEquals("Opptatt", report.get("bundle.code.486.summary"));
    assertEquals(ProviderFixture.SUPPORT_HINT, report.get("bundle.code.486.hint.3"));
    // Every key of English, through the parent; the application's keys are all English keys too.
    assertEquals(Integer.toString(english.size()), report.get("bundle.keys"));
  }
}
