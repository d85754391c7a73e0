package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;
import org.yikatong.kernel.infrastructure.LockingQueries;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.terminal.domain.Merchant;

/** {@link AccountRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByNo(String accountNo) {
    return em.createQuery("select a from Account a where a.accountNo = :no", Account.class)
        .setParameter("no", accountNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findOf(CardHolder holder, AccountType type) {
    return em.createQuery(
            "select a from Account a where a.holder = :h and a.type = :t", Account.class)
        .setParameter("h", holder)
        .setParameter("t", type)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Account system(AccountType type) {
    return findByNo(type.systemAccountNo())
        .orElseThrow(() -> new IllegalStateException("System account missing: " + type));
  }

  @Override
  public Account takings(Merchant merchant, int stripe) {
    return findByNo("M" + merchant.getCode() + "-T" + stripe)
        .orElseThrow(
            () -> new IllegalStateException("No takings stripe " + stripe + " for " + merchant));
  }

  @Override
  public Account settled(Merchant merchant) {
    return findByNo("M" + merchant.getCode() + "-S")
        .orElseThrow(() -> new IllegalStateException("No settled account for " + merchant));
  }

  @Override
  public List<Account> findByType(AccountType type) {
    return em.createQuery(
            "select a from Account a where a.type = :t order by a.accountNo", Account.class)
        .setParameter("t", type)
        .getResultList();
  }

  @Override
  public List<Account> lock(List<Account> accounts) {
    List<Account> ordered = new ArrayList<>(accounts);
    ordered.sort(Comparator.comparing(Account::getId));
    List<Account> locked = new ArrayList<>();
    for (Account account : ordered) {
      // refresh with a lock: SELECT ... FOR UPDATE, and the balance as it is once locked.
      em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
      locked.add(account);
    }
    return locked;
  }

  @Override
  public List<Account> lockOf(CardHolder holder, Collection<AccountType> types) {
    return LockingQueries.lockedResults(
        em,
        em.createQuery(
                "select a from Account a where a.holder = :h and a.type in :types order by a.id",
                Account.class)
            .setParameter("h", holder)
            .setParameter("types", types),
        Account.class);
  }

  @Override
  public void forceVersionIncrement(Account account) {
    em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public Money currentBalance(Account account) {
    Number fen =
        (Number)
            em.createNativeQuery("select balance_fen from account where id = ?")
                .setParameter(1, account.getId())
                .getSingleResult();
    return Money.ofFen(fen.longValue());
  }

  @Override
  public Money totalPurseBalance() {
    Long sum =
        em.createQuery(
                "select coalesce(sum(a.balanceFen), 0) from Account a where a.type in :types",
                Long.class)
            .setParameter(
                "types", List.of(AccountType.CARDHOLDER_PURSE, AccountType.CARDHOLDER_SUBSIDY))
            .getSingleResult();
    return Money.ofFen(sum);
  }
}
