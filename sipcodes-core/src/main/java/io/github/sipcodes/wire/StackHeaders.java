package io.github.sipcodes.wire;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a message that a SIP stack has already parsed, read through a function from a header name to the
 * header's values, so that sipcodes depends on no stack.
 *
 * <p>The function is asked with the full name as the IANA registry spells it ({@code Call-ID}, {@code CSeq},
 * {@code Retry-After}); stacks match names case-insensitively and by compact form themselves. Each element's
 * {@code toString()} is a value; it may carry the header name and colon and a line end, as JAIN-SIP's
 * {@code Header.toString()} does ({@code "Reason: Q.850;cause=16\r\n"}), and may be folded: both are removed here.
 * A {@code null} result or element counts as no value, should a stack return one.
 */
final class StackHeaders implements HeaderSource {

  private final Function<String, ? extends Iterator<?>> headers;

  StackHeaders(Function<String, ? extends Iterator<?>> headers) {
    this.headers = headers;
  }

  @Override
  public @Nullable String first(HeaderName name) {
    Iterator<?> values = headers.apply(name.name());
    while (values != null && values.hasNext()) {
      Object value = values.next();
      if (value != null) {
        return clean(value.toString(), name);
      }
    }
    return null;
  }

  @Override
  public List<String> all(HeaderName name) {
    Iterator<?> values = headers.apply(name.name());
    List<String> all = new ArrayList<>(2);
    while (values != null && values.hasNext()) {
      Object value = values.next();
      if (value != null) {
        all.add(clean(value.toString(), name));
      }
    }
    return List.copyOf(all);
  }

  /** Drops the header name and colon, the white space and line ends around the value, and unfolds it. */
  static String clean(String raw, HeaderName name) {
    String value = raw.strip();
    int colon = value.indexOf(':');
    if (colon > 0 && name.matches(value, 0, Lexer.trimEnd(value, 0, colon))) {
      value = value.substring(colon + 1).strip();
    }
    for (int i = 0; i < value.length(); i++) {
      if (Lexer.isLineBreak(value.charAt(i))) {
        return Lexer.unfold(value, i, value.length()).strip();
      }
    }
    return value;
  }
}
