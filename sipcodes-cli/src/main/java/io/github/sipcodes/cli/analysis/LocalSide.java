package io.github.sipcodes.cli.analysis;

import io.github.sipcodes.cli.message.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The addresses of the side whose calls are explained, as {@code --local} gives them: IP addresses, each with or
 * without a port.
 *
 * <p>Written as {@code 192.0.2.10}, {@code 192.0.2.10:5060}, {@code 2001:db8::1} or {@code [2001:db8::1]:5060}; an
 * IPv6 address with a port is written in brackets (RFC 3986 §3.2.2), so an unbracketed text with more than one colon
 * is an IPv6 address without a port. Addresses are compared in their canonical form (RFC 5952 for IPv6).
 *
 * @implSpec This is an immutable and thread-safe class.
 */
public final class LocalSide {

  /** No addresses: every direction is {@link Direction#UNKNOWN}. */
  public static final LocalSide NONE = new LocalSide(List.of());

  /**
   * One address.
   *
   * @param address the address in canonical form, without brackets
   * @param port the port, or -1 for any
   */
  private record Address(String address, int port) {
    boolean matches(Endpoint endpoint) {
      return (port < 0 || port == endpoint.port()) && address.equals(endpoint.address());
    }

    @Override
    public String toString() {
      if (port < 0) {
        return address;
      }
      return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }
  }

  private final List<Address> addresses;

  private LocalSide(List<Address> addresses) {
    this.addresses = List.copyOf(addresses);
  }

  /**
   * Reads the addresses.
   *
   * @param texts the values of {@code --local}
   * @return the local side, {@link #NONE} for an empty list
   * @throws IllegalArgumentException naming the first text that is not an address, or an address and a port
   */
  public static LocalSide of(List<String> texts) {
    List<Address> addresses = new ArrayList<>();
    for (String text : texts) {
      addresses.add(address(text).orElseThrow(() -> new IllegalArgumentException(text)));
    }
    return addresses.isEmpty() ? NONE : new LocalSide(addresses);
  }

  private static Optional<Address> address(String text) {
    int colons = (int) text.chars().filter(c -> c == ':').count();
    if (colons == 0 || (colons > 1 && text.charAt(0) != '[')) {
      return Endpoint.of(text, 0).map(endpoint -> new Address(endpoint.address(), -1));
    }
    return Endpoint.parse(text).map(endpoint -> new Address(endpoint.address(), endpoint.port()));
  }

  /**
   * Whether any address was given.
   *
   * @return {@code false} for {@link #NONE}
   */
  public boolean isKnown() {
    return !addresses.isEmpty();
  }

  /**
   * Which way a message went.
   *
   * @param source its sender, or {@code null} if not known
   * @param destination its receiver, or {@code null} if not known
   * @return {@link Direction#SENT} if only the source is local, {@link Direction#RECEIVED} if only the destination
   *     is, {@link Direction#UNKNOWN} otherwise
   */
  public Direction direction(@Nullable Endpoint source, @Nullable Endpoint destination) {
    boolean fromHere = source != null && matches(source);
    boolean toHere = destination != null && matches(destination);
    if (fromHere == toHere) {
      return Direction.UNKNOWN;
    }
    return fromHere ? Direction.SENT : Direction.RECEIVED;
  }

  private boolean matches(Endpoint endpoint) {
    for (Address address : addresses) {
      if (address.matches(endpoint)) {
        return true;
      }
    }
    return false;
  }

  /** The addresses as given, canonical, separated by {@code ", "}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Address address : addresses) {
      out.append(out.length() == 0 ? "" : ", ").append(address);
    }
    return out.toString();
  }
}
