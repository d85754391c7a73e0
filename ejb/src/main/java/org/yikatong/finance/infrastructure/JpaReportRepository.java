package org.yikatong.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yikatong.card.domain.Card;
import org.yikatong.cardadapter.api.CardNumber;
import org.yikatong.finance.domain.report.JournalLine;
import org.yikatong.finance.domain.report.JournalQuery;
import org.yikatong.finance.domain.report.KindSum;
import org.yikatong.finance.domain.report.PostingLine;
import org.yikatong.finance.domain.report.PurseMovement;
import org.yikatong.finance.domain.report.ReportRepository;
import org.yikatong.finance.domain.report.SubsidyBatchUsage;
import org.yikatong.finance.domain.report.SuspenseItem;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.ledger.domain.SubsidyBatch;

/**
 * {@link ReportRepository} over JPA: reads the ledger's entries, postings, accounts, subsidy
 * batches and top-up orders; writes nothing. Joins the caller's transaction.
 *
 * <p>A journal search first finds the ids of a page (one statement, the conditions on the entry and
 * what it names), then loads those entries with their card, holder and merchant, and their
 * postings, in two more.
 */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public long count(JournalQuery query) {
    Where where = where(query);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from JournalEntry e" + where.jpql(), Long.class);
    where.bind(count);
    return count.getSingleResult();
  }

  @Override
  public List<JournalLine> search(JournalQuery query, int first, int max) {
    Where where = where(query);
    TypedQuery<Long> ids =
        em.createQuery(
            "select e.id from JournalEntry e" + where.jpql() + " order by e.id desc", Long.class);
    where.bind(ids);
    return lines(ids.setFirstResult(first).setMaxResults(max).getResultList());
  }

  @Override
  public List<JournalLine> searchBefore(JournalQuery query, Long beforeId, int max) {
    Where where = where(query);
    String jpql = where.jpql();
    if (beforeId != null) {
      jpql += (jpql.isEmpty() ? " where " : " and ") + "e.id < :before";
    }
    TypedQuery<Long> ids =
        em.createQuery(
            "select e.id from JournalEntry e" + jpql + " order by e.id desc", Long.class);
    where.bind(ids);
    if (beforeId != null) {
      ids.setParameter("before", beforeId);
    }
    return lines(ids.setMaxResults(max).getResultList());
  }

  @Override
  public void clear() {
    em.clear();
  }

  /** The conditions of a query on the entry {@code e} and their parameters. */
  private record Where(List<String> conditions, Map<String, Object> parameters) {

    String jpql() {
      return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    void bind(TypedQuery<?> query) {
      parameters.forEach(query::setParameter);
    }
  }

  private Where where(JournalQuery q) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (q.card() != null) {
      Optional<Long> id = CardNumber.idOf(q.card());
      if (id.isPresent()) {
        conditions.add("e.card.id = :cardId");
        parameters.put("cardId", id.get());
      } else {
        conditions.add("e.card.id in (select c.id from Card c where c.serialNo = :serial)");
        parameters.put("serial", q.card());
      }
    }
    if (q.holderNo() != null) {
      // The holder's cards' entries (payments, deposits, fees), and those on their purses (top-ups,
      // subsidies, refunds): each side read through its own index.
      conditions.add(
          "(e.card.id in (select c.id from Card c where c.holder.holderNo = :holder)"
              + " or e.id in (select p.entry.id from Posting p where p.account.id in"
              + " (select a.id from Account a where a.holder.holderNo = :holder)))");
      parameters.put("holder", q.holderNo());
    }
    if (q.merchantCode() != null) {
      conditions.add("e.merchant.id in (select m.id from Merchant m where m.code = :merchant)");
      parameters.put("merchant", q.merchantCode());
    }
    if (q.terminalId() != null) {
      conditions.add("e.terminalCode = :terminal");
      parameters.put("terminal", q.terminalId());
    }
    if (q.kind() != null) {
      conditions.add("e.kind = :kind");
      parameters.put("kind", q.kind());
    }
    if (q.channelRef() != null) {
      // The channel's transaction number is in the business key of what it paid; an order number
      // leads to the entry its order was paid with.
      List<String> keys = new ArrayList<>();
      for (PaymentChannel channel : PaymentChannel.values()) {
        keys.add("CHANNEL:" + channel + ":" + q.channelRef());
      }
      conditions.add(
          "(e.businessKey in :channelKeys or e.id in (select o.entry.id from TopUpOrder o"
              + " where o.orderNo = :channelRef or o.channelTxnNo = :channelRef))");
      parameters.put("channelKeys", keys);
      parameters.put("channelRef", q.channelRef());
    }
    if (q.from() != null) {
      conditions.add("e.businessDate >= :from");
      parameters.put("from", q.from());
    }
    if (q.to() != null) {
      conditions.add("e.businessDate <= :to");
      parameters.put("to", q.to());
    }
    return new Where(conditions, parameters);
  }

  /**
   * What a report reads of an entry besides itself, in the same query: the card with its holder,
   * the merchant and, where asked, the entry it corrects.
   */
  private jakarta.persistence.EntityGraph<JournalEntry> withCardHolderAndMerchant(
      boolean corrects) {
    jakarta.persistence.EntityGraph<JournalEntry> graph = em.createEntityGraph(JournalEntry.class);
    graph.addSubgraph("card").addAttributeNodes("holder");
    graph.addAttributeNodes("merchant");
    if (corrects) {
      graph.addAttributeNodes("corrects");
    }
    return graph;
  }

  /** The entries of these ids as lines, in the order of the ids. */
  private List<JournalLine> lines(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, JournalEntry> entries = new HashMap<>();
    for (JournalEntry e :
        em.createQuery("select e from JournalEntry e where e.id in :ids", JournalEntry.class)
            .setHint("jakarta.persistence.loadgraph", withCardHolderAndMerchant(true))
            .setParameter("ids", ids)
            .getResultList()) {
      entries.put(e.getId(), e);
    }
    Map<Long, List<PostingLine>> postings = new HashMap<>();
    for (Posting p :
        em.createQuery(
                "select p from Posting p join fetch p.account where p.entry.id in :ids"
                    + " order by p.id",
                Posting.class)
            .setParameter("ids", ids)
            .getResultList()) {
      postings
          .computeIfAbsent(p.getEntry().getId(), k -> new ArrayList<>())
          .add(
              new PostingLine(
                  p.getAccount().getAccountNo(),
                  p.getAccount().getType().name(),
                  p.getAmount().fen(),
                  p.getBalanceAfter() == null ? null : p.getBalanceAfter().fen()));
    }
    List<JournalLine> lines = new ArrayList<>();
    for (Long id : ids) {
      JournalEntry e = entries.get(id);
      if (e == null) {
        continue;
      }
      Card card = e.getCard();
      lines.add(
          new JournalLine(
              e.getId(),
              e.getKind(),
              e.getBusinessDate(),
              e.getPostedAt(),
              e.getOccurredAt(),
              e.getAmount().fen(),
              e.getBusinessKey(),
              e.getDescription(),
              card == null ? null : card.getCardNo(),
              card == null ? null : card.getSerialNo(),
              card == null ? null : card.getHolder().getHolderNo(),
              e.getTerminalCode(),
              e.getMerchant() == null ? null : e.getMerchant().getCode(),
              e.getMerchant() == null ? null : e.getMerchant().getName(),
              e.getCorrects() == null ? null : e.getCorrects().getId(),
              e.getFollowUp().map(Enum::name).orElse(null),
              e.getPostedBy(),
              postings.getOrDefault(id, List.of())));
    }
    return lines;
  }

  @Override
  public long balanceBefore(Account account, LocalDate day) {
    return em.createQuery(
            "select coalesce(sum(p.amountFen), 0) from Posting p"
                + " where p.account = :a and p.entry.businessDate < :d",
            Long.class)
        .setParameter("a", account)
        .setParameter("d", day)
        .getSingleResult();
  }

  @Override
  public List<PurseMovement> movements(Account account, LocalDate from, LocalDate to, int max) {
    return em
        .createQuery(
            "select e.id, e.kind, e.businessDate, e.postedAt, e.description, e.terminalCode,"
                + " m.name, p.amountFen from Posting p join p.entry e left join e.merchant m"
                + " where p.account = :a and e.businessDate between :f and :t order by p.id",
            Object[].class)
        .setParameter("a", account)
        .setParameter("f", from)
        .setParameter("t", to)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            r ->
                new PurseMovement(
                    ((Number) r[0]).longValue(),
                    (EntryKind) r[1],
                    (LocalDate) r[2],
                    (Instant) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    ((Number) r[7]).longValue(),
                    0))
        .toList();
  }

  @Override
  public long subsidyBalanceBefore(LocalDate day) {
    return em.createQuery(
            "select coalesce(sum(p.amountFen), 0) from Posting p"
                + " where p.account.type = :subsidy and p.entry.businessDate < :d",
            Long.class)
        .setParameter("subsidy", AccountType.CARDHOLDER_SUBSIDY)
        .setParameter("d", day)
        .getSingleResult();
  }

  @Override
  public List<KindSum> subsidyMovements(LocalDate from, LocalDate to) {
    return em
        .createQuery(
            "select e.kind, count(p), sum(p.amountFen) from Posting p join p.entry e"
                + " where p.account.type = :subsidy and e.businessDate between :f and :t"
                + " group by e.kind",
            Object[].class)
        .setParameter("subsidy", AccountType.CARDHOLDER_SUBSIDY)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList()
        .stream()
        .map(
            r ->
                new KindSum(
                    (EntryKind) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
        .toList();
  }

  @Override
  public List<SubsidyBatchUsage> subsidyBatches(LocalDate from, LocalDate to) {
    List<SubsidyBatch> batches =
        em.createQuery(
                "select b from SubsidyBatch b where (b.uploadedAt >= :start and b.uploadedAt < :end)"
                    + " or b.expiresOn between :f and :t order by b.uploadedAt, b.id",
                SubsidyBatch.class)
            .setParameter("start", BusinessDay.start(from))
            .setParameter("end", BusinessDay.start(to.plusDays(1)))
            .setParameter("f", from)
            .setParameter("t", to)
            .getResultList();
    if (batches.isEmpty()) {
      return List.of();
    }
    Map<Long, long[]> expired = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select g.batch.id, count(g.expiredAt), coalesce(sum(g.returnedFen), 0)"
                    + " from SubsidyGrant g where g.batch in :batches group by g.batch.id",
                Object[].class)
            .setParameter("batches", batches)
            .getResultList()) {
      expired.put(
          ((Number) r[0]).longValue(),
          new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
    }
    return batches.stream()
        .map(
            b -> {
              long[] e = expired.getOrDefault(b.getId(), new long[2]);
              return new SubsidyBatchUsage(
                  b.getBatchNo(),
                  b.getUploadedAt(),
                  b.getUploadedBy(),
                  b.getExpiresOn(),
                  b.getLineCount(),
                  b.getTotal().fen(),
                  e[0],
                  e[1]);
            })
        .toList();
  }

  @Override
  public List<SuspenseItem> suspenseCandidates(int max) {
    // Entries flagged for follow-up, and those with a posting on the suspense account (read
    // through the posting's account index), newest first; then those corrected, or correcting
    // another, are left out.
    List<Long> flagged =
        em.createQuery(
                "select e.id from JournalEntry e where e.followUp is not null"
                    + " and e.corrects is null order by e.id desc",
                Long.class)
            .setMaxResults(max)
            .getResultList();
    List<Long> parked =
        em.createQuery(
                "select distinct p.entry.id from Posting p where p.account.type = :suspense"
                    + " and p.entry.corrects is null order by p.entry.id desc",
                Long.class)
            .setParameter("suspense", AccountType.SUSPENSE)
            .setMaxResults(max)
            .getResultList();
    java.util.TreeSet<Long> ids = new java.util.TreeSet<>(Comparator.reverseOrder());
    ids.addAll(flagged);
    ids.addAll(parked);
    List<Long> candidates = ids.stream().limit(max).toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    java.util.Set<Long> corrected =
        new java.util.HashSet<>(
            em.createQuery(
                    "select c.corrects.id from JournalEntry c where c.corrects.id in :ids",
                    Long.class)
                .setParameter("ids", candidates)
                .getResultList());
    List<Long> open = candidates.stream().filter(id -> !corrected.contains(id)).toList();
    if (open.isEmpty()) {
      return List.of();
    }
    Map<Long, JournalEntry> entries = new HashMap<>();
    for (JournalEntry e :
        em.createQuery("select e from JournalEntry e where e.id in :ids", JournalEntry.class)
            .setHint("jakarta.persistence.loadgraph", withCardHolderAndMerchant(false))
            .setParameter("ids", open)
            .getResultList()) {
      entries.put(e.getId(), e);
    }
    Map<Long, List<Posting>> postings = new HashMap<>();
    for (Posting p :
        em.createQuery(
                "select p from Posting p join fetch p.account where p.entry.id in :ids",
                Posting.class)
            .setParameter("ids", open)
            .getResultList()) {
      postings.computeIfAbsent(p.getEntry().getId(), k -> new ArrayList<>()).add(p);
    }
    // A top-up paid after its order expired has no card: its order names the holder.
    Map<Long, String> orderHolders = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select o.entry.id, h.holderNo from TopUpOrder o join o.holder h"
                    + " where o.entry.id in :ids",
                Object[].class)
            .setParameter("ids", open)
            .getResultList()) {
      orderHolders.put(((Number) r[0]).longValue(), (String) r[1]);
    }
    List<SuspenseItem> items = new ArrayList<>();
    for (Long id : open) {
      JournalEntry e = entries.get(id);
      if (e == null) {
        continue;
      }
      long suspense = 0;
      Long purse = null;
      String holderNo = null;
      for (Posting p : postings.getOrDefault(id, List.of())) {
        Account a = p.getAccount();
        if (a.getType() == AccountType.SUSPENSE) {
          suspense += p.getAmount().fen();
        } else if (a.getType() == AccountType.CARDHOLDER_PURSE) {
          // The purse's balance as stored now, read past what this transaction has loaded.
          purse =
              em.createQuery("select a.balanceFen from Account a where a.id = :id", Long.class)
                  .setParameter("id", a.getId())
                  .getSingleResult();
        }
      }
      Card card = e.getCard();
      if (card != null) {
        holderNo = card.getHolder().getHolderNo();
      } else {
        holderNo = orderHolders.get(id);
      }
      items.add(
          new SuspenseItem(
              e.getId(),
              e.getKind(),
              e.getFollowUp().orElse(null),
              e.getBusinessDate(),
              e.getPostedAt(),
              e.getAmount().fen(),
              suspense,
              card == null ? null : card.getCardNo(),
              holderNo,
              e.getTerminalCode(),
              e.getMerchant() == null ? null : e.getMerchant().getCode(),
              e.getDescription(),
              purse));
    }
    return items;
  }
}
