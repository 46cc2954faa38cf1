package io.github.sipcodes.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * A header parameter that sipcodes does not interpret, such as {@code ;location=LN} in a {@code Reason} value: a name
 * and, if it has one, its value as it appears on the wire (a token, a host, or a quoted-string with its quotes).
 *
 * <pre>{@code
 * new GenericParameter("location", Optional.of("LN")).toString();   // "location=LN"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the parameter name, a token (RFC 3261 §25.1)
 * @param value the value as written, or empty for a parameter without {@code =}
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3261#section-25.1">RFC 3261 §25.1 (generic-param)</a>
 * @since 0.1.0
 */
public record GenericParameter(String name, Optional<String> value) {

  /**
   * Checks that the parameter can be written back as it is.
   *
   * @param name the parameter name
   * @param value the value as written, or empty
   * @throws IllegalArgumentException if {@code name} is not a token, or {@code value} is not a token, a host or a
   *     quoted-string
   * @throws NullPointerException if an argument is {@code null}
   */
  public GenericParameter {
    if (!Lexer.isToken(Objects.requireNonNull(name, "name"))) {
      throw new IllegalArgumentException("Invalid parameter name: \"" + name + "\" (expected a token)");
    }
    if (Objects.requireNonNull(value, "value").isPresent() && !Lexer.isGenericValue(value.get())) {
      throw new IllegalArgumentException(
          "Invalid parameter value: " + value.get() + " (expected a token, a host or a quoted-string)");
    }
  }

  /**
   * Returns the parameter as written in a header, without the leading semicolon.
   *
   * @return {@code name} or {@code name=value}
   */
  @Override
  public String toString() {
    return value.map(v -> name + "=" + v).orElse(name);
  }
}
