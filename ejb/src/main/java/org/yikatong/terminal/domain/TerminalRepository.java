package org.yikatong.terminal.domain;

/** Terminals and readers. */
public interface TerminalRepository {

  void add(Terminal terminal);

  long count();
}
