package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An application's provider as applications install it: the fixture module {@code com.example.texts} runs in a
 * child JVM, once on the module path (found through its {@code provides} clause) and once on the class path (found
 * through {@code META-INF/services}), and reports what it sees. The expectations come from the bundle files, read
 * independently, and from the fixture's own texts.
 */
class ProviderFixtureTest {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  @ParameterizedTest(name = "module path: {0}")
  @ValueSource(booleans = {true, false})
  void theApplicationsProvider_addsSwedish_andOverridesOneEnglishHint(boolean modulePath) throws Exception {
    Map<String, String> report = ProviderFixture.report(modulePath);
    Map<String, String> english = ExplanationBundleTest.english();

    assertEquals(modulePath ? "io.github.sipcodes" : "null", report.get("library.module"));
    assertEquals(modulePath ? "com.example.texts" : "null", report.get("provider.module"));

    List<String> supported = Languages.OURS.stream().map(Locale::toLanguageTag).collect(Collectors.toList());
    if (!Languages.OURS.contains(SWEDISH)) {
      supported.add("sv"); // added by the application, after ours
    }
    assertEquals(String.join(",", supported), report.get("supported"));

    // Our hints of 486, with the application's text in place of the third.
    List<String> hints = new ArrayList<>(List.of(english.get("code.486.hint.1"), english.get("code.486.hint.2")));
    hints.add(ProviderFixture.SUPPORT_HINT);
    // Swedish has no hints from the application: they come from our Swedish when we have it (it is planned), else
    // from English, override included.
    @Nullable Map<String, String> ourSwedish =
        ExplanationBundleTest.bytes(SWEDISH) == null ? null : ExplanationBundleTest.entries(SWEDISH);
    List<String> swedishHints = ourSwedish == null
        ? hints
        : List.of(ourSwedish.get("code.486.hint.1"), ourSwedish.get("code.486.hint.2"),
            ourSwedish.get("code.486.hint.3"));

    assertEquals("sv", report.get("sv-FI.locale"));
    assertEquals("Upptaget", report.get("sv-FI.summary"));
    assertEquals("Personen du ringer till är upptagen.", report.get("sv-FI.description"));
    assertEquals(String.join("|", swedishHints), report.get("sv-FI.hints"));

    assertEquals("en", report.get("en.locale"));
    assertEquals(english.get("code.486.summary"), report.get("en.summary"));
    assertEquals(english.get("code.486.description"), report.get("en.description"));
    assertEquals(String.join("|", hints), report.get("en.hints"));

    assertEquals("sv", report.get("bundle.locale"));
    assertEquals("Upptaget", report.get("bundle.code.486.summary"));
    assertEquals(swedishHints.get(2), report.get("bundle.code.486.hint.3"));
    // Every key of English, through the parent; the application's keys are all English keys too.
    assertEquals(Integer.toString(english.size()), report.get("bundle.keys"));
  }
}
