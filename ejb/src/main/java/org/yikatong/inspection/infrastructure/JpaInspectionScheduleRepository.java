package org.yikatong.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.inspection.domain.InspectionSchedule;
import org.yikatong.inspection.domain.InspectionScheduleRepository;

/** {@link InspectionScheduleRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaInspectionScheduleRepository implements InspectionScheduleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(InspectionSchedule schedule) {
    em.persist(schedule);
  }

  @Override
  public Optional<InspectionSchedule> findById(long id) {
    return Optional.ofNullable(em.find(InspectionSchedule.class, id));
  }

  @Override
  public List<InspectionSchedule> findAll() {
    return em.createQuery(
            "select s from InspectionSchedule s join fetch s.template order by s.id",
            InspectionSchedule.class)
        .getResultList();
  }

  @Override
  public List<InspectionSchedule> findActive() {
    return em.createQuery(
            "select s from InspectionSchedule s join fetch s.template where s.active = true",
            InspectionSchedule.class)
        .getResultList();
  }
}
