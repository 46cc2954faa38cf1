package io.github.sipcodes.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The header section of a message read as text: an index of where each header's name and value are, built in one
 * pass and without a string per header. A value becomes a string only when it is asked for.
 *
 * <p>Lines end with CRLF or LF. A line that starts with a space or tab continues the header before it (RFC 3261
 * §7.3.1); its value is unfolded when asked for. A line without a colon, or with nothing before its colon, is not a
 * header and is skipped. White space around a name and around a value is dropped. The section ends at the first empty
 * line; the body after it is not read.
 */
final class HeaderSection implements HeaderSource {

  /** Per header: name start, name end, value start, value end, 1 if folded. */
  private static final int FIELDS = 5;

  private final String text;
  private int[] index = new int[FIELDS * 12];
  private int count;
  private int end;

  private HeaderSection(String text) {
    this.text = text;
  }

  /**
   * Reads the header lines of {@code text} from {@code from} to the first empty line, or to {@code end}.
   *
   * @return the section; {@link #end()} says where it stopped
   */
  static HeaderSection read(String text, int from, int end) {
    HeaderSection section = new HeaderSection(text);
    int p = from;
    while (p < end) {
      int lineEnd = text.indexOf('\n', p);
      if (lineEnd < 0 || lineEnd >= end) {
        lineEnd = end;
      }
      int contentEnd = lineEnd > p && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      if (contentEnd == p) {
        section.end = p;
        return section;
      }
      char first = text.charAt(p);
      if (first == ' ' || first == '\t') {
        section.continueLast(p, contentEnd);
      } else {
        section.add(p, contentEnd);
      }
      p = lineEnd + 1;
    }
    section.end = Math.min(p, end);
    return section;
  }

  /** Where the section stopped: at its empty line, or at the end given to {@link #read}. */
  int end() {
    return end;
  }

  private void add(int start, int contentEnd) {
    int colon = start;
    while (colon < contentEnd && text.charAt(colon) != ':') {
      colon++;
    }
    if (colon == contentEnd) {
      return;
    }
    int nameEnd = Lexer.trimEnd(text, start, colon);
    if (nameEnd == start) {
      return;
    }
    int valueStart = colon + 1;
    while (valueStart < contentEnd && Lexer.isWhitespace(text.charAt(valueStart))) {
      valueStart++;
    }
    if (count * FIELDS == index.length) {
      index = Arrays.copyOf(index, index.length * 2);
    }
    int at = count++ * FIELDS;
    index[at] = start;
    index[at + 1] = nameEnd;
    index[at + 2] = valueStart;
    index[at + 3] = Lexer.trimEnd(text, valueStart, contentEnd);
    index[at + 4] = 0;
  }

  private void continueLast(int start, int contentEnd) {
    int end = Lexer.trimEnd(text, start, contentEnd);
    if (count == 0 || end == start) {
      return;
    }
    int at = (count - 1) * FIELDS;
    index[at + 3] = end;
    index[at + 4] = 1;
  }

  @Override
  public @Nullable String first(HeaderName name) {
    for (int i = 0; i < count; i++) {
      if (name.matches(text, index[i * FIELDS], index[i * FIELDS + 1])) {
        return value(i);
      }
    }
    return null;
  }

  @Override
  public List<String> all(HeaderName name) {
    List<String> values = null;
    for (int i = 0; i < count; i++) {
      if (name.matches(text, index[i * FIELDS], index[i * FIELDS + 1])) {
        if (values == null) {
          values = new ArrayList<>(2);
        }
        values.add(value(i));
      }
    }
    return values == null ? List.of() : List.copyOf(values);
  }

  private String value(int i) {
    int at = i * FIELDS;
    String value = text.substring(index[at + 2], index[at + 3]);
    return index[at + 4] == 0 ? value : Lexer.unfold(value, 0, value.length()).strip();
  }
}
