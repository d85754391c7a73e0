package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.calendar.DutyCalendarRepository;

/** {@link DutyCalendarRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaDutyCalendarRepository implements DutyCalendarRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(DutyCalendar calendar) {
    em.persist(calendar);
  }

  @Override
  public Optional<DutyCalendar> findByCode(String code) {
    return em.createQuery("select c from DutyCalendar c where c.code = :c", DutyCalendar.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean existsByCode(String code) {
    return !em.createQuery("select c from DutyCalendar c where c.code = :c")
        .setParameter("c", code)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<DutyCalendar> findAll() {
    return em.createQuery("select c from DutyCalendar c order by c.code", DutyCalendar.class)
        .getResultList();
  }

  @Override
  public void lock(DutyCalendar calendar) {
    em.lock(calendar, LockModeType.PESSIMISTIC_WRITE);
  }
}
