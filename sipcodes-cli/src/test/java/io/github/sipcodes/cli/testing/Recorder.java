package io.github.sipcodes.cli.testing;

import io.github.sipcodes.cli.message.CapturedMessage;
import io.github.sipcodes.cli.message.MessageListener;
import io.github.sipcodes.cli.message.Unreadable;
import io.github.sipcodes.cli.source.CaptureSource;
import io.github.sipcodes.cli.source.ReadSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Records what a source delivers: the messages, and each problem as {@code KIND@frame}. */
public final class Recorder implements MessageListener {

  /** What reading one input gave. */
  public record Result(ReadSummary summary, List<CapturedMessage> messages, List<String> problems) {

    /** The messages' texts. */
    public List<String> texts() {
      return messages.stream().map(CapturedMessage::text).toList();
    }

    /** Each message as {@code frame source -> destination TRANSPORT time: start line}. */
    public List<String> lines() {
      return messages.stream().map(Recorder::line).toList();
    }
  }

  public final List<CapturedMessage> messages = new ArrayList<>();
  public final List<String> problems = new ArrayList<>();

  @Override
  public void message(CapturedMessage message) {
    messages.add(message);
  }

  @Override
  public void unreadable(Unreadable kind, long frame) {
    problems.add(kind + "@" + frame);
  }

  /** Reads a whole input. */
  public static Result read(byte[] input) {
    Recorder recorder = new Recorder();
    try {
      ReadSummary summary = CaptureSource.read(new ByteArrayInputStream(input), recorder);
      return new Result(summary, recorder.messages, recorder.problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A message in one line: where, when, between whom, and its start line. */
  public static String line(CapturedMessage message) {
    return (message.frame().isPresent() ? "#" + message.frame().getAsLong() : "-")
        + " " + message.source().map(Object::toString).orElse("?")
        + " -> " + message.destination().map(Object::toString).orElse("?")
        + " " + message.transport()
        + " " + message.time().map(Object::toString).orElse("no-time")
        + ": " + message.startLine();
  }
}
