package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.LedgerChecks;

/** {@link LedgerChecks} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaLedgerChecks implements LedgerChecks {

  @PersistenceContext private EntityManager em;

  @Override
  public Totals totals() {
    Object[] totals =
        (Object[])
            em.createNativeQuery(
                    "select (select count(*) from journal_entry), count(*),"
                        + " coalesce(sum(amount_fen), 0), (select count(*) from account)"
                        + " from posting")
                .getSingleResult();
    return new Totals(
        ((Number) totals[0]).longValue(),
        ((Number) totals[1]).longValue(),
        ((Number) totals[3]).longValue(),
        ((Number) totals[2]).longValue());
  }

  @Override
  public List<UnbalancedEntry> unbalancedEntries(int max) {
    List<UnbalancedEntry> unbalanced = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select e.id, e.business_key, s.total from journal_entry e join"
                    + " (select entry_id, sum(amount_fen) total from posting group by entry_id) s"
                    + " on s.entry_id = e.id where s.total <> 0 order by e.id")
            .setMaxResults(max)
            .getResultList()) {
      Object[] r = (Object[]) row;
      unbalanced.add(
          new UnbalancedEntry(
              ((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()));
    }
    return unbalanced;
  }

  @Override
  public List<BalanceMismatch> balanceMismatches(int max) {
    List<BalanceMismatch> mismatches = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select a.account_no, a.balance_fen, coalesce(s.total, 0) from account a left join"
                    + " (select account_id, sum(amount_fen) total from posting group by account_id) s"
                    + " on s.account_id = a.id where a.balance_fen <> coalesce(s.total, 0)"
                    + " order by a.account_no")
            .setMaxResults(max)
            .getResultList()) {
      Object[] r = (Object[]) row;
      mismatches.add(
          new BalanceMismatch(
              (String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }
    return mismatches;
  }

  @Override
  public List<TypeBalance> balancesByType() {
    List<TypeBalance> lines = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select a.type, count(a), coalesce(sum(a.balanceFen), 0) from Account a"
                    + " group by a.type order by a.type",
                Object[].class)
            .getResultList()) {
      lines.add(
          new TypeBalance(
              (AccountType) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
    }
    return lines;
  }
}
