package io.github.sipcodes.cli.report;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Explanation;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import org.jspecify.annotations.Nullable;

/**
 * What the command says about one status code, as text for people or as one line of JSON, every word in the
 * language of the {@link Texts}.
 *
 * <p>JSON fields, always all present and in this order: {@code code} (number), {@code phrase}, {@code class}
 * ({@link ResponseClass} name), {@code registered} (boolean), {@code treatedAs} (number), {@code rfc}, {@code rfcUrl},
 * {@code retryable} (boolean), {@code authRelated} (boolean), {@code advice} (a token of {@link Advice#token}),
 * {@code adviceText}, {@code outcome} ({@link CallOutcome} name), {@code situation} ({@code outgoing},
 * {@code incoming}, {@code registration} or {@code null}), {@code locale} (the language of the texts, a BCP 47 tag),
 * {@code summary}, {@code description}, {@code hints} (array of strings).
 *
 * @implSpec This is an immutable record; it is thread-safe when its {@link Texts} is used by one thread.
 * @param response the code
 * @param explanation its explanation in the language and situation asked for
 * @param situation the situation asked for, or {@code null}
 * @param texts the command's words in the language asked for
 */
public record CodeReport(SipResponse response, Explanation explanation, @Nullable Situation situation, Texts texts) {

  /**
   * Explains a code in a language and, optionally, a situation.
   *
   * @param response the code
   * @param texts the language
   * @param situation the situation, or {@code null} for the general text
   * @return the report
   */
  public static CodeReport of(SipResponse response, Texts texts, @Nullable Situation situation) {
    Explanation explanation = situation == null
        ? response.explain(texts.locale())
        : response.explain(texts.locale(), situation);
    return new CodeReport(response, explanation, situation, texts);
  }

  /**
   * The report as text: the code and phrase, then one indented line per field.
   *
   * @return the text, ending with a line break
   */
  public String text() {
    StringBuilder out = new StringBuilder(512).append(response).append('\n');
    texts.line(out, "label.class", texts.classLabel(response.responseClass()));
    texts.line(out, "label.registered", response.isRegistered()
        ? texts.yesNo(true)
        : texts.get("value.not-registered", response.treatedAs().toString()));
    texts.line(out, "label.defined-in", response.specification().toString());
    texts.line(out, "label.retryable", Advice.retryable(texts, response.retryAdvice()));
    texts.line(out, "label.authentication", texts.yesNo(response.isAuthRelated()));
    texts.line(out, "label.next-step", Advice.text(texts, response, response.retryAdvice()));
    texts.line(out, "label.call-outcome", texts.outcomeLabel(response.callOutcome()));
    explanation(texts, out, explanation);
    return out.toString();
  }

  /** Appends the summary, description and hints of an explanation. */
  static void explanation(Texts texts, StringBuilder out, Explanation explanation) {
    texts.line(out, "label.summary", explanation.summary());
    texts.line(out, "label.description", explanation.description());
    if (!explanation.hints().isEmpty()) {
      out.append("  ").append(texts.get("label.hints")).append(":\n");
      for (String hint : explanation.hints()) {
        out.append("    - ").append(hint).append('\n');
      }
    }
  }

  /**
   * The report as one JSON object.
   *
   * @return the object, without a line break
   */
  public String json() {
    return new Json()
        .field("code", response.code())
        .field("phrase", response.reasonPhrase())
        .field("class", response.responseClass().name())
        .field("registered", response.isRegistered())
        .field("treatedAs", response.treatedAs().code())
        .field("rfc", response.specification().toString())
        .field("rfcUrl", response.specification().uri().toString())
        .field("retryable", response.isRetryable())
        .field("authRelated", response.isAuthRelated())
        .field("advice", Advice.token(response.retryAdvice()))
        .field("adviceText", Advice.text(texts, response, response.retryAdvice()))
        .field("outcome", response.callOutcome().name())
        .field("situation", situation == null ? null : situation.key())
        .field("locale", explanation.locale().toLanguageTag())
        .field("summary", explanation.summary())
        .field("description", explanation.description())
        .field("hints", explanation.hints())
        .end();
  }
}
