package org.yikatong.servicedesk.application;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with one line of a file, by its line number (the header is line 1): a code the
 * console words in its reader's language with the values in {@code args}, and the same in English
 * ({@code message}) for the API and the logs.
 */
public record LineError(int line, String code, List<String> args, String message)
    implements Serializable, Comparable<LineError> {

  public LineError {
    args = List.copyOf(args);
  }

  /** The problem on that line. */
  public static LineError at(int line, Problem problem) {
    return new LineError(line, problem.code(), problem.args(), problem.message());
  }

  @Override
  public int compareTo(LineError other) {
    return Integer.compare(line, other.line);
  }

  @Override
  public String toString() {
    return "Line " + line + ": " + message;
  }

  /** A problem of a line, before its line is known. */
  public record Problem(String code, List<String> args, String message) implements Serializable {

    /**
     * @param args the values the wording names, in order
     */
    public static Problem of(String code, String message, Object... args) {
      return new Problem(code, Arrays.stream(args).map(String::valueOf).toList(), message);
    }
  }
}
