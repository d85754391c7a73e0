package org.yikatong.kernel.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** The entities of a type that the persistence context manages (not those removed). */
  public static Set<Object> of(EntityManager em, Class<?> entityType) {
    Set<Object> managed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Map.Entry<Object, EntityEntry> entry :
        em.unwrap(SessionImplementor.class)
            .getPersistenceContextInternal()
            .reentrantSafeEntityEntries()) {
      if (entityType.isInstance(entry.getKey()) && entry.getValue().getStatus() == Status.MANAGED) {
        managed.add(entry.getKey());
      }
    }
    return managed;
  }

  /**
   * A managed entity of the type that matches, as a query by a unique key would return it from this
   * persistence context; empty when none is held yet.
   */
  public static <T> Optional<T> find(EntityManager em, Class<T> entityType, Predicate<T> matches) {
    for (Object entity : of(em, entityType)) {
      T candidate = entityType.cast(entity);
      if (matches.test(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
