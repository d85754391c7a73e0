package org.yikatong.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yikatong.card.domain.Card;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.Money;
import org.yikatong.ledger.domain.Account;
import org.yikatong.ledger.domain.AccountRepository;
import org.yikatong.ledger.domain.AccountType;
import org.yikatong.ledger.domain.EntryDraft;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.ledger.domain.Journal;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.ledger.domain.PaymentDecline;
import org.yikatong.ledger.domain.Posting;
import org.yikatong.terminal.domain.Merchant;

/**
 * {@link Journal} over JPA. The entry row goes in first, so that a concurrent duplicate of its
 * business key waits on the unique index and then fails before touching any balance; then each
 * balance moves by an atomic {@code balance_fen = balance_fen + ?}, never by writing back a value
 * read earlier.
 */
@ApplicationScoped
public class JpaJournal implements Journal {

  @PersistenceContext private EntityManager em;
  @Inject Clock clock;
  @Inject AccountRepository accounts;

  @Override
  public JournalEntry post(EntryDraft draft) {
    Instant now = clock.instant();
    em.flush(); // accounts opened in this transaction must exist for the SQL below
    // Purses the caller has not locked yet are locked now (ascending id order, the order every
    // transaction uses); those it locked to decide are not read again.
    accounts.lock(
        draft.lines().stream()
            .map(EntryDraft.Line::account)
            .filter(a -> isHolderAccount(a.getType()) && !lockedHere(a))
            .toList());
    List<Money> after = new ArrayList<>();
    for (EntryDraft.Line line : draft.lines()) {
      after.add(
          isHolderAccount(line.account().getType())
              ? line.account().getBalance().plus(line.amount())
              : null);
    }
    JournalEntry entry = JournalEntry.of(draft, BusinessDay.of(now), now, after);
    em.persist(entry);
    em.flush();
    // The balances move in one statement: account = account + its lines' amounts.
    StringBuilder cases = new StringBuilder();
    StringBuilder ids = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    Map<Account, Long> moves = new LinkedHashMap<>();
    for (EntryDraft.Line line : draft.lines()) {
      moves.merge(line.account(), line.amount().fen(), Long::sum);
    }
    for (Map.Entry<Account, Long> move : moves.entrySet()) {
      cases.append(" when ? then ?");
      parameters.add(move.getKey().getId());
      parameters.add(move.getValue());
    }
    for (Account account : moves.keySet()) {
      ids.append(ids.isEmpty() ? "?" : ", ?");
      parameters.add(account.getId());
    }
    var update =
        em.createNativeQuery(
            "update account set balance_fen = balance_fen + case id"
                + cases
                + " end where id in ("
                + ids
                + ")");
    for (int i = 0; i < parameters.size(); i++) {
      update.setParameter(i + 1, parameters.get(i));
    }
    int updated = update.executeUpdate();
    if (updated != moves.size()) {
      throw new IllegalStateException(
          "Accounts vanished: " + moves.size() + " to move, " + updated + " moved");
    }
    for (EntryDraft.Line line : draft.lines()) {
      if (isHolderAccount(line.account().getType())) {
        line.account().balanceMovedBy(line.amount());
      }
    }
    return entry;
  }

  private boolean lockedHere(Account account) {
    return em.contains(account) && em.getLockMode(account) == LockModeType.PESSIMISTIC_WRITE;
  }

  private static boolean isHolderAccount(AccountType type) {
    return type == AccountType.CARDHOLDER_PURSE || type == AccountType.CARDHOLDER_SUBSIDY;
  }

  @Override
  public Optional<JournalEntry> findByKey(String businessKey) {
    return em.createQuery(
            "select e from JournalEntry e where e.businessKey = :k", JournalEntry.class)
        .setParameter("k", businessKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean answered(String businessKey) {
    return !em.createNativeQuery(
            "select 1 from journal_entry where business_key = ?1"
                + " union all select 1 from payment_decline where business_key = ?1")
        .setParameter(1, businessKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<JournalEntry> findById(long id) {
    return Optional.ofNullable(em.find(JournalEntry.class, id));
  }

  @Override
  public List<JournalEntry> correctionsOf(JournalEntry original, EntryKind kind) {
    return em.createQuery(
            "select e from JournalEntry e where e.corrects = :o and e.kind = :k order by e.id",
            JournalEntry.class)
        .setParameter("o", original)
        .setParameter("k", kind)
        .getResultList();
  }

  @Override
  public Money spentOn(Card card, LocalDate businessDate) {
    // The card's payments of that day less its reversals and refunds of them, in one statement. A
    // correction is posted after what it corrects, so on that day or later, and of the same card:
    // the database reads the card's entries since that day (index card_id, business_date), never
    // the whole campus's day.
    Long spent =
        em.createQuery(
                "select coalesce(sum(case when e.kind = :k then e.amountFen else -e.amountFen end),"
                    + " 0) from JournalEntry e left join e.corrects p"
                    + " where e.card = :c and e.businessDate >= :d"
                    + " and ((e.kind = :k and e.businessDate = :d)"
                    + " or (e.kind in :returns and p.card = :c and p.businessDate = :d"
                    + " and p.kind = :k))",
                Long.class)
            .setParameter("c", card)
            .setParameter("d", businessDate)
            .setParameter("k", EntryKind.PAYMENT)
            .setParameter("returns", List.of(EntryKind.REVERSAL, EntryKind.REFUND))
            .getSingleResult();
    return Money.ofFen(spent);
  }

  @Override
  public Optional<JournalEntry> lastPayment(Card card, String terminalCode, Instant since) {
    return em.createQuery(
            "select e from JournalEntry e where e.card = :c and e.businessDate >= :d"
                + " and e.postedAt >= :since and e.terminalCode = :t and e.kind = :k"
                + " order by e.postedAt desc, e.id desc",
            JournalEntry.class)
        .setParameter("c", card)
        .setParameter("d", BusinessDay.of(since))
        .setParameter("since", since)
        .setParameter("t", terminalCode)
        .setParameter("k", EntryKind.PAYMENT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<JournalEntry> paymentsAt(Card card, Merchant merchant, Instant since) {
    return em.createQuery(
            "select e from JournalEntry e where e.card = :c and e.merchant = :m"
                + " and e.kind in :kinds and e.postedAt >= :since order by e.postedAt desc, e.id desc",
            JournalEntry.class)
        .setParameter("c", card)
        .setParameter("m", merchant)
        .setParameter("kinds", List.of(EntryKind.PAYMENT, EntryKind.OFFLINE_PAYMENT))
        .setParameter("since", since)
        .setMaxResults(100)
        .getResultList();
  }

  @Override
  public List<Posting> postingsOf(Account account, int first, int max) {
    return em.createQuery(
            "select p from Posting p join fetch p.entry where p.account = :a order by p.id desc",
            Posting.class)
        .setParameter("a", account)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<JournalEntry> entriesBetween(LocalDate from, LocalDate to, long afterId, int max) {
    return em.createQuery(
            "select e from JournalEntry e where e.businessDate between :f and :t and e.id > :a"
                + " order by e.id",
            JournalEntry.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .setParameter("a", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<JournalEntry> followUps(int max) {
    return em.createQuery(
            "select e from JournalEntry e where e.followUp is not null order by e.id desc",
            JournalEntry.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public DayPayments paymentsOf(Merchant merchant, LocalDate businessDate) {
    Object[] payments =
        em.createQuery(
                "select count(e), coalesce(sum(e.amountFen), 0) from JournalEntry e"
                    + " where e.merchant = :m and e.businessDate = :d and e.kind in :kinds",
                Object[].class)
            .setParameter("m", merchant)
            .setParameter("d", businessDate)
            .setParameter("kinds", List.of(EntryKind.PAYMENT, EntryKind.OFFLINE_PAYMENT))
            .getSingleResult();
    return new DayPayments(
        ((Number) payments[0]).longValue(), Money.ofFen(((Number) payments[1]).longValue()));
  }

  @Override
  public List<StripeTakings> takingsOf(Merchant merchant, LocalDate businessDate) {
    return em
        .createQuery(
            "select p.account.id, sum(p.amountFen) from Posting p"
                + " where p.account.merchant = :m and p.account.type = :t"
                + " and p.entry.businessDate = :d and p.entry.kind <> :settlement"
                + " group by p.account.id order by p.account.id",
            Object[].class)
        .setParameter("m", merchant)
        .setParameter("t", AccountType.MERCHANT_TAKINGS)
        .setParameter("d", businessDate)
        .setParameter("settlement", EntryKind.SETTLEMENT)
        .getResultList()
        .stream()
        .map(
            r ->
                new StripeTakings(
                    ((Number) r[0]).longValue(), Money.ofFen(((Number) r[1]).longValue())))
        .toList();
  }

  @Override
  public void detachAll() {
    em.clear();
  }

  @Override
  public void add(PaymentDecline decline) {
    em.persist(decline);
    em.flush();
  }

  @Override
  public Optional<PaymentDecline> findDecline(String businessKey) {
    return em.createQuery(
            "select d from PaymentDecline d where d.businessKey = :k", PaymentDecline.class)
        .setParameter("k", businessKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public java.util.Set<Long> cardsAt(java.util.Collection<String> terminalCodes, Instant since) {
    List<String> codes = List.copyOf(terminalCodes);
    java.util.Set<Long> cards = new java.util.HashSet<>();
    // Oracle takes at most 1000 values in one IN list; the business date bound uses its index.
    for (int from = 0; from < codes.size(); from += 500) {
      cards.addAll(
          em.createQuery(
                  "select distinct e.card.id from JournalEntry e where e.terminalCode in :t"
                      + " and e.businessDate >= :d and e.postedAt >= :s and e.card is not null",
                  Long.class)
              .setParameter("t", codes.subList(from, Math.min(codes.size(), from + 500)))
              .setParameter("d", BusinessDay.of(since).minusDays(1))
              .setParameter("s", since)
              .getResultList());
    }
    return cards;
  }

  @Override
  public java.util.Set<Long> cardsToppedUpOnline(
      org.yikatong.ledger.domain.PaymentChannel channel, Instant since) {
    return new java.util.HashSet<>(
        em.createQuery(
                "select distinct e.card.id from JournalEntry e where e.kind = :k"
                    + " and e.businessKey like :p and e.businessDate >= :d and e.postedAt >= :s"
                    + " and e.card is not null",
                Long.class)
            .setParameter("k", EntryKind.ONLINE_TOP_UP)
            .setParameter("p", "CHANNEL:" + channel.name() + ":%")
            .setParameter("d", BusinessDay.of(since).minusDays(1))
            .setParameter("s", since)
            .getResultList());
  }
}
