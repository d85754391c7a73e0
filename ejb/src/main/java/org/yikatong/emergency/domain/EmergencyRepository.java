package org.yikatong.emergency.domain;

import java.util.List;
import java.util.Optional;

/** Emergencies. */
public interface EmergencyRepository {

  /** Stores a new emergency; its id is assigned here. */
  void add(Emergency emergency);

  Optional<Emergency> findById(long id);

  /** The emergency, locked for update until the transaction ends. */
  Optional<Emergency> lockById(long id);

  /** The active emergencies, newest first. */
  List<Emergency> active();

  /**
   * Locks the active emergencies until the transaction ends, newest first: two declarations at once
   * then check their overlap one after the other.
   */
  List<Emergency> lockActive();

  /**
   * Locks the declarations' guard row until the transaction ends ({@link DeclarationGuard}): one
   * declaration at a time in the cluster.
   */
  void lockDeclarations();

  /** Emergencies, newest first, at most {@code max}; only active ones when asked. */
  List<Emergency> latest(boolean activeOnly, int max);
}
