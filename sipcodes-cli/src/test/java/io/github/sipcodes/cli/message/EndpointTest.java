package io.github.sipcodes.cli.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
    // RFC 5952 §4.1: no leading zeros; §4.3: lower case.
    "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
    "2001:DB8::1, 2001:db8::1",
    // §4.2.1: as short as possible; §4.2.2: one zero group is not shortened.
    "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    // §4.2.3: the longest run; of two as long, the first.
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    // §5: an IPv4-mapped address keeps its IPv4 part dotted.
    "::ffff:c000:0201, ::ffff:192.0.2.1",
    "::ffff:192.0.2.1, ::ffff:192.0.2.1",
    "::, ::",
    "::1, ::1",
    "1::, 1::",
    "fe80::1%eth0, fe80::1",
    "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
    "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
  })
  void ipv6_isWrittenInTheFormOfRfc5952(String written, String canonical) {
    Endpoint endpoint = Endpoint.of(written, 5060).orElseThrow();
    assertEquals(canonical, endpoint.address());
    assertEquals("[" + canonical + "]:5060", endpoint.toString());
    assertEquals(true, endpoint.isIpv6());
    assertEquals(endpoint, Endpoint.parse(endpoint.toString()).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1:2:3:4:5:6:7:8:9", "1::2::3", ":1::", "1:", "12345::", "g::", "::1.2.3", "1:2:3:4:5:6:7",
      "::1.2.3.4.5", "1:2:3:4:5:6:7:1.2.3.4", ":::", "1:::2", "", "192.0.2", "192.0.2.256", "192.0.2.1.5",
      "1920.0.2.1", "a.b.c.d", "192..2.1", "192.0.2.1x"})
  void notAnAddress_isEmpty(String address) {
    assertEquals(Optional.empty(), Endpoint.of(address, 1));
  }

  @Test
  void ipv4() {
    Endpoint endpoint = Endpoint.ipv4(0xC000020A, 5060);
    assertEquals("192.0.2.10", endpoint.address());
    assertEquals("192.0.2.10:5060", endpoint.toString());
    assertEquals(false, endpoint.isIpv6());
    assertEquals(5060, endpoint.port());
    assertArrayEquals(new byte[] {(byte) 192, 0, 2, 10}, endpoint.addressBytes());
    assertEquals("255.255.255.255:0", Endpoint.ipv4(-1, 0).toString());
    assertEquals(endpoint, Endpoint.of("192.0.2.10", 5060).orElseThrow());
  }

  @Test
  void addressBytes_ofIpv6() {
    byte[] expected = new byte[16];
    expected[0] = 0x20;
    expected[1] = 0x01;
    expected[2] = 0x0D;
    expected[3] = (byte) 0xB8;
    expected[15] = 1;
    assertArrayEquals(expected, Endpoint.parse("[2001:db8::1]:1").orElseThrow().addressBytes());
    assertEquals(Endpoint.ipv6(0x2001_0DB8_0000_0000L, 1, 1), Endpoint.parse("[2001:db8::1]:1").orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "192.0.2.1:5060, 192.0.2.1:5060",
    "[2001:db8::1]:5061, [2001:db8::1]:5061",
    "::1:5060, [::1]:5060",
    "2001:db8::1:0, [2001:db8::1]:0",
    "192.0.2.1:65535, 192.0.2.1:65535",
  })
  void parse_asTextTracesWriteIt(String text, String expected) {
    assertEquals(expected, Endpoint.parse(text).orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.1", "192.0.2.1:", "192.0.2.1:65536", "192.0.2.1:123456", "192.0.2.1:5o60",
      ":5060", "host.example.com:5060", "[::1]", "[::1:5060", "[]:5060"})
  void parse_ofWhatIsNotAnEndpoint_isEmpty(String text) {
    assertEquals(Optional.empty(), Endpoint.parse(text));
  }

  @Test
  void ports_outOfRange() {
    assertEquals(Optional.empty(), Endpoint.of("192.0.2.1", 65_536));
    assertEquals(Optional.empty(), Endpoint.of("192.0.2.1", -1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoint.ipv4(1, 65_536));
    assertEquals("Invalid port: 65536 (expected 0-65535)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Endpoint.ipv6(1, 1, -1));
  }

  @Test
  void equality_coversFamilyAddressAndPort() {
    Endpoint a = Endpoint.ipv4(1, 2);
    assertEquals(a, Endpoint.ipv4(1, 2));
    assertEquals(a.hashCode(), Endpoint.ipv4(1, 2).hashCode());
    assertNotEquals(a, Endpoint.ipv4(1, 3));
    assertNotEquals(a, Endpoint.ipv4(2, 2));
    assertNotEquals(a, Endpoint.ipv6(0, 1, 2));
    assertNotEquals(Endpoint.ipv6(1, 1, 2), Endpoint.ipv6(0, 1, 2));
    assertNotEquals(a.hashCode(), Endpoint.ipv6(0, 1, 2).hashCode());
    assertNotEquals(a, (Object) "1:2");
  }
}
