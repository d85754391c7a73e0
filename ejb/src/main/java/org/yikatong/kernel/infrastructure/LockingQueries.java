package org.yikatong.kernel.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * Reads rows and locks them ({@code SELECT ... FOR UPDATE}) in one statement, with the state as
 * locked.
 *
 * <p>A locking query serves only when the persistence context holds no entity of the type yet: an
 * entity it held would keep the state read before the lock, and Hibernate fails such a query when
 * the row's version moved on since. Then the rows are read, and each is locked and read again
 * ({@code refresh}). An entity first read by the locking query costs that one statement.
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
    if (!ManagedEntities.any(em, entityType)) {
      return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
    // A locking query that meets an entity managed already checks its version and fails if another
    // transaction changed the row since it was read here; so does a lock taken on the entity. So
    // read first, then lock each row by its id in SQL and read it again, in the query's order.
    List<T> results = query.getResultList();
    AbstractEntityPersister persister =
        (AbstractEntityPersister)
            em.unwrap(SessionImplementor.class)
                .getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(entityType);
    String idColumn = persister.getIdentifierColumnNames()[0];
    String lock =
        "select "
            + idColumn
            + " from "
            + persister.getTableName()
            + " where "
            + idColumn
            + " = ? for update";
    for (T result : results) {
      em.createNativeQuery(lock)
          .setParameter(
              1, em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(result))
          .getResultList();
      em.refresh(result);
    }
    return results;
  }
}
