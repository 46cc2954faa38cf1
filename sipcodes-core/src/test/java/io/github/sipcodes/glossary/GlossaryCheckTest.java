package io.github.sipcodes.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the glossary check fails on a small text that breaks it, and passes the text written right. */
class GlossaryCheckTest {

  /** A glossary with one section per rule to prove, written as GLOSSARY.md writes it. */
  private static final String FIXTURE = """
      # Test glossary

      ## en: English

      | concept | term | rejected variants | checked in |
      |---|---|---|---|
      | the other party | name it | the other side, far end | all |
      | registration | registration | login*, sign in | all |
      | do-not-disturb | do-not-disturb | DND | all |
      | a call | call | session* | summary, description |
      | the called person | the person you called | - | all |

      | rule | value |
      |---|---|
      | letters that do not belong | - |
      | ASCII punctuation inside CJK text | allowed |
      | non-breaking space before : ; ! ? | not required |
      | English words allowed in summary | - |

      | key | rejected variant | why |
      |---|---|---|
      | code.403.hint.2 | login* | reviewed |

      ## uk: Ukrainian

      | concept | term | rejected variants | checked in |
      |---|---|---|---|
      | requested | надіслав запит | запроси* | all |

      | rule | value |
      |---|---|
      | letters that do not belong | ы э ъ ё |
      | ASCII punctuation inside CJK text | allowed |
      | non-breaking space before : ; ! ? | not required |
      | English words allowed in summary | SIP, Opus |

      ## zh_CN: Simplified Chinese

      | concept | term | rejected variants | checked in |
      |---|---|---|---|
      | SIP response | 响应 | 应答 | all |

      | rule | value |
      |---|---|
      | letters that do not belong | list traditional-only |
      | ASCII punctuation inside CJK text | forbidden |
      | non-breaking space before : ; ! ? | not required |
      | English words allowed in summary | SIP, SDP |

      ## fr: French

      | concept | term | rejected variants | checked in |
      |---|---|---|---|
      | registration | enregistrement | connexion* | all |

      | rule | value |
      |---|---|
      | letters that do not belong | - |
      | ASCII punctuation inside CJK text | allowed |
      | non-breaking space before : ; ! ? | required |
      | English words allowed in summary | SIP, codec |

      ## Character lists

      | list | characters |
      |---|---|
      | traditional-only | 門 們 |
      | traditional-only | 號 碼 |

      ## Word lists

      | list | words |
      |---|---|
      | english-words | the, offer, not |
      | shared-words | person, name |
      """;

  private static Glossary glossary() {
    return Glossary.parse(FIXTURE, "TEST.md");
  }

  private static List<String> check(String file, String key, String value) {
    return GlossaryCheck.check(glossary(), file, Map.of(key, value)).stream().map(Object::toString).toList();
  }

  private static void assertOneFinding(List<String> findings, String... parts) {
    assertEquals(1, findings.size(), findings::toString);
    for (String part : parts) {
      assertTrue(findings.get(0).contains(part), () -> "\"" + part + "\" missing in " + findings);
    }
  }

  // Letters that do not belong

  @Test
  void ukrainian_withARussianLetter_fails_namingFileKeyLetterAndText() {
    List<String> findings = check("explanations_uk.properties", "code.480.summary", "Абонент тимчасово недоступний ы");
    assertOneFinding(findings, "explanations_uk.properties code.480.summary", "\"ы\"", "does not belong to uk",
        "Абонент тимчасово недоступний ы");
  }

  @Test
  void ukrainian_foreignLetters_areFoundInCapitalsToo() {
    assertOneFinding(check("explanations_uk.properties", "code.1.description", "Ёлка"), "\"Ё\"");
  }

  @Test
  void ukrainian_withItsOwnLetters_passes() {
    assertEquals(List.of(),
        check("explanations_uk.properties", "code.480.summary", "Абонент тимчасово недоступний: її"));
  }

  @Test
  void simplifiedChinese_withATraditionalCharacter_fails() {
    assertOneFinding(check("explanations_zh_CN.properties", "code.404.description", "号門"), "\"門\"", "zh_CN");
  }

  @Test
  void simplifiedChinese_characterLists_addUpAcrossRows() {
    assertOneFinding(check("explanations_zh_CN.properties", "code.404.description", "号碼"), "\"碼\"");
    assertEquals(List.of(), check("explanations_zh_CN.properties", "code.404.description", "号码"));
  }

  // ASCII punctuation inside CJK text

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      请检查路由器,防火墙       | ,
      服务器没有响应.           | .
      原因:                   | :
      请检查（路由器)            | )
      是否注册 ?               | ?
      """)
  void simplifiedChinese_withAsciiPunctuationNextToChinese_fails(String value, String punctuation) {
    assertOneFinding(check("explanations_zh_CN.properties", "code.1.hint.1", value.strip()),
        "ASCII \"" + punctuation + "\"", "full-width");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      请检查路由器，防火墙。
      使用 G.711 或 SIP/2.0（TCP）。
      请使用 sip: 地址而不是 sips: 进行呼叫。
      请使用sips:地址。
      """)
  void simplifiedChinese_withFullWidthPunctuation_orAsciiInsideLatinTokens_passes(String value) {
    assertEquals(List.of(), check("explanations_zh_CN.properties", "code.1.hint.1", value.strip()));
  }

  @Test
  void asciiPunctuationInCjk_isAllowed_whereTheLanguageSaysSo() {
    assertEquals(List.of(), check("explanations_uk.properties", "code.1.hint.1", "号码,号码"));
  }

  // French spacing

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "Vérifiez ceci : le numéro"  | :
      "Vérifiez ceci: le numéro"   | :
      "Appel refusé !"             | !
      "Pourquoi ?"                 | ?
      "Deux ; trois"               | ;
      """)
  void french_withoutANoBreakSpace_beforeHighPunctuation_fails(String value, String punctuation) {
    assertOneFinding(check("explanations_fr.properties", "code.1.hint.1", value),
        "no no-break space before \"" + punctuation + "\"", "explanations_fr.properties code.1.hint.1");
  }

  @Test
  void french_withNoBreakSpaces_orUriSchemes_orTimes_passes() {
    assertEquals(List.of(), check("explanations_fr.properties", "code.1.hint.1",
        "Vérifiez\u00A0: l'adresse sips: ou tel:\u202F; à 10:30\u00A0!"));
  }

  @Test
  void nonBreakingSpaces_areNotRequired_whereTheLanguageSaysSo() {
    assertEquals(List.of(), check("explanations.properties", "code.1.hint.1", "Check this : now ! Why ?"));
  }

  // Rejected variants

  @Test
  void rejectedVariant_fails_namingTheVariantAndTheTerm() {
    assertOneFinding(check("explanations.properties", "code.406.description", "The Other Side cannot answer."),
        "\"The Other Side\" is a rejected variant (the other side) of \"name it\"");
  }

  @Test
  void rejectedVariant_matchesWholeWordsOnly() {
    assertEquals(List.of(), check("explanations.properties", "code.1.description", "Another side; far endings."));
    assertOneFinding(check("explanations.properties", "code.1.description", "The far end, again."), "far end");
  }

  @Test
  void rejectedVariant_withAStar_matchesAnyEnding() {
    assertOneFinding(check("explanations.properties", "code.1.hint.1", "After too many failed logins."),
        "\"logins\" is a rejected variant (login*)");
  }

  @Test
  void rejectedVariant_inCapitals_matchesOnlyCapitals() {
    assertOneFinding(check("explanations.properties", "code.1.hint.1", "Turn off DND."), "\"DND\"");
    assertEquals(List.of(), check("explanations.properties", "code.1.hint.1", "dnd is not the acronym"));
  }

  @Test
  void rejectedVariant_inCyrillic_findsInflectedForms() {
    assertOneFinding(check("explanations_uk.properties", "code.1.description", "Сервер запросив облікові дані."),
        "\"запросив\" is a rejected variant (запроси*)");
  }

  @Test
  void rejectedVariant_inChinese_matchesWithoutSpaces() {
    assertOneFinding(check("explanations_zh_CN.properties", "code.1.description", "服务器的应答无效。"), "\"应答\"");
  }

  @Test
  void rejectedVariant_isLookedFor_onlyInTheFieldsItsRowNames() {
    assertOneFinding(check("explanations.properties", "code.422.summary", "Session timer too short"), "Session");
    assertEquals(List.of(), check("explanations.properties", "code.422.hint.1", "Check the session timer settings."));
  }

  @Test
  void anException_allowsTheVariant_inItsKeyOnly() {
    assertEquals(List.of(), check("explanations.properties", "code.403.hint.2", "after too many failed logins"));
    assertOneFinding(check("explanations.properties", "code.403.hint.3", "after too many failed logins"), "logins");
  }

  @Test
  void anException_thatMatchesNothing_fails() {
    assertOneFinding(check("explanations.properties", "code.403.hint.2", "after too many failed attempts"),
        "TEST.md code.403.hint.2", "matches nothing any more");
  }

  // English words in translated summaries

  @Test
  void translatedSummary_withAnEnglishWord_fails() {
    assertOneFinding(check("explanations_zh_CN.properties", "code.488.summary", "媒体 offer 无法接受"),
        "the English word \"offer\" in a summary", "zh_CN");
  }

  @Test
  void translatedSummary_withAWordOfAnEnglishTerm_fails() {
    assertOneFinding(check("explanations_uk.properties", "code.401.summary", "Registration потрібна"),
        "\"Registration\"");
  }

  @Test
  void translatedSummary_withAllowedOrSharedOrShortWords_passes() {
    assertEquals(List.of(), check("explanations_uk.properties", "code.488.summary", "SIP і Opus: ok, person, name"));
  }

  @Test
  void englishWords_areLookedFor_onlyInSummaries_andNotInEnglish() {
    assertEquals(List.of(), check("explanations_uk.properties", "code.488.description", "SDP offer"));
    assertEquals(List.of(), check("explanations.properties", "code.488.summary", "Offer not accepted"));
  }

  // Languages, files and the glossary itself

  @Test
  void aLanguageWithoutASection_isNotChecked() {
    assertEquals(List.of(), check("explanations_de.properties", "code.1.summary", "the other side ы 門 ,"));
  }

  @ParameterizedTest
  @CsvSource({
      "explanations.properties, en",
      "explanations_de.properties, de",
      "explanations_pt_BR.properties, pt_BR",
      "messages_zh_CN.properties, zh_CN",
      "messages_zh_Hant.properties, zh_Hant",
  })
  void languageOf_readsTheLocaleSuffix(String file, String language) {
    assertEquals(language, GlossaryCheck.languageOf(file));
  }

  @Test
  void languageOf_rejectsANameWithoutALocale() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GlossaryCheck.languageOf("explanations-test.txt"));
    assertTrue(String.valueOf(e.getMessage()).contains("\"explanations-test.txt\""), e.getMessage());
  }

  @Test
  void check_readsFiles_byBaseName_andChecksEachInItsLanguage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages.properties"), "a.summary=The far end\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("messages_uk.properties"), "a.summary=Далі ы\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("messages_de.properties"), "a.summary=far end\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("other.properties"), "a.summary=far end\n", StandardCharsets.UTF_8);
    Path sub = Files.createDirectories(dir.resolve("deeper"));
    Files.writeString(sub.resolve("messages_fr.properties"), "a.hint.1=Voir :\n", StandardCharsets.UTF_8);

    List<Path> flat = GlossaryCheck.bundles(dir, "messages");
    assertEquals(3, flat.size(), flat::toString);
    List<Path> all = GlossaryCheck.bundlesUnder(dir, "messages");
    assertEquals(4, all.size(), all::toString);
    assertEquals(List.of(), GlossaryCheck.bundlesUnder(dir.resolve("missing"), "messages"));

    List<String> findings = GlossaryCheck.check(glossary(), all).stream().map(Object::toString).toList();
    assertEquals(3, findings.size(), findings::toString);
    assertTrue(findings.get(0).startsWith("messages_fr.properties a.hint.1: no no-break space"), findings::toString);
    assertTrue(findings.get(1).startsWith("messages.properties a.summary: \"far end\""), findings::toString);
    assertTrue(findings.get(2).startsWith("messages_uk.properties a.summary: the letter \"ы\""), findings::toString);
  }

  @Test
  void check_refusesAFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path latin1 = dir.resolve("messages_uk.properties");
    Files.write(latin1, new byte[] {'a', '=', (byte) 0xFC});
    Glossary glossary = glossary();
    List<Path> files = List.of(latin1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GlossaryCheck.check(glossary, files));
    assertTrue(String.valueOf(e.getMessage()).startsWith("Not UTF-8"), e.getMessage());
  }

  @Test
  void parse_readsSectionsListsAndRules() {
    Glossary glossary = glossary();
    assertEquals(List.of("en", "uk", "zh_CN", "fr"), List.copyOf(glossary.languages().keySet()));
    Glossary.Language zh = glossary.languages().get("zh_CN");
    assertTrue(zh != null && zh.asciiPunctuationInCjkForbidden() && !zh.nonBreakingSpaceRequired());
    assertEquals(4, zh.foreignLetters().size());
    Glossary.Language fr = glossary.languages().get("fr");
    assertTrue(fr != null && fr.nonBreakingSpaceRequired());
    // english-words, plus the words of the en terms of three letters or more, less shared-words.
    assertTrue(glossary.englishWords().containsAll(List.of("the", "offer", "registration", "call", "you", "called")));
    assertTrue(!glossary.englishWords().contains("person") && !glossary.englishWords().contains("it"));
  }

  /** A rule row of the fixture, the same row broken, and what the error must say was expected. */
  static Stream<Arguments> badRules() {
    String letters = "| letters that do not belong | ы э ъ ё |";
    return Stream.of(
        Arguments.of(letters, "| letters that do not belong | ab |", "single characters"),
        Arguments.of(letters, "| letters that do not belong | list unknown-list |", "a list of the section"),
        Arguments.of(letters, "| colour of the text | red |", "one of the rules"),
        Arguments.of("| ASCII punctuation inside CJK text | allowed |",
            "| ASCII punctuation inside CJK text | maybe |", "\"forbidden\" or \"allowed\""),
        Arguments.of("| non-breaking space before : ; ! ? | required |",
            "| non-breaking space before : ; ! ? | yes |", "\"required\" or \"not required\""),
        Arguments.of("| English words allowed in summary | SIP, Opus |",
            "| English words allowed in summary | SIP,, Opus |", "single commas"));
  }

  @ParameterizedTest
  @MethodSource("badRules")
  void parse_rejectsABadRule_namingTheLineAndWhatWasExpected(String row, String badRow, String expected) {
    assertTrue(FIXTURE.contains(row), row);
    String bad = FIXTURE.replace(row, badRow);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.parse(bad, "BAD.md"));
    assertTrue(String.valueOf(e.getMessage()).startsWith("BAD.md line "), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains(expected), e.getMessage());
  }

  @Test
  void parse_rejectsATableOutsideALanguageSection_soThatAMisspelledHeadingCannotHideALanguage() {
    String bad = FIXTURE.replace("## uk: Ukrainian", "## uk-UA Ukrainian");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.parse(bad, "BAD.md"));
    assertTrue(String.valueOf(e.getMessage()).contains("inside a language section"), e.getMessage());
  }

  @Test
  void parse_rejectsAnExceptionForAVariantTheSectionDoesNotReject() {
    String bad = FIXTURE.replace("| code.403.hint.2 | login* | reviewed |", "| code.403.hint.2 | logon | reviewed |");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.parse(bad, "BAD.md"));
    assertTrue(String.valueOf(e.getMessage()).contains("not \"logon\""), e.getMessage());
  }

  @Test
  void parse_rejectsASectionWithoutRules_aSecondSectionOfALanguage_andAnUnknownTable() {
    String noRules = FIXTURE.replace("| English words allowed in summary | SIP, SDP |", "");
    assertThrows(IllegalArgumentException.class, () -> Glossary.parse(noRules, "BAD.md"));
    String twice = FIXTURE + "\n## fr: French again\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glossary.parse(twice, "BAD.md"));
    assertTrue(String.valueOf(e.getMessage()).contains("a second section for language fr"), e.getMessage());
    String unknown = FIXTURE + "\n| a | b |\n|---|---|\n| c | d |\n";
    assertThrows(IllegalArgumentException.class, () -> Glossary.parse(unknown, "BAD.md"));
  }

  @Test
  void parse_rejectsRowsThatAreNotTables() {
    String ragged = FIXTURE.replace("| traditional-only | 號 碼 |", "| traditional-only | 號 碼 | extra |");
    assertThrows(IllegalArgumentException.class, () -> Glossary.parse(ragged, "BAD.md"));
    String noSeparator = FIXTURE.replace("| list | words |\n|---|---|", "| list | words |");
    assertThrows(IllegalArgumentException.class, () -> Glossary.parse(noSeparator, "BAD.md"));
  }

  @Test
  void rejectedVariant_refusesAStarInsideAndBlankText() {
    assertThrows(IllegalArgumentException.class, () -> new RejectedVariant("log*in"));
    assertThrows(IllegalArgumentException.class, () -> new RejectedVariant("*"));
    assertEquals(Optional.of("logins"), new RejectedVariant("login*").findIn("failed logins"));
  }
}
