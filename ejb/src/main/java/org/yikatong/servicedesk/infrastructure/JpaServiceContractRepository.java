package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.ServiceContractRepository;

/** {@link ServiceContractRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaServiceContractRepository implements ServiceContractRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(ServiceContract contract) {
    em.persist(contract);
  }

  @Override
  public Optional<ServiceContract> findById(long id) {
    return Optional.ofNullable(em.find(ServiceContract.class, id));
  }

  @Override
  public Optional<ServiceContract> findByCode(String code) {
    return em.createQuery(
            "select c from ServiceContract c where c.code = :c", ServiceContract.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean existsByCode(String code) {
    return !em.createQuery("select c from ServiceContract c where c.code = :c")
        .setParameter("c", code)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<ServiceContract> findDefault() {
    return em.createQuery(
            "select c from ServiceContract c where c.defaultContract = true", ServiceContract.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ServiceContract> findAll() {
    return em.createQuery("select c from ServiceContract c order by c.code", ServiceContract.class)
        .getResultList();
  }

  @Override
  public List<ServiceContract> findByCalendar(DutyCalendar calendar) {
    return em.createQuery(
            "select c from ServiceContract c where c.calendar = :cal", ServiceContract.class)
        .setParameter("cal", calendar)
        .getResultList();
  }

  @Override
  public void lock(ServiceContract contract) {
    em.lock(contract, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
