package io.github.sipcodes.cli.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CapturedMessageTest {

  static final Endpoint A = Endpoint.ipv4(0xC0000201, 5060);
  static final Endpoint B = Endpoint.ipv4(0xC0000202, 5062);
  static final CaptureTime TIME = CaptureTime.ofEpoch(1_700_000_000L, 0, 6);

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void fromCapture_copiesItsRange() {
    byte[] data = ascii("xxSIP/2.0 180 Ringing\r\n\r\nyy");
    CapturedMessage message = CapturedMessage.fromCapture(data, 2, 23, TIME, A, B, Transport.UDP, 7);
    data[2] = 'X';
    assertEquals("SIP/2.0 180 Ringing\r\n\r\n", message.text());
    assertEquals(23, message.length());
    assertEquals(Optional.of(TIME), message.time());
    assertEquals(Optional.of(A), message.source());
    assertEquals(Optional.of(B), message.destination());
    assertEquals(Transport.UDP, message.transport());
    assertEquals(OptionalLong.of(7), message.frame());
    assertEquals(OptionalLong.empty(), message.line());
    assertEquals(true, message.isResponse());
    assertEquals("SIP/2.0 180 Ringing", message.startLine());
    assertEquals("frame 7, 192.0.2.1:5060 -> 192.0.2.2:5062 UDP: SIP/2.0 180 Ringing", message.toString());
  }

  @Test
  void bytesAndBuffer_cannotChangeTheMessage() {
    CapturedMessage message = CapturedMessage.fromCapture(ascii("ACK sip:a SIP/2.0\r\n\r\n"), 0, 21, null, A, B,
        Transport.TCP, 1);
    byte[] bytes = message.bytes();
    bytes[0] = 'X';
    assertArrayEquals(ascii("ACK sip:a SIP/2.0\r\n\r\n"), message.bytes());
    ByteBuffer buffer = message.buffer();
    assertEquals(21, buffer.remaining());
    assertEquals('A', buffer.get(0));
    assertThrows(ReadOnlyBufferException.class, () -> buffer.put(0, (byte) 'X'));
    assertEquals(false, message.isResponse());
    assertEquals(Optional.empty(), message.time());
  }

  @Test
  void fromText_mayLackTimeAndAddresses() {
    byte[] text = ascii("--SIP/2.0 200 OK\nx");
    CapturedMessage message = CapturedMessage.fromText(text, 2, 15, null, null, null, Transport.UNKNOWN, 0, 12);
    assertEquals("SIP/2.0 200 OK\n", message.text());
    assertEquals(OptionalLong.of(12), message.line());
    assertEquals(OptionalLong.empty(), message.frame());
    assertEquals(Optional.empty(), message.source());
    assertEquals(Optional.empty(), message.destination());
    assertEquals("line 12 UNKNOWN: SIP/2.0 200 OK", message.toString());
    CapturedMessage tshark = CapturedMessage.fromText(text, 2, 15, TIME, A, B, Transport.UDP, 3, 40);
    assertEquals(OptionalLong.of(3), tshark.frame());
    assertEquals("line 40, 192.0.2.1:5060 -> 192.0.2.2:5062 UDP: SIP/2.0 200 OK", tshark.toString());
    CapturedMessage oneSided = CapturedMessage.fromText(text, 2, 15, null, A, null, Transport.UNKNOWN, 0, 1);
    assertEquals("line 1 UNKNOWN: SIP/2.0 200 OK", oneSided.toString());
  }

  @Test
  void text_replacesWhatIsNotUtf8() {
    byte[] data = {'S', 'I', 'P', '/', '2', '.', '0', ' ', '2', '0', '0', ' ', (byte) 0xE9, '\r', '\n'};
    CapturedMessage message = CapturedMessage.fromCapture(data, 0, data.length, null, A, B, Transport.UDP, 1);
    assertEquals("SIP/2.0 200 \uFFFD\r\n", message.text());
    assertEquals("SIP/2.0 200 \uFFFD", message.startLine());
    assertEquals("", CapturedMessage.fromCapture(data, 0, 0, null, A, B, Transport.UDP, 1).startLine());
  }

  @Test
  void invalidArguments_areRejected() {
    byte[] data = new byte[4];
    assertThrows(IndexOutOfBoundsException.class,
        () -> CapturedMessage.fromCapture(data, 2, 3, null, A, B, Transport.UDP, 1));
    assertEquals("Invalid frame number: 0 (expected 1 or more)", assertThrows(IllegalArgumentException.class,
        () -> CapturedMessage.fromCapture(data, 0, 4, null, A, B, Transport.UDP, 0)).getMessage());
    assertThrows(IndexOutOfBoundsException.class,
        () -> CapturedMessage.fromText(data, -1, 3, null, null, null, Transport.UNKNOWN, 0, 1));
    assertEquals("Invalid line or frame number: 0, 0 (expected a line from 1 and a frame from 0)",
        assertThrows(IllegalArgumentException.class,
            () -> CapturedMessage.fromText(data, 0, 4, null, null, null, Transport.UNKNOWN, 0, 0)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CapturedMessage.fromText(data, 0, 4, null, null, null, Transport.UNKNOWN, -1, 1));
  }

  @Test
  void unreadableKinds_haveBundleKeys() {
    assertEquals("unreadable.truncated-packet", Unreadable.TRUNCATED_PACKET.key());
    assertEquals("unreadable.tls", Unreadable.TLS.key());
    assertEquals("unreadable.tcp-data-missing", Unreadable.TCP_DATA_MISSING.key());
  }
}
