package io.github.sipcodes.cli.report;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.cli.source.CaptureFormatException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The command's words in one language: the bundle {@code io/github/sipcodes/cli/messages*.properties}, every value a
 * {@link MessageFormat} pattern.
 *
 * <p>The language is the one the library's explanations are written in for the locale asked for ({@link
 * io.github.sipcodes.Explanation#supportedLocales()} and its matching rules), so that labels and explanations are
 * always in one language: {@code de-AT} gets German, {@code pt-BR} Brazilian Portuguese, a language the library does
 * not have gets English, and {@link #fellBack()} says so. Within that language the bundle is looked up as
 * {@link ResourceBundle} does, without the JVM's default locale: {@code pt_BR}, then {@code pt}, then the English root.
 *
 * <p>Labels are aligned: {@link #line(StringBuilder, String, String)} pads every label of the language to the width
 * of the longest, counting a wide (East Asian) character as two columns.
 *
 * <p>Not thread-safe (the formats are cached); one instance serves one run of the command.
 */
public final class Texts {

  /** The base name of the bundle. */
  public static final String BUNDLE = CaptureFormatException.BUNDLE;

  /** The header names shown as labels; they are not translated. */
  private static final String[] HEADER_LABELS = {"Retry-After", "Reason", "Warning"};

  private final ResourceBundle bundle;
  private final Locale locale;
  private final Locale requested;
  private final Map<String, MessageFormat> formats = new HashMap<>();
  private final int width;

  private Texts(ResourceBundle bundle, Locale locale, Locale requested) {
    this.bundle = bundle;
    this.locale = locale;
    this.requested = requested;
    int longest = 0;
    for (String key : Collections.list(bundle.getKeys())) {
      if (key.startsWith("label.")) {
        longest = Math.max(longest, columns(bundle.getString(key)));
      }
    }
    for (String header : HEADER_LABELS) {
      longest = Math.max(longest, header.length());
    }
    this.width = longest + 2;
  }

  /**
   * The texts for a locale.
   *
   * @param requested the language asked for
   * @return the texts of the language that serves it
   */
  public static Texts of(Locale requested) {
    Objects.requireNonNull(requested, "requested");
    Locale served = SipResponse.of(100).explain(requested).locale();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, served,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Texts(bundle, served, requested);
  }

  /**
   * The language of the texts.
   *
   * @return the language that serves the locale asked for
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether the language asked for has no texts and another one serves it.
   *
   * @return {@code true} if the texts are not in the language asked for
   */
  public boolean fellBack() {
    return !requested.getLanguage().equals(locale.getLanguage());
  }

  /**
   * The warning that the language asked for has no texts, naming both languages.
   *
   * @return the warning
   */
  public String fallbackWarning() {
    return get("warning.language", requested.toLanguageTag(), locale.toLanguageTag());
  }

  /**
   * A text.
   *
   * @param key its key
   * @param arguments what fills its placeholders
   * @return the text
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  public String get(String key, Object... arguments) {
    MessageFormat format = formats.get(key);
    if (format == null) {
      format = new MessageFormat(bundle.getString(key), locale);
      formats.put(key, format);
    }
    return format.format(arguments);
  }

  /**
   * Appends {@code "  label: value"} and a line break, the value at the column of this language.
   *
   * @param out where to write
   * @param labelKey the key of the label, such as {@code label.class}
   * @param value the value
   */
  public void line(StringBuilder out, String labelKey, String value) {
    rawLine(out, get(labelKey), value);
  }

  /**
   * Appends a line with a label that is not translated: a header name.
   *
   * @param out where to write
   * @param label the label
   * @param value the value
   */
  public void rawLine(StringBuilder out, String label, String value) {
    out.append("  ").append(label).append(':');
    for (int i = columns(label) + 1; i < width; i++) {
      out.append(' ');
    }
    out.append(value).append('\n');
  }

  /**
   * The class of a code for people: {@code client failure (4xx)}.
   *
   * @param responseClass the class
   * @return the label
   */
  public String classLabel(ResponseClass responseClass) {
    return get("class." + hyphenated(responseClass.name()));
  }

  /**
   * A call outcome for people, in the language of the explanations: the library's own label,
   * {@link CallOutcome#label(Locale)} ({@code Busy}), so that the command and the applications that use the library
   * name an outcome alike.
   *
   * @param outcome the outcome
   * @return the label
   */
  public String outcomeLabel(CallOutcome outcome) {
    return outcome.label(locale);
  }

  /**
   * A situation for people: {@code outgoing call}.
   *
   * @param situation the situation, or {@code null} for a call whose direction is not known
   * @return the label
   */
  public String situationLabel(@Nullable Situation situation) {
    return get("situation." + (situation == null ? "general" : situation.key()));
  }

  /**
   * Yes or no.
   *
   * @param value the value
   * @return the word
   */
  public String yesNo(boolean value) {
    return get(value ? "value.yes" : "value.no");
  }

  /** {@code CLIENT_FAILURE} as {@code client-failure}. */
  static String hyphenated(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The columns a text takes in a terminal: two for a wide East Asian character, one for any other. */
  static int columns(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      columns += isWide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return columns;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
