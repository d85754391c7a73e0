package org.yikatong.terminal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Terminals and readers. */
public interface TerminalRepository {

  void add(Terminal terminal);

  /** The terminal with this id (ISO 8583 field 41). */
  Optional<Terminal> findByCode(String code);

  /** The terminal with this id, locked for update until the transaction ends. */
  Optional<Terminal> lockByCode(String code);

  /** Every terminal, ordered by terminal id. */
  List<Terminal> findAll();

  long count();

  /** How many terminals are enabled. */
  long countEnabled();

  /** How many enabled terminals were last heard from at or after this instant. */
  long countEnabledSeenSince(Instant since);
}
