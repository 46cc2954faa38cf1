package io.github.sipcodes.cli.analysis;

/**
 * Which way a response went, seen from the addresses given with {@code --local}: the side those addresses name is
 * the one whose calls are explained.
 *
 * @implSpec This is an immutable and thread-safe enum.
 */
public enum Direction {
  /** Sent from a local address: the local side answered a request, so an INVITE was an incoming call. */
  SENT,
  /** Received at a local address: the local side sent the request, so an INVITE was an outgoing call. */
  RECEIVED,
  /** Not known: no {@code --local}, no addresses in the trace, or both or neither ends local. */
  UNKNOWN
}
