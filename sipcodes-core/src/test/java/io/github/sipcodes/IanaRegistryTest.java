package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares SipStatus with a hand-kept copy of the IANA Response Codes registry, in both directions. */
class IanaRegistryTest {

  record Entry(int code, String phrase, int rfc) {}

  static List<Entry> registry() throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(IanaRegistryTest.class.getResourceAsStream("iana-response-codes.csv"));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(";", -1);
        entries.add(new Entry(Integer.parseInt(fields[0]), fields[1], Integer.parseInt(fields[2].substring(4))));
      }
    }
    return entries;
  }

  static Stream<Entry> entries() throws IOException {
    return registry().stream();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void everyRegisteredCode_hasAConstantWithTheRegisteredPhraseAndRfc(Entry entry) {
    SipStatus status = SipStatus.find(entry.code()).orElseThrow();
    assertEquals(entry.phrase(), status.reasonPhrase());
    assertEquals(entry.rfc(), status.specification().number());
    assertTrue(status.isRegistered(), status::toString);
    if (entry.rfc() == 3261) {
      assertTrue(status.specification().hasSection(), "RFC 3261 codes cite their section");
    }
  }

  @Test
  void everyConstant_isInTheRegistryUnlessHistoric() throws IOException {
    Set<SipStatus> unmatched = EnumSet.allOf(SipStatus.class);
    for (Entry entry : registry()) {
      unmatched.remove(SipStatus.find(entry.code()).orElseThrow());
    }
    assertEquals(EnumSet.of(SipStatus.CONFLICT, SipStatus.LENGTH_REQUIRED), unmatched);
    for (SipStatus historic : unmatched) {
      assertFalse(historic.isRegistered());
      assertEquals(2543, historic.specification().number());
    }
  }

  @Test
  void registryHas75Codes_and50FromRfc3261() throws IOException {
    List<Entry> registry = registry();
    assertEquals(75, registry.size());
    assertEquals(50, registry.stream().filter(e -> e.rfc() == 3261).count());
  }
}
