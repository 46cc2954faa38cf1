package io.github.sipcodes.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sipcodes.Explanation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the library, and of the command if it has any, against {@code sipcodes-core/GLOSSARY.md}. The rules
 * themselves are proven on small texts in {@link GlossaryCheckTest}.
 */
class GlossaryTest {

  /** The directory of module sipcodes-core: the working directory of a Maven build, or a child of it in an IDE. */
  static Path coreModule() {
    return Files.exists(Path.of("GLOSSARY.md")) ? Path.of("") : Path.of("sipcodes-core");
  }

  static Glossary glossary() throws IOException {
    return Glossary.read(coreModule().resolve("GLOSSARY.md"));
  }

  /** The library's explanation bundles, and the command's message bundles where that module has any. */
  static List<Path> bundles() throws IOException {
    List<Path> bundles = new ArrayList<>(
        GlossaryCheck.bundles(coreModule().resolve("src/main/resources/io/github/sipcodes"), "explanations"));
    Path cliResources = coreModule().toAbsolutePath().resolveSibling("sipcodes-cli").resolve("src/main/resources");
    bundles.addAll(GlossaryCheck.bundlesUnder(cliResources, "messages"));
    return bundles;
  }

  @Test
  void everyBundle_followsTheGlossaryOfItsLanguage() throws IOException {
    List<GlossaryCheck.Finding> findings = GlossaryCheck.check(glossary(), bundles());
    assertTrue(findings.isEmpty(), () -> findings.size() + " glossary findings:\n"
        + findings.stream().map(GlossaryCheck.Finding::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void theCheckSees_everySupportedLanguagesBundle() throws IOException {
    Set<String> languages = bundleLanguages();
    for (Locale locale : Explanation.supportedLocales()) {
      assertTrue(languages.contains(tag(locale)), () -> "no bundle file found for " + locale + " in " + languages);
    }
  }

  @Test
  void everyLanguage_hasASection() throws IOException {
    SortedSet<String> languages = new TreeSet<>(bundleLanguages());
    Explanation.supportedLocales().forEach(locale -> languages.add(tag(locale)));
    languages.removeAll(glossary().languages().keySet());
    assertEquals(new TreeSet<>(), languages,
        "Languages without a section in GLOSSARY.md, so that nothing checks their texts: give each one a section");
  }

  @Test
  void everySection_namesALanguageThatHasBundles() throws IOException {
    Set<String> languages = bundleLanguages();
    for (String tag : glossary().languages().keySet()) {
      assertTrue(languages.contains(tag), () -> "GLOSSARY.md has a section " + tag + " but no bundle has that suffix");
    }
  }

  @Test
  void english_hasASection() throws IOException {
    Glossary.Language english = glossary().languages().get(Glossary.ENGLISH);
    assertTrue(english != null && !english.terms().isEmpty(), "GLOSSARY.md needs the section \"## en: English\"");
  }

  @Test
  void noRejectedVariant_matchesTheTermItRejects() throws IOException {
    for (Glossary.Language language : glossary().languages().values()) {
      for (Glossary.Term term : language.terms()) {
        for (RejectedVariant variant : term.rejected()) {
          assertFalse(variant.findIn(term.term()).isPresent(),
              () -> language.tag() + ": the variant \"" + variant + "\" rejects its own term \"" + term.term() + "\"");
        }
      }
    }
  }

  @Test
  void everyException_namesAKeyOfItsLanguage() throws IOException {
    Map<String, Set<String>> keys = new TreeMap<>();
    for (Path bundle : bundles()) {
      keys.computeIfAbsent(GlossaryCheck.languageOf(String.valueOf(bundle.getFileName())), tag -> new TreeSet<>())
          .addAll(GlossaryCheck.read(bundle).keySet());
    }
    for (Glossary.Language language : glossary().languages().values()) {
      for (Glossary.Exemption e : language.exemptions()) {
        assertTrue(keys.getOrDefault(language.tag(), Set.of()).contains(e.key()),
            () -> "GLOSSARY.md: the exception for " + e.key() + " in " + language.tag() + " names no key of a bundle");
        assertFalse(e.why().isBlank(), () -> "GLOSSARY.md: the exception for " + e.key() + " says not why");
      }
    }
  }

  @Test
  void englishWords_containTheEnglishTermsButNotTheSharedWords() throws IOException {
    Set<String> english = glossary().englishWords();
    // From the list english-words, from the term column of the en section, and a shared word that is in neither.
    assertTrue(english.containsAll(List.of("the", "offer", "multicast")), english::toString);
    assertTrue(english.containsAll(List.of("caller", "ringback", "voicemail", "provider")), english::toString);
    assertFalse(english.contains("extension"), "a shared word is not English-only");
  }

  private static Set<String> bundleLanguages() throws IOException {
    Set<String> languages = new TreeSet<>();
    for (Path bundle : bundles()) {
      languages.add(GlossaryCheck.languageOf(String.valueOf(bundle.getFileName())));
    }
    return languages;
  }

  /** The bundle suffix of a supported locale: {@code en} for English, else {@code ll} or {@code ll_CC}. */
  private static String tag(Locale locale) {
    return locale.equals(Locale.ENGLISH) ? Glossary.ENGLISH : locale.toString();
  }
}
