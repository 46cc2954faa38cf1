package io.github.sipcodes;

import java.net.URI;

/**
 * A reference to the RFC, and optionally the section of it, that defines something.
 *
 * <pre>{@code
 * SipStatus.BUSY_HERE.specification().toString();  // "RFC 3261 §21.4.24"
 * SipStatus.BUSY_HERE.specification().uri();       // https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the RFC number, such as 3261
 * @param section the section number, such as "21.4.24", or the empty string when the whole RFC is meant
 * @since 0.1.0
 */
public record RfcReference(int number, String section) {

  /**
   * Checks the components.
   *
   * @param number the RFC number
   * @param section the section number, or empty
   * @throws IllegalArgumentException if {@code number} is not positive, or {@code section} is not empty and not a
   *     dotted section number such as {@code 21.4.24} or {@code A.1}
   */
  public RfcReference {
    if (number <= 0) {
      throw new IllegalArgumentException("Invalid RFC number: " + number + " (expected a positive number)");
    }
    if (!section.isEmpty() && !section.matches("[0-9A-Z]{1,3}(\\.[0-9]{1,3}){0,4}")) {
      throw new IllegalArgumentException(
          "Invalid RFC section: \"" + section + "\" (expected a dotted section number such as 21.4.24)");
    }
  }

  static RfcReference rfc3261(String section) {
    return new RfcReference(3261, section);
  }

  /**
   * Tells whether this reference names a section rather than the whole RFC.
   *
   * @return {@code true} if {@link #section()} is not empty
   */
  public boolean hasSection() {
    return !section.isEmpty();
  }

  /**
   * Returns where the RFC Editor publishes the text, with a fragment for the section when there is one.
   *
   * @return an {@code https} URI, such as {@code https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24}
   */
  public URI uri() {
    String base = "https://www.rfc-editor.org/rfc/rfc" + number;
    return URI.create(hasSection() ? base + "#section-" + section : base);
  }

  /**
   * Returns the reference as people write it: {@code "RFC 3261 §21.4.24"}, or {@code "RFC 6228"} without a section.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return hasSection() ? "RFC " + number + " §" + section : "RFC " + number;
  }
}
