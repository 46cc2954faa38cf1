package io.github.sipcodes.cli;

import io.github.sipcodes.SipResponse;
import io.github.sipcodes.Situation;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line.
 *
 * <p>Options and codes may come in any order; an option's value follows it as the next argument or after {@code =}
 * ({@code --lang de}, {@code --lang=de}). {@code --help} and {@code --version} win over everything after them. Codes and
 * {@code --trace} exclude each other, and so do {@code --trace} and {@code --json}.
 *
 * @param command what to do
 * @param codes the codes to explain, in the order given; empty for anything but {@link Command#EXPLAIN}
 * @param locale the language of the explanations
 * @param situation the situation for the explanations, or {@code null} for the general text
 * @param json whether to write one JSON object per code instead of text
 * @param trace the trace file to read, {@code "-"} for standard input, or {@code null}
 */
record Options(
    Command command,
    List<SipResponse> codes,
    Locale locale,
    @Nullable Situation situation,
    boolean json,
    @Nullable String trace) {

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

  /**
   * Parses the arguments.
   *
   * @throws UsageException naming the first bad argument
   */
  static Options parse(String... args) throws UsageException {
    List<SipResponse> codes = new ArrayList<>();
    Locale locale = Locale.getDefault();
    Situation situation = null;
    boolean json = false;
    String trace = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = optionName(arg);
      switch (name) {
        case "-h", "--help" -> {
          return special(Command.HELP);
        }
        case "-V", "--version" -> {
          return special(Command.VERSION);
        }
        case "--json" -> json = true;
        case LANG, SITUATION, TRACE -> {
          String value;
          if (name.length() < arg.length()) {
            value = arg.substring(name.length() + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw new UsageException("missing value for " + name + " (expected " + expected(name) + ")");
          }
          switch (name) {
            case LANG -> locale = locale(value);
            case SITUATION -> situation = situation(value);
            default -> trace = trace(value);
          }
        }
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option: " + arg + " (see --help)");
          }
          codes.add(code(arg));
        }
      }
    }
    if (trace != null) {
      if (!codes.isEmpty()) {
        throw new UsageException("status codes cannot be combined with --trace: " + codes.get(0).code());
      }
      if (json) {
        throw new UsageException("--json cannot be combined with --trace");
      }
      return new Options(Command.TRACE, List.of(), locale, situation, false, trace);
    }
    if (codes.isEmpty()) {
      throw new UsageException("no status code given (see --help)");
    }
    return new Options(Command.EXPLAIN, List.copyOf(codes), locale, situation, json, null);
  }

  private static Options special(Command command) {
    return new Options(command, List.of(), Locale.ROOT, null, false, null);
  }

  /** The option an argument names: {@code --lang} for {@code --lang=de}; the argument itself otherwise. */
  private static String optionName(String arg) {
    int equals = arg.indexOf('=');
    String name = arg.substring(0, equals == -1 ? arg.length() : equals);
    return switch (name) {
      case LANG, SITUATION, TRACE -> name;
      default -> arg;
    };
  }

  private static String expected(String option) {
    return switch (option) {
      case LANG -> "a language tag such as en, de or pt-BR";
      case SITUATION -> "outgoing, incoming or registration";
      default -> "a file name, or - for standard input";
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
    throw new UsageException("invalid language tag: " + tag + " (expected " + expected(LANG) + ")");
  }

  /** Parses a situation as {@link Situation#key()} spells it. */
  static Situation situation(String value) throws UsageException {
    return Situation.findByKey(value)
        .orElseThrow(
            () -> new UsageException("unknown situation: " + value + " (expected " + expected(SITUATION) + ")"));
  }

  private static String trace(String value) throws UsageException {
    if (value.isEmpty()) {
      throw new UsageException("missing value for " + TRACE + " (expected " + expected(TRACE) + ")");
    }
    return value;
  }

  /** Parses a status code: exactly three ASCII digits, 100 to 699. */
  static SipResponse code(String arg) throws UsageException {
    int code = arg.length() == 3 && arg.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(arg) : -1;
    return SipResponse.find(code)
        .orElseThrow(
            () -> new UsageException("invalid status code: " + arg + " (expected a number from 100 to 699)"));
  }
}
