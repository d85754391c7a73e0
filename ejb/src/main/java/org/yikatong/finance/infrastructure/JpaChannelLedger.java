package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yikatong.finance.domain.reconciliation.ChannelLedger;
import org.yikatong.finance.domain.reconciliation.Flow;
import org.yikatong.finance.domain.reconciliation.LedgerMovement;
import org.yikatong.finance.domain.reconciliation.Outcome;
import org.yikatong.finance.domain.reconciliation.RunStatus;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.ledger.domain.TopUpOrder;

/**
 * {@link ChannelLedger} over JPA: reads the ledger's top-up orders, journal entries and postings
 * (read only), and the runs' items to leave out what another run settled.
 */
@ApplicationScoped
public class JpaChannelLedger implements ChannelLedger {

  /** At most this many values in one {@code IN} list (Oracle takes 1000). */
  private static final int CHUNK = 500;

  private static final String TOP_UP =
      "select e.id, o.orderNo, o.channelTxnNo, o.amountFen, o.paidAt, a.accountNo"
          + " from TopUpOrder o join o.entry e, Account a"
          + " where a.holder = o.holder and a.type = :purse and o.channel = :c"
          + " and o.status in :paid";

  @PersistenceContext private EntityManager em;

  /** A movement as read. */
  record Row(
      Long entryId,
      String orderNo,
      String channelTxnNo,
      Long amountFen,
      Instant at,
      String purseAccountNo) {

    static Row of(Object[] columns) {
      return new Row(
          ((Number) columns[0]).longValue(),
          (String) columns[1],
          (String) columns[2],
          columns[3] == null ? null : ((Number) columns[3]).longValue(),
          (Instant) columns[4],
          (String) columns[5]);
    }
  }

  @Override
  public List<LedgerMovement> movements(
      PaymentChannel channel,
      Instant from,
      Instant to,
      Collection<String> orderNos,
      Collection<String> channelTxnNos) {
    Map<Long, LedgerMovement> found = new LinkedHashMap<>();
    topUps(channel, " and o.paidAt >= :from and o.paidAt < :to", from, to, null)
        .forEach(r -> found.putIfAbsent(r.entryId(), movement(r, Flow.PAYMENT)));
    for (List<String> chunk : chunks(orderNos)) {
      topUps(channel, " and o.orderNo in :refs", null, null, chunk)
          .forEach(r -> found.putIfAbsent(r.entryId(), movement(r, Flow.PAYMENT)));
    }
    for (List<String> chunk : chunks(channelTxnNos)) {
      topUps(channel, " and o.channelTxnNo in :refs", null, null, chunk)
          .forEach(r -> found.putIfAbsent(r.entryId(), movement(r, Flow.PAYMENT)));
    }
    refunds(channel, from, to)
        .forEach(r -> found.putIfAbsent(r.entryId(), movement(r, Flow.REFUND)));
    Set<Long> settled = settledElsewhere(found.keySet());
    return found.values().stream().filter(m -> !settled.contains(m.entryId())).toList();
  }

  @Override
  public Optional<String> purseOfOrder(PaymentChannel channel, String orderNo) {
    return em.createQuery(
            "select a.accountNo from TopUpOrder o, Account a where o.orderNo = :n"
                + " and o.channel = :c and a.holder = o.holder and a.type = :purse",
            String.class)
        .setParameter("n", orderNo)
        .setParameter("c", channel)
        .setParameter("purse", AccountType.CARDHOLDER_PURSE)
        .getResultStream()
        .findFirst();
  }

  private List<Row> topUps(
      PaymentChannel channel, String condition, Instant from, Instant to, List<String> refs) {
    TypedQuery<Object[]> query =
        em.createQuery(TOP_UP + condition, Object[].class)
            .setParameter("purse", AccountType.CARDHOLDER_PURSE)
            .setParameter("c", channel)
            .setParameter("paid", List.of(TopUpOrder.Status.PAID, TopUpOrder.Status.PAID_LATE));
    if (from != null) {
      query.setParameter("from", from).setParameter("to", to);
    }
    if (refs != null) {
      query.setParameter("refs", refs);
    }
    return query.getResultList().stream().map(Row::of).toList();
  }

  /**
   * Entries of the time that correct a top-up of the channel and pay money out of its clearing
   * account: refunds through the channel. Reconciliation's own adjustments are left out.
   */
  private List<Row> refunds(PaymentChannel channel, Instant from, Instant to) {
    return em
        .createQuery(
            "select e.id, o.orderNo, o.channelTxnNo, p.amountFen, e.occurredAt, a.accountNo"
                + " from JournalEntry e join e.postings p, TopUpOrder o, Account a"
                + " where o.entry = e.corrects and o.channel = :c"
                + " and p.account.type = :clearing and p.amountFen > 0"
                + " and e.postedAt >= :from and e.postedAt < :to"
                + " and a.holder = o.holder and a.type = :purse"
                + " and not exists (select i.id from ReconciliationItem i"
                + " where i.adjustment.entry = e)",
            Object[].class)
        .setParameter("c", channel)
        .setParameter("clearing", channel.clearing())
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("purse", AccountType.CARDHOLDER_PURSE)
        .getResultList()
        .stream()
        .map(Row::of)
        .toList();
  }

  /** Of these entries, those a statement line of a run was matched with, or a closed run holds. */
  private Set<Long> settledElsewhere(Collection<Long> entryIds) {
    Set<Long> settled = new HashSet<>();
    for (List<Long> chunk : chunks(entryIds)) {
      settled.addAll(
          em.createQuery(
                  "select i.ledgerEntryId from ReconciliationItem i where i.ledgerEntryId in :ids"
                      + " and (i.outcome in :matched or i.run.status = :closed)",
                  Long.class)
              .setParameter("ids", chunk)
              .setParameter("matched", List.of(Outcome.MATCHED, Outcome.AMOUNT_MISMATCH))
              .setParameter("closed", RunStatus.CLOSED)
              .getResultList());
    }
    return settled;
  }

  private static LedgerMovement movement(Row r, Flow flow) {
    return new LedgerMovement(
        r.entryId(),
        flow,
        r.orderNo(),
        // A refund is no transaction of the channel's the ledger kept: the top-up's number is not
        // the refund's.
        flow == Flow.PAYMENT ? r.channelTxnNo() : null,
        r.amountFen() == null ? 0 : r.amountFen(),
        Objects.requireNonNull(r.at(), "at"),
        r.purseAccountNo());
  }

  private static <T> List<List<T>> chunks(Collection<T> values) {
    List<T> all = values.stream().filter(Objects::nonNull).distinct().toList();
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
