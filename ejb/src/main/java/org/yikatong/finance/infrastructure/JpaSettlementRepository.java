package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.finance.domain.settlement.DayCloseSummary;
import org.yikatong.finance.domain.settlement.KindTotal;
import org.yikatong.finance.domain.settlement.MerchantKindTotal;
import org.yikatong.finance.domain.settlement.SettlementItem;
import org.yikatong.finance.domain.settlement.SettlementRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryKind;

/**
 * {@link SettlementRepository} over JPA: reads the ledger's postings on merchants' takings stripes
 * and its day closes; writes nothing. Joins the caller's transaction.
 */
@ApplicationScoped
public class JpaSettlementRepository implements SettlementRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<SettlementItem> items(String merchantCode, LocalDate businessDate) {
    return em
        .createQuery(
            "select e.id, e.kind, e.businessKey, e.postedAt, e.occurredAt, p.amountFen, c.id,"
                + " c.serialNo, e.terminalCode, o.id, e.description"
                + " from Posting p join p.entry e join p.account a join a.merchant m"
                + " left join e.card c left join e.corrects o"
                + " where m.code = :m and a.type = :takings and e.businessDate = :d"
                + " and e.kind <> :settlement order by e.id, p.id",
            Object[].class)
        .setParameter("m", merchantCode)
        .setParameter("takings", AccountType.MERCHANT_TAKINGS)
        .setParameter("d", businessDate)
        .setParameter("settlement", EntryKind.SETTLEMENT)
        .getResultList()
        .stream()
        .map(
            r ->
                new SettlementItem(
                    ((Number) r[0]).longValue(),
                    null,
                    (EntryKind) r[1],
                    (String) r[2],
                    (java.time.Instant) r[3],
                    (java.time.Instant) r[4],
                    ((Number) r[5]).longValue(),
                    r[6] == null ? null : CardNumber.of(((Number) r[6]).longValue()),
                    (String) r[7],
                    (String) r[8],
                    r[9] == null ? null : ((Number) r[9]).longValue(),
                    (String) r[10]))
        .toList();
  }

  @Override
  public List<MerchantKindTotal> dayTotals(LocalDate businessDate) {
    return em
        .createQuery(
            "select m.code, e.kind, count(distinct e.id), sum(p.amountFen)"
                + " from Posting p join p.entry e join p.account a join a.merchant m"
                + " where a.type = :takings and e.businessDate = :d and e.kind <> :settlement"
                + " group by m.code, e.kind",
            Object[].class)
        .setParameter("takings", AccountType.MERCHANT_TAKINGS)
        .setParameter("d", businessDate)
        .setParameter("settlement", EntryKind.SETTLEMENT)
        .getResultList()
        .stream()
        .map(
            r ->
                new MerchantKindTotal(
                    (String) r[0],
                    new KindTotal(
                        (EntryKind) r[1],
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue())))
        .toList();
  }

  @Override
  public List<DayCloseSummary> closes(LocalDate from, LocalDate to) {
    return em
        .createQuery(
            "select d.businessDate, d.closedAt, d.closedBy, count(t.id),"
                + " coalesce(sum(t.paymentCount), 0), coalesce(sum(t.paymentsFen), 0),"
                + " coalesce(sum(t.netFen), 0)"
                + " from DayClose d left join d.totals t"
                + " where d.businessDate between :f and :t"
                + " group by d.id, d.businessDate, d.closedAt, d.closedBy"
                + " order by d.businessDate desc",
            Object[].class)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList()
        .stream()
        .map(
            r ->
                new DayCloseSummary(
                    (LocalDate) r[0],
                    (java.time.Instant) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()))
        .toList();
  }
}
