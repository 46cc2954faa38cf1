package io.github.sipcodes.cli.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes one JSON object on one line, without a library.
 *
 * <pre>{@code
 * new Json().field("code", 486).field("phrase", "Busy Here").end();   // {"code":486,"phrase":"Busy Here"}
 * }</pre>
 *
 * <p>Strings are escaped as RFC 8259 §7 requires: quotation mark and backslash get a backslash; the control characters
 * U+0000 to U+001F are written as {@code \b}, {@code \f}, {@code \n}, {@code \r}, {@code \t} or {@code \}{@code u00XX}.
 * Every other character, including all non-ASCII text, is left as it is, so the output must be written as UTF-8 (the
 * command always does). The one exception is an unpaired surrogate, which UTF-8 cannot carry: it is written as
 * {@code \}{@code uXXXX}. Field names are fixed ASCII words and are written as they are.
 *
 * <p>Not thread-safe: one instance builds one object.
 */
public final class Json {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(256).append('{');

  /** Adds a string field, or {@code null}. */
  public Json field(String name, @Nullable String value) {
    name(name);
    if (value == null) {
      out.append("null");
    } else {
      string(out, value);
    }
    return this;
  }

  /** Adds a number field. */
  public Json field(String name, long value) {
    name(name);
    out.append(value);
    return this;
  }

  /** Adds a boolean field. */
  public Json field(String name, boolean value) {
    name(name);
    out.append(value);
    return this;
  }

  /** Adds an array of strings. */
  public Json field(String name, List<String> values) {
    name(name);
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, values.get(i));
    }
    out.append(']');
    return this;
  }

  /** Adds a number field, or {@code null}. */
  public Json number(String name, @Nullable Long value) {
    name(name);
    out.append(value == null ? "null" : value.toString());
    return this;
  }

  /** Adds a field whose value is JSON written elsewhere: an object, an array or a literal. */
  public Json raw(String name, String json) {
    name(name);
    out.append(json);
    return this;
  }

  /** Writes values already in JSON as an array: {@code [a,b]}. */
  public static String array(List<String> json) {
    return "[" + String.join(",", json) + "]";
  }

  /** Closes the object and returns it, one line without a line break. */
  public String end() {
    return out.append('}').toString();
  }

  private void name(String name) {
    if (out.length() > 1) {
      out.append(',');
    }
    out.append('"').append(name).append("\":");
  }

  /** Returns {@code value} as a JSON string literal, quotes included. */
  public static String quote(CharSequence value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2);
    string(quoted, value);
    return quoted.toString();
  }

  private static void string(StringBuilder out, CharSequence value) {
    out.append('"');
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            unicode(out, c);
          } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicode(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
