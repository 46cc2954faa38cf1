package io.github.sipcodes.wire;

import java.util.Objects;

/**
 * A header name as a message head looks it up: its full name and, where it has one, its compact form (RFC 3261
 * §7.3.3). Names are case-insensitive (RFC 3261 §7.3.1), and a compact form is the same header as its full name.
 *
 * <p>The compact forms are those of the IANA "Header Fields" registry: {@code a} Accept-Contact, {@code b}
 * Referred-By, {@code c} Content-Type, {@code d} Request-Disposition, {@code e} Content-Encoding, {@code f} From,
 * {@code i} Call-ID, {@code j} Reject-Contact, {@code k} Supported, {@code l} Content-Length, {@code m} Contact,
 * {@code o} Event, {@code r} Refer-To, {@code s} Subject, {@code t} To, {@code u} Allow-Events, {@code v} Via,
 * {@code x} Session-Expires, {@code y} Identity.
 */
final class HeaderName {

  static final HeaderName CALL_ID = new HeaderName("Call-ID", 'i');
  static final HeaderName CSEQ = new HeaderName("CSeq", (char) 0);
  static final HeaderName FROM = new HeaderName("From", 'f');
  static final HeaderName TO = new HeaderName("To", 't');
  static final HeaderName VIA = new HeaderName("Via", 'v');
  static final HeaderName REASON = new HeaderName("Reason", (char) 0);
  static final HeaderName WARNING = new HeaderName("Warning", (char) 0);
  static final HeaderName RETRY_AFTER = new HeaderName("Retry-After", (char) 0);
  static final HeaderName SERVER = new HeaderName("Server", (char) 0);
  static final HeaderName USER_AGENT = new HeaderName("User-Agent", (char) 0);

  /** Every name with a compact form (IANA "Header Fields" registry), and those the accessors use. */
  private static final HeaderName[] KNOWN = {
    new HeaderName("Accept-Contact", 'a'), // RFC 3841
    new HeaderName("Referred-By", 'b'), // RFC 3892
    new HeaderName("Content-Type", 'c'),
    new HeaderName("Request-Disposition", 'd'), // RFC 3841
    new HeaderName("Content-Encoding", 'e'),
    FROM,
    CALL_ID,
    new HeaderName("Reject-Contact", 'j'), // RFC 3841
    new HeaderName("Supported", 'k'),
    new HeaderName("Content-Length", 'l'),
    new HeaderName("Contact", 'm'),
    new HeaderName("Event", 'o'), // RFC 6665
    new HeaderName("Refer-To", 'r'), // RFC 3515
    new HeaderName("Subject", 's'),
    TO,
    new HeaderName("Allow-Events", 'u'), // RFC 6665
    VIA,
    new HeaderName("Session-Expires", 'x'), // RFC 4028
    new HeaderName("Identity", 'y'), // RFC 8224
    CSEQ,
    REASON,
    WARNING,
    RETRY_AFTER,
    SERVER,
    USER_AGENT,
  };

  private final String name;
  private final char compact;

  private HeaderName(String name, char compact) {
    this.name = name;
    this.compact = compact;
  }

  /**
   * Returns the header a name stands for: a known header by its full name or compact form, in any case, or else the
   * name as given.
   */
  static HeaderName of(String name) {
    String trimmed = Objects.requireNonNull(name, "name").strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("Invalid header name: \"" + name + "\" (expected a name such as Call-ID)");
    }
    for (HeaderName known : KNOWN) {
      if (known.matches(trimmed, 0, trimmed.length())) {
        return known;
      }
    }
    return new HeaderName(trimmed, (char) 0);
  }

  /** The full name, as the IANA registry spells it for a known header. */
  String name() {
    return name;
  }

  /** Tells whether {@code text[start, end)} is this header's full name or compact form, in any case. */
  boolean matches(String text, int start, int end) {
    int length = end - start;
    if (length == name.length()) {
      return AsciiCase.regionMatches(text, start, name);
    }
    return length == 1 && compact != 0 && AsciiCase.toLowerCase(text.charAt(start)) == compact;
  }
}
