package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.Money;

/** {@link AccountRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public Money totalPurseBalance() {
    Long sum =
        em.createQuery(
                "select coalesce(sum(a.balanceFen), 0) from Account a where a.type = :type",
                Long.class)
            .setParameter("type", AccountType.CARDHOLDER_PURSE)
            .getSingleResult();
    return Money.ofFen(sum);
  }
}
