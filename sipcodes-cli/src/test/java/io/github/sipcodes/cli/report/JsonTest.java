package io.github.sipcodes.cli.report;

import io.github.sipcodes.cli.testing.MiniJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "plain          | '\"plain\"'",
        "''             | '\"\"'",
        "say \"hi\"     | '\"say \\\"hi\\\"\"'",
        "a\\b           | '\"a\\\\b\"'",
        "/              | '\"/\"'",
      })
  void quote_escapesQuotesAndBackslashes(String value, String expected) {
    assertEquals(expected, Json.quote(value));
  }

  @Test
  void quote_usesShortEscapesForCommonControlCharacters() {
    assertEquals("\"\\b\\f\\n\\r\\t\"", Json.quote("\b\f\n\r\t"));
  }

  @Test
  void quote_writesOtherControlCharactersAsUnicodeEscapes() {
    assertEquals("\"\\u0000\\u0001\\u001f\\u000b\"", Json.quote("\u0000\u0001\u001f\u000b"));
    // U+0020 is the first character written as it is; DEL (U+007F) needs no escape in JSON.
    assertEquals("\" \u007f\"", Json.quote(" \u007f"));
  }

  @Test
  void quote_leavesNonAsciiTextAsItIs() {
    assertEquals("\"Höchstzahl „Nicht stören“ 話中 Занято\"", Json.quote("Höchstzahl „Nicht stören“ 話中 Занято"));
    assertEquals("\"\ud83d\udcde\"", Json.quote("\ud83d\udcde"));
  }

  @Test
  void quote_escapesUnpairedSurrogates() {
    assertEquals("\"\\ud83d\"", Json.quote("\ud83d"));
    assertEquals("\"\\ud83dx\"", Json.quote("\ud83dx"));
    assertEquals("\"\\udcde\\ud83d\"", Json.quote("\udcde\ud83d"));
    assertEquals("\"\\udfff\"", Json.quote("\udfff"));
  }

  @Test
  void everyCharacter_parsesBackToItself() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      all.append(c);
    }
    all.append("\ud83d\udcde\u2028\ufffd");
    assertEquals(all.toString(), MiniJson.parse(Json.quote(all)));
  }

  @Test
  void object_writesFieldsInOrderOnOneLine() {
    String json =
        new Json()
            .field("code", 486)
            .field("phrase", "Busy \"Here\"")
            .field("registered", true)
            .field("other", false)
            .field("situation", (String) null)
            .field("hints", List.of("a", "b\nc"))
            .field("none", List.of())
            .end();
    assertEquals(
        "{\"code\":486,\"phrase\":\"Busy \\\"Here\\\"\",\"registered\":true,\"other\":false,\"situation\":null,"
            + "\"hints\":[\"a\",\"b\\nc\"],\"none\":[]}",
        json);
    Map<?, ?> parsed = MiniJson.object(json);
    assertEquals(486L, parsed.get("code"));
    assertEquals(List.of("a", "b\nc"), parsed.get("hints"));
  }

  @Test
  void emptyObject_isTwoBraces() {
    assertEquals("{}", new Json().end());
  }

  @Test
  void miniJson_refusesWhatJsonForbids() {
    for (String bad : new String[] {"{\"a\":1,\"a\":2}", "\"a\u0001\"", "\"\\x\"", "tru", "{} x", "", "[1,]"}) {
      assertThrows(IllegalArgumentException.class, () -> MiniJson.parse(bad), bad);
    }
  }
}
