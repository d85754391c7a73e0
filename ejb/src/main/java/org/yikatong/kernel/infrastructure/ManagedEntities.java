package org.yikatong.kernel.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;

/**
 * What the persistence context of the current transaction holds already. A transaction holds a
 * handful of entities, so looking through them costs less than a round trip to the database.
 */
public final class ManagedEntities {

  private ManagedEntities() {}

  /** Whether the persistence context manages any entity of the type. */
  public static boolean any(EntityManager em, Class<?> entityType) {
    return find(em, entityType, e -> true).isPresent();
  }

  /**
   * A managed entity of the type that matches, as a query by a unique key would return it from this
   * persistence context; empty when none is held yet.
   */
  public static <T> Optional<T> find(EntityManager em, Class<T> entityType, Predicate<T> matches) {
    for (Map.Entry<Object, EntityEntry> entry :
        em.unwrap(SessionImplementor.class)
            .getPersistenceContextInternal()
            .reentrantSafeEntityEntries()) {
      if (entityType.isInstance(entry.getKey()) && entry.getValue().getStatus() == Status.MANAGED) {
        T candidate = entityType.cast(entry.getKey());
        if (matches.test(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
