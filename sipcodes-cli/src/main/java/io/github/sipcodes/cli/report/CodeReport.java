package io.github.sipcodes.cli;

import io.github.sipcodes.CallOutcome;
import io.github.sipcodes.Explanation;
import io.github.sipcodes.ResponseClass;
import io.github.sipcodes.RetryAdvice;
import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the command says about one status code, as text for people or as one line of JSON.
 *
 * <p>The labels and the next-step advice are English; the summary, description and hints come from
 * {@link SipResponse#explain(Locale, Situation)} in the language asked for.
 *
 * <p>JSON fields, always all present and in this order: {@code code} (number), {@code phrase}, {@code class}
 * ({@link ResponseClass} name), {@code registered} (boolean), {@code treatedAs} (number), {@code rfc}, {@code rfcUrl},
 * {@code retryable} (boolean), {@code authRelated} (boolean), {@code advice}, {@code outcome} ({@link CallOutcome}
 * name), {@code situation} ({@code outgoing}, {@code incoming}, {@code registration} or {@code null}), {@code locale}
 * (the language of the texts, a BCP 47 tag), {@code summary}, {@code description}, {@code hints} (array of strings).
 *
 * @param response the code
 * @param explanation its explanation in the language and situation asked for
 * @param situation the situation asked for, or {@code null}
 */
record CodeReport(SipResponse response, Explanation explanation, @Nullable Situation situation) {

  /** Explains a code in a language and, optionally, a situation. */
  static CodeReport of(SipResponse response, Locale locale, @Nullable Situation situation) {
    Explanation explanation = situation == null ? response.explain(locale) : response.explain(locale, situation);
    return new CodeReport(response, explanation, situation);
  }

  /** The report as text: the code and phrase, then one indented line per field. */
  String text() {
    StringBuilder out = new StringBuilder(512).append(response).append('\n');
    line(out, "class", classLabel(response.responseClass()));
    line(out, "registered", response.isRegistered() ? "yes" : "no, treated as " + response.treatedAs());
    line(out, "defined in", response.specification().toString());
    line(out, "retryable", retryable(response.retryAdvice()));
    line(out, "auth-related", yesNo(response.isAuthRelated()));
    line(out, "next step", advice(response, response.retryAdvice()));
    line(out, "call outcome", outcomeLabel(response.callOutcome()));
    line(out, "summary", explanation.summary());
    line(out, "description", explanation.description());
    if (!explanation.hints().isEmpty()) {
      out.append("  hints:\n");
      for (String hint : explanation.hints()) {
        out.append("    - ").append(hint).append('\n');
      }
    }
    return out.toString();
  }

  /** The report as one JSON object, without a line break. */
  String json() {
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
        .field("advice", advice(response, response.retryAdvice()))
        .field("outcome", response.callOutcome().name())
        .field("situation", situation == null ? null : situation.key())
        .field("locale", explanation.locale().toLanguageTag())
        .field("summary", explanation.summary())
        .field("description", explanation.description())
        .field("hints", explanation.hints())
        .end();
  }

  /** Appends {@code "  label:" value}, the values aligned in one column. */
  static void line(StringBuilder out, String label, String value) {
    out.append("  ").append(label).append(':');
    for (int i = label.length(); i < 13; i++) {
      out.append(' ');
    }
    out.append(value).append('\n');
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /** The class for people: {@code "client failure (4xx)"}. */
  static String classLabel(ResponseClass responseClass) {
    return responseClass.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + responseClass.digit() + "xx)";
  }

  /** The call outcome for people: {@code "authentication failed"}. */
  static String outcomeLabel(CallOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Whether the request may be sent again, worded so that it agrees with the next step: {@code "yes, unchanged"}
   * when the same request may succeed again, {@code "only changed, see next step"} when software may send it again
   * once it is changed as the advice says (credentials, a header, a new target), {@code "no"} otherwise.
   */
  static String retryable(RetryAdvice advice) {
    if (advice.allowsUnchangedRetry()) {
      return "yes, unchanged";
    }
    return advice.allowsAutomaticRetry() ? "only changed, see next step" : "no";
  }

  /**
   * What to do next, in a few words; a delay from {@code Retry-After} is named when the advice carries one. The
   * response tells a provisional response (wait) and a success (done) from a failure when there is nothing to retry.
   */
  static String advice(SipResponse response, RetryAdvice advice) {
    if (advice instanceof RetryAdvice.RetryLater later) {
      return later.delay().map(delay -> "the client may send the same request again after at least " + seconds(delay))
          .orElse("the client may send the same request again after a pause of a few seconds");
    } else if (advice instanceof RetryAdvice.CalleeReachableLater callee) {
      return "the called party may be reachable later: a person or the dialer's policy decides when to call again"
          + after(callee.notBefore(), ", not before ") + " (no automatic redial)";
    } else if (advice instanceof RetryAdvice.TryAlternateServer alternate) {
      return "try the next server for the destination"
          + after(alternate.retryThisServerAfter(), "; this server again after ");
    } else if (advice instanceof RetryAdvice.RandomBackoff backoff) {
      return "retry after a random pause: " + window(backoff, true) + " ms if this side chose the Call-ID, else "
          + window(backoff, false) + " ms";
    } else if (advice instanceof RetryAdvice.RetryWithCredentials credentials) {
      return "send the request again with " + credentials.credentialsHeader() + " answering "
          + credentials.challengeHeader();
    } else if (advice instanceof RetryAdvice.RetryWithChanges changes) {
      return "send the request again, changed as the response's " + changes.responseHeader() + " header says";
    } else if (advice instanceof RetryAdvice.RetryWithHeaderChange change) {
      return change.change() == RetryAdvice.HeaderChange.ADD
          ? "send the request again with a valid " + change.requestHeader() + " header"
          : "send the request again without its " + change.requestHeader() + " header";
    } else if (advice instanceof RetryAdvice.FollowRedirect redirect) {
      return "send the request to the addresses in " + redirect.header();
    } else if (advice instanceof RetryAdvice.UseProxy proxy) {
      return "send this one request again through the proxy in " + proxy.header()
          + ", Request-URI unchanged; do not keep the proxy for later requests";
    }
    if (response.isProvisional()) {
      return "wait for the final response";
    }
    return response.isSuccess() ? "done: the request succeeded" : "do not retry";
  }

  private static String window(RetryAdvice.RandomBackoff backoff, boolean ownsCallId) {
    return backoff.minDelay(ownsCallId).toMillis() + "-" + backoff.maxDelay(ownsCallId).toMillis();
  }

  private static String after(Optional<Duration> delay, String text) {
    return delay.map(d -> text + seconds(d)).orElse("");
  }

  private static String seconds(Duration delay) {
    return delay.toSeconds() + " s";
  }
}
