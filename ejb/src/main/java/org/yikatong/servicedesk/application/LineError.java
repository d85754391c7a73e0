package org.yikatong.servicedesk.application;

import java.io.Serializable;

/** What is wrong with one line of a file, by its line number (the header is line 1). */
public record LineError(int line, String message) implements Serializable, Comparable<LineError> {

  @Override
  public int compareTo(LineError other) {
    return Integer.compare(line, other.line);
  }

  @Override
  public String toString() {
    return "Line " + line + ": " + message;
  }
}
