package io.github.sipcodes.cli.testing;

import static io.github.sipcodes.cli.testing.Packets.UDP;
import static io.github.sipcodes.cli.testing.Packets.ethernet;
import static io.github.sipcodes.cli.testing.Packets.ipv4;
import static io.github.sipcodes.cli.testing.Packets.udp;
import static io.github.sipcodes.cli.testing.SipMessages.bytes;

import io.github.sipcodes.cli.testing.CaptureWriter.Frame;
import java.util.List;

/**
 * The call most capture tests read: an INVITE from 192.0.2.10:5060 to 198.51.100.20:5060 over UDP at
 * 1700000000.123456789 (2023-11-14T22:13:20Z), and its 486 Busy Here with {@code Retry-After: 60} at
 * 1700000001.000000500, in Ethernet frames.
 */
public final class SampleCall {

  public static final String INVITE = SipMessages.invite("call-1", 1);
  public static final String BUSY = SipMessages.response(486, "Busy Here", "call-1", 1, "Retry-After: 60\r\n");

  private SampleCall() {}

  /** The two frames. */
  public static List<Frame> frames() {
    return List.of(
        Frame.of(ethernet(ipv4("192.0.2.10", "198.51.100.20", UDP,
            udp("192.0.2.10", 5060, "198.51.100.20", 5060, bytes(INVITE)))), 1_700_000_000L, 123_456_789),
        Frame.of(ethernet(ipv4("198.51.100.20", "192.0.2.10", UDP,
            udp("198.51.100.20", 5060, "192.0.2.10", 5060, bytes(BUSY)))), 1_700_000_001L, 500));
  }
}
