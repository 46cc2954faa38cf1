package io.github.sipcodes;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one language as a standard {@link java.util.ResourceBundle}: its own keys, and through its parent
 * those of the languages it falls back to, exactly as explanations are looked up ({@link Explanation#resourceBundle}).
 * Immutable and thread-safe.
 */
final class ExplanationResourceBundle extends java.util.ResourceBundle {

  private final Locale locale;
  private final Map<String, String> texts;
  /** Every key of this bundle and its parents. */
  private final Set<String> keys;

  /**
   * Makes the bundle of one language.
   *
   * @param locale the language the texts are written in, which {@link #getLocale()} reports
   * @param texts the texts of this language only, unmodifiable
   * @param parent the bundle of the language it falls back to, or {@code null} for English
   */
  ExplanationResourceBundle(Locale locale, Map<String, String> texts, @Nullable ExplanationResourceBundle parent) {
    this.locale = locale;
    this.texts = texts;
    Set<String> all = new HashSet<>(texts.keySet());
    if (parent != null) {
      all.addAll(parent.keys);
      setParent(parent);
    }
    this.keys = Collections.unmodifiableSet(all);
  }

  /** The language of this bundle's own texts: the language that serves the locale asked for. */
  @Override
  public Locale getLocale() {
    return locale;
  }

  @Override
  protected @Nullable Object handleGetObject(String key) {
    return texts.get(Objects.requireNonNull(key, "key"));
  }

  /** Every key of this bundle and its parents. */
  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(keys);
  }

  /** The keys of this bundle's own texts. */
  @Override
  protected Set<String> handleKeySet() {
    return texts.keySet();
  }

  /** Every key of this bundle and its parents; the same set {@link #getKeys()} enumerates. */
  @Override
  public Set<String> keySet() {
    return keys;
  }
}
