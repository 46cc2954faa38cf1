package io.github.sipcodes.cli;

import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import io.github.sipcodes.cli.analysis.LocalSide;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line.
 *
 * <p>Options and codes may come in any order; an option's value follows it as the next argument or after {@code =}
 * ({@code --lang de}, {@code --lang=de}). {@code --} ends the options: every argument after it is a code.
 * {@code --help} and {@code --version} win over everything after them. {@code --lang}, {@code --situation} and
 * {@code --trace} may be given once; {@code --local} as often as needed. Codes and {@code --trace} exclude each
 * other, and so do {@code --trace} and {@code --situation} (a trace's situations come from its messages);
 * {@code --local} and {@code --summary} need {@code --trace}.
 *
 * @param command what to do
 * @param codes the codes to explain, in the order given; empty for anything but {@link Command#EXPLAIN}
 * @param lang the language asked for with {@code --lang}, or {@code null} for the system's
 * @param situation the situation for the explanations of codes, or {@code null} for the general text
 * @param json whether to write JSON instead of text
 * @param trace the trace file to read, {@code "-"} for standard input, or {@code null}
 * @param local the side named by {@code --local}
 * @param summary whether to write only the summary of a trace
 */
record Options(
    Command command,
    List<SipResponse> codes,
    @Nullable Locale lang,
    @Nullable Situation situation,
    boolean json,
    @Nullable String trace,
    LocalSide local,
    boolean summary) {

  /** What the command does. */
  enum Command {
    /** Explain the codes given as arguments. */
    EXPLAIN,
    /** Read a trace and report its responses. */
    TRACE,
    /** Print the usage. */
    HELP,
    /** Print the version. */
    VERSION
  }

  private static final String LANG = "--lang";
  private static final String SITUATION = "--situation";
  private static final String TRACE = "--trace";
  private static final String LOCAL = "--local";
  private static final String SUMMARY = "--summary";

  /** The locale the command's texts are in: {@code --lang}, or the system's. */
  Locale locale() {
    return lang == null ? Locale.getDefault() : lang;
  }

  /**
   * Parses the arguments.
   *
   * @throws UsageException naming the first bad argument
   */
  static Options parse(String... args) throws UsageException {
    List<SipResponse> codes = new ArrayList<>();
    Locale lang = null;
    Situation situation = null;
    boolean json = false;
    boolean summary = false;
    String trace = null;
    List<String> local = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded) {
        codes.add(code(arg));
        continue;
      }
      String name = optionName(arg);
      switch (name) {
        case "-h", "--help" -> {
          return special(Command.HELP);
        }
        case "-V", "--version" -> {
          return special(Command.VERSION);
        }
        case "--" -> optionsEnded = true;
        case "--json" -> json = true;
        case SUMMARY -> summary = true;
        case LANG, SITUATION, TRACE, LOCAL -> {
          String value;
          if (name.length() < arg.length()) {
            value = arg.substring(name.length() + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw UsageException.expecting("error.missing-value", expected(name), name);
          }
          switch (name) {
            case LANG -> lang = once(lang, name, locale(value));
            case SITUATION -> situation = once(situation, name, situation(value));
            case LOCAL -> local.add(value);
            default -> trace = once(trace, name, trace(value));
          }
        }
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageException("error.unknown-option", arg);
          }
          codes.add(code(arg));
        }
      }
    }
    LocalSide side = local(local);
    if (trace != null) {
      if (!codes.isEmpty()) {
        throw new UsageException("error.codes-with-trace", Integer.toString(codes.get(0).code()));
      }
      if (situation != null) {
        throw new UsageException("error.situation-with-trace");
      }
      return new Options(Command.TRACE, List.of(), lang, null, json, trace, side, summary);
    }
    if (!local.isEmpty()) {
      throw new UsageException("error.trace-only", LOCAL);
    }
    if (summary) {
      throw new UsageException("error.trace-only", SUMMARY);
    }
    if (codes.isEmpty()) {
      throw new UsageException("error.no-code");
    }
    return new Options(Command.EXPLAIN, List.copyOf(codes), lang, situation, json, null, LocalSide.NONE, false);
  }

  private static <T> T once(@Nullable T before, String option, T value) throws UsageException {
    if (before != null) {
      throw new UsageException("error.repeated", option);
    }
    return value;
  }

  private static Options special(Command command) {
    return new Options(command, List.of(), null, null, false, null, LocalSide.NONE, false);
  }

  /**
   * The language to write a usage error in: the first valid {@code --lang} of the arguments, even if another
   * argument is bad; the system's without one.
   */
  static Locale localeForMessages(String... args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--")) {
        break;
      } else if (args[i].startsWith(LANG + "=")) {
        value = args[i].substring(LANG.length() + 1);
      } else if (args[i].equals(LANG) && i + 1 < args.length) {
        value = args[i + 1];
      }
      if (value != null) {
        try {
          return locale(value);
        } catch (UsageException e) {
          return Locale.getDefault();
        }
      }
    }
    return Locale.getDefault();
  }

  /** The option an argument names: {@code --lang} for {@code --lang=de}; the argument itself otherwise. */
  private static String optionName(String arg) {
    int equals = arg.indexOf('=');
    String name = arg.substring(0, equals == -1 ? arg.length() : equals);
    return switch (name) {
      case LANG, SITUATION, TRACE, LOCAL -> name;
      default -> arg;
    };
  }

  /** The key of what an option expects. */
  private static String expected(String option) {
    return switch (option) {
      case LANG -> "expected.lang";
      case SITUATION -> "expected.situation";
      case LOCAL -> "expected.local";
      default -> "expected.trace";
    };
  }

  /** Parses a BCP 47 language tag; {@code pt_BR} is accepted as {@code pt-BR}. */
  static Locale locale(String tag) throws UsageException {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
      if (!locale.getLanguage().isEmpty()) {
        return locale;
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    throw UsageException.expecting("error.invalid-lang", expected(LANG), tag);
  }

  /** Parses a situation as {@link Situation#key()} spells it, in any case. */
  static Situation situation(String value) throws UsageException {
    Situation situation = Situation.findByKey(value.toLowerCase(Locale.ROOT)).orElse(null);
    if (situation == null) {
      throw UsageException.expecting("error.unknown-situation", expected(SITUATION), value);
    }
    return situation;
  }

  private static LocalSide local(List<String> values) throws UsageException {
    try {
      return LocalSide.of(values);
    } catch (IllegalArgumentException e) {
      throw UsageException.expecting("error.invalid-local", expected(LOCAL), String.valueOf(e.getMessage()));
    }
  }

  private static String trace(String value) throws UsageException {
    if (value.isEmpty()) {
      throw UsageException.expecting("error.missing-value", expected(TRACE), TRACE);
    }
    return value;
  }

  /** Parses a status code: exactly three ASCII digits, 100 to 699. */
  static SipResponse code(String arg) throws UsageException {
    int code = arg.length() == 3 && arg.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(arg) : -1;
    SipResponse response = SipResponse.find(code).orElse(null);
    if (response == null) {
      throw new UsageException("error.invalid-code", arg);
    }
    return response;
  }
}
