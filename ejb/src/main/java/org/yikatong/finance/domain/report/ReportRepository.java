package org.yikatong.finance.domain.report;

import java.time.LocalDate;
import java.util.List;
import org.yikatong.ledger.domain.Account;

/** What the finance reports read of the journal; read-only. */
public interface ReportRepository {

  /** How many entries a search finds. */
  long count(JournalQuery query);

  /** A page of what a search finds, newest entry first. */
  List<JournalLine> search(JournalQuery query, int first, int max);

  /**
   * What a search finds before an entry (all when {@code beforeId} is null), newest first, at most
   * {@code max}: the export reads a search batch by batch with it.
   */
  List<JournalLine> searchBefore(JournalQuery query, Long beforeId, int max);

  /** Lets go of what the reads so far loaded, to keep a long export small. */
  void clear();

  /** The sum of an account's postings of business days before {@code day}: its balance then. */
  long balanceBefore(Account account, LocalDate day);

  /** An account's postings of the business days from..to, oldest first, at most {@code max}. */
  List<PurseMovement> movements(Account account, LocalDate from, LocalDate to, int max);

  /** The sum of every subsidy purse's postings of business days before {@code day}. */
  long subsidyBalanceBefore(LocalDate day);

  /** The postings on subsidy purses of the business days from..to, per entry kind. */
  List<KindSum> subsidyMovements(LocalDate from, LocalDate to);

  /** Subsidy batches posted on the business days from..to or expiring on one of them. */
  List<SubsidyBatchUsage> subsidyBatches(LocalDate from, LocalDate to);

  /**
   * Entries with a posting on the suspense account or a follow-up flag, that correct no entry and
   * that no entry corrects, newest first, at most {@code max}.
   */
  List<SuspenseItem> suspenseCandidates(int max);
}
