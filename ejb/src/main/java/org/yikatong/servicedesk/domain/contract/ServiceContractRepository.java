package org.yikatong.servicedesk.domain.contract;

import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.calendar.DutyCalendar;

/** Service contracts with their SLA targets. */
public interface ServiceContractRepository {

  void add(ServiceContract contract);

  Optional<ServiceContract> findById(long id);

  Optional<ServiceContract> findByCode(String code);

  boolean existsByCode(String code);

  /** The contract tickets get when they name none. */
  Optional<ServiceContract> findDefault();

  /** Every contract, by code. */
  List<ServiceContract> findAll();

  /** The contracts counting on this calendar. */
  List<ServiceContract> findByCalendar(DutyCalendar calendar);

  /** Locks a contract read unlocked, for update until the transaction ends. */
  void lock(ServiceContract contract);

  /**
   * Writes the transaction's pending changes (contracts, targets, calendar days) to the database
   * now, before the open tickets they concern are locked and rescheduled.
   */
  void flush();
}
