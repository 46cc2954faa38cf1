package io.github.sipcodes.cli.message;

/**
 * The transport a message was carried on, as far as the capture or the trace says.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Transport {
  /** UDP: one message per datagram (RFC 3261 §18.3). */
  UDP,
  /** TCP: messages framed in a byte stream by their {@code Content-Length} (RFC 3261 §18.3). */
  TCP,
  /** Not known: a text trace that does not say (raw messages, sngrep's saved text). */
  UNKNOWN
}
