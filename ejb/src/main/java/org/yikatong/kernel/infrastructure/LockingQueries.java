package org.yikatong.kernel.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads rows and locks them ({@code SELECT ... FOR UPDATE}) in one statement, with the state as
 * locked.
 *
 * <p>A locking query alone is not enough when the persistence context holds one of the entities
 * already: the row is locked, but the managed instance keeps the state read earlier, before the
 * lock, which another transaction may have changed since. So the entities of the queried type that
 * were managed before the query are noted, and those among the results are refreshed under the lock
 * they hold. An entity first read by the locking query costs that one statement.
 */
public final class LockingQueries {

  private LockingQueries() {}

  /**
   * The one entity a query by a unique key finds, locked for update with its state as read under
   * the lock. When this transaction has locked it already, it is returned as held: a row locked
   * here cannot have changed since.
   *
   * @param isIt whether a managed entity is the one the query finds
   */
  public static <T> Optional<T> lockedByKey(
      EntityManager em, TypedQuery<T> query, Class<T> entityType, Predicate<T> isIt) {
    Optional<T> held = ManagedEntities.find(em, entityType, isIt);
    if (held.isPresent() && em.getLockMode(held.get()) == LockModeType.PESSIMISTIC_WRITE) {
      return held;
    }
    return lockedResults(em, query, entityType).stream().findFirst();
  }

  /** The query's results, locked for update, each with its state as read under the lock. */
  public static <T> List<T> lockedResults(
      EntityManager em, TypedQuery<T> query, Class<T> entityType) {
    Set<Object> managedBefore = ManagedEntities.of(em, entityType);
    List<T> results = query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    for (T result : results) {
      if (managedBefore.contains(result)) {
        em.refresh(result, LockModeType.PESSIMISTIC_WRITE);
      }
    }
    return results;
  }
}
