package org.yikatong.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.inspection.domain.InspectionTemplate;
import org.yikatong.inspection.domain.InspectionTemplateRepository;

/** {@link InspectionTemplateRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaInspectionTemplateRepository implements InspectionTemplateRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(InspectionTemplate template) {
    em.persist(template);
  }

  @Override
  public Optional<InspectionTemplate> findById(long id) {
    return Optional.ofNullable(em.find(InspectionTemplate.class, id));
  }

  @Override
  public List<InspectionTemplate> findAll() {
    return em.createQuery(
            "select t from InspectionTemplate t order by t.id", InspectionTemplate.class)
        .getResultList();
  }

  @Override
  public List<Long> findIdsByName(String name) {
    return em.createQuery("select t.id from InspectionTemplate t where t.name = :n", Long.class)
        .setParameter("n", name)
        .getResultList();
  }
}
