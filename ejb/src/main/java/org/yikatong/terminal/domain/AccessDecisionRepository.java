package org.yikatong.terminal.domain;

import java.util.List;
import java.util.Optional;

/** Recorded access checks. */
public interface AccessDecisionRepository {

  void add(AccessDecision decision);

  /** The decision recorded for a reader's request (its RRN), if the reader asked before. */
  Optional<AccessDecision> findByRrn(String readerCode, String rrn);

  /** The latest decisions, newest first, of one reader or of all ({@code readerCode} empty). */
  List<AccessDecision> latest(String readerCode, int max);
}
