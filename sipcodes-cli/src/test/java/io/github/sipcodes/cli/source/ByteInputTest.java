package io.github.sipcodes.cli.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ByteInputTest {

  static byte[] counting(int length) {
    byte[] data = new byte[length];
    for (int i = 0; i < length; i++) {
      data[i] = (byte) i;
    }
    return data;
  }

  @Test
  void request_keepsWhatIsThere_andGrowsUpToItsCapacity() throws IOException {
    ByteInput input = new ByteInput(new ByteArrayInputStream(counting(1000)), 600);
    assertEquals(true, input.request(10));
    input.advance(7);
    assertEquals(7, input.offset());
    assertEquals(true, input.request(593));
    assertEquals(7, input.buffer()[input.position()]);
    assertEquals(593, input.available());
    assertEquals("Cannot buffer 601 bytes (at most 600)",
        assertThrows(IllegalArgumentException.class, () -> input.request(601)).getMessage());
    input.advance(593);
    assertEquals(false, input.request(401));
    assertEquals(400, input.available());
    assertEquals(600, input.offset());
    assertEquals(false, input.cutShort());
  }

  @Test
  void advance_andSkip() throws IOException {
    ByteInput input = new ByteInput(new ByteArrayInputStream(counting(100)), 16);
    input.request(4);
    assertEquals("Cannot advance 17 bytes (16 available)",
        assertThrows(IllegalArgumentException.class, () -> input.advance(17)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> input.advance(-1));
    assertEquals(true, input.skip(50));
    assertEquals(50, input.offset());
    assertEquals(true, input.request(1));
    assertEquals(50, input.buffer()[input.position()]);
    assertEquals(true, input.skip(0));
    assertEquals(false, input.skip(51));
    assertEquals(100, input.offset());
  }

  @Test
  void rest_readsTheBufferThenTheStream() throws IOException {
    ByteInput input = new ByteInput(new ByteArrayInputStream(counting(300)), 64);
    input.request(10);
    input.advance(3);
    InputStream rest = input.rest();
    assertEquals(3, rest.read());
    byte[] target = new byte[500];
    assertEquals(0, rest.read(target, 0, 0));
    int total = 0;
    for (int n = rest.read(target, 0, 500); n > 0; n = rest.read(target, total, 500 - total)) {
      total += n;
    }
    assertEquals(296, total);
    byte[] expected = new byte[296];
    System.arraycopy(counting(300), 4, expected, 0, 296);
    assertArrayEquals(expected, java.util.Arrays.copyOf(target, 296));
    assertEquals(-1, rest.read());
    assertEquals(-1, rest.read(target, 0, 1));
  }

  @Test
  void aCompressedStreamCutShort_endsLikeAFile_andSaysSo() throws IOException {
    InputStream cut = new InputStream() {
      boolean first = true;

      @Override
      public int read() throws IOException {
        throw new EOFException("Unexpected end of ZLIB input stream");
      }

      @Override
      public int read(byte[] target, int offset, int length) throws IOException {
        if (!first) {
          return read();
        }
        first = false;
        java.util.Arrays.fill(target, offset, offset + 5, (byte) 'x');
        return 5;
      }
    };
    ByteInput input = new ByteInput(cut, 64);
    assertEquals(false, input.request(10));
    assertEquals(5, input.available());
    assertEquals(true, input.cutShort());
    assertEquals(false, input.request(6));
  }
}
