package io.github.sipcodes.cli.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The key that keeps TCP streams and fragmented datagrams apart: every part of it tells two flows apart. */
class FlowKeyTest {

  private static FlowKey key(Consumer<FlowKey> change) {
    FlowKey key = new FlowKey();
    key.ipv6(0x2001_0db8_0000_0000L, 1, 0x2001_0db8_0000_0000L, 2);
    key.sourcePort = 5060;
    key.destinationPort = 5061;
    key.identification = 7;
    key.protocol = 17;
    change.accept(key);
    return key;
  }

  @Test
  void aCopy_isEqual_withTheSameHash() {
    FlowKey key = key(k -> { });
    assertEquals(key, key.copy());
    assertEquals(key.hashCode(), key.copy().hashCode());
    assertEquals(key.source(), key.copy().source());
    assertEquals(key.destination(), key.copy().destination());
  }

  @Test
  void keysThatDifferInOnePart_areNotEqual() {
    FlowKey base = key(k -> { });
    List<FlowKey> others = List.of(
        key(k -> k.ipv6 = false),
        key(k -> k.sourceHigh++),
        key(k -> k.sourceLow++),
        key(k -> k.destinationHigh++),
        key(k -> k.destinationLow++),
        key(k -> k.sourcePort++),
        key(k -> k.destinationPort++),
        key(k -> k.identification++),
        key(k -> k.protocol++));
    Set<FlowKey> distinct = new HashSet<>(others);
    distinct.add(base);
    assertEquals(others.size() + 1, distinct.size());
    for (FlowKey other : others) {
      assertNotEquals(base, other);
      assertNotEquals(other, base);
    }
    assertNotEquals(base, "not a key");
  }

  @Test
  void theDirectionsOfOneConnection_areTwoFlows() {
    FlowKey out = new FlowKey();
    out.ipv4(0xC000_0201, 0xC000_0202);
    out.sourcePort = 40000;
    out.destinationPort = 5060;
    FlowKey back = new FlowKey();
    back.ipv4(0xC000_0202, 0xC000_0201);
    back.sourcePort = 5060;
    back.destinationPort = 40000;
    assertNotEquals(out, back);
    assertEquals("192.0.2.1:40000", out.source().toString());
    assertEquals("192.0.2.2:5060", back.source().toString());
  }
}
