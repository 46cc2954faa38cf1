package io.github.sipcodes.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CSeqTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1 INVITE|1|INVITE",
    "314159 INVITE|314159|INVITE",
    "0009 REGISTER|9|REGISTER",
    "2147483647 CANCEL|2147483647|CANCEL",
    "8 !interesting-Method0123456789_*+`.%indeed'~|8|!interesting-Method0123456789_*+`.%indeed'~",
    "5   bye|5|bye"
  })
  void parse_readsTheGrammar_inBothModes(String value, long number, String method) {
    for (ParseMode mode : ParseMode.values()) {
      CSeq cseq = CSeq.parse(value, mode);
      assertEquals(new CSeq(number, method), cseq);
      assertEquals(number + " " + method, cseq.toString());
      assertEquals(cseq, CSeq.parse(cseq.toString(), ParseMode.STRICT));
    }
  }

  /** RFC 4475 §3.1.1.1 (wsinv): {@code cseq: 0009} folded onto {@code INVITE}, read from the header line. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "CSeq: 1 INVITE|0|expected a sequence number (RFC 3261 §20.16)|1 INVITE",
    "cseq: 0009\\r\\n  INVITE|10|expected no line break (unfold header lines before parsing)|9 INVITE",
    "2147483648 INVITE|0|expected a sequence number below 2^31 (RFC 3261 §8.1.1.5)|2147483648 INVITE",
    "4294967295 ACK|0|expected a sequence number below 2^31 (RFC 3261 §8.1.1.5)|4294967295 ACK"
  })
  void strict_refusesWhatTolerantAccepts(String value, int offset, String expected, String tolerated) {
    String input = value.replace("\\r", "\r").replace("\\n", "\n");
    assertRejected(input, ParseMode.STRICT, offset, expected);
    assertEquals(tolerated, CSeq.parse(input).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "|0|expected a sequence number (RFC 3261 §20.16)",
    "INVITE|0|expected a sequence number (RFC 3261 §20.16)",
    "1|1|expected white space and a method after the sequence number",
    "1INVITE|1|expected white space and a method after the sequence number",
    "'1 '|2|expected a method such as INVITE (RFC 3261 §20.16)",
    "1 INVITE x|9|expected the end of the value after the method",
    "-1 INVITE|0|expected a sequence number (RFC 3261 §20.16)",
    "4294967296 INVITE|0|expected a sequence number of at most 4294967295"
  })
  void parse_rejectsMalformedValues(String value, int offset, String expected) {
    String input = value == null ? "" : value;
    assertRejected(input, ParseMode.TOLERANT, offset, expected);
    if (!input.startsWith("4294967296")) {
      assertRejected(input, ParseMode.STRICT, offset, expected);
    }
  }

  private static void assertRejected(String value, ParseMode mode, int offset, String expected) {
    ParseErrors.assertRejected("CSeq value", offset, expected, () -> CSeq.parse(value, mode));
  }

  @Test
  void constructor_acceptsTheWholeRange() {
    assertEquals("0 ACK", new CSeq(0, "ACK").toString());
    assertEquals("4294967295 ACK", new CSeq(CSeq.MAX_NUMBER, "ACK").toString());
  }

  @Test
  void constructor_validates() {
    assertEquals("Invalid CSeq number: -1 (expected 0 to 4294967295)",
        assertThrows(IllegalArgumentException.class, () -> new CSeq(-1, "INVITE")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CSeq(CSeq.MAX_NUMBER + 1, "INVITE"));
    assertEquals("Invalid CSeq method: \"IN VITE\" (expected a token)",
        assertThrows(IllegalArgumentException.class, () -> new CSeq(1, "IN VITE")).getMessage());
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passing null to check the guards
  void nullArguments_areRejectedAtTheDoor() {
    assertEquals("value", assertThrows(NullPointerException.class, () -> CSeq.parse(null)).getMessage());
    assertEquals("method", assertThrows(NullPointerException.class, () -> new CSeq(1, null)).getMessage());
  }
}
