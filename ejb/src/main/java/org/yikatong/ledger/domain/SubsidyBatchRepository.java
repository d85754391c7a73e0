package org.yikatong.ledger.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;

/** Subsidy batches and their grants. */
public interface SubsidyBatchRepository {

  /** The expired grants of one batch: how many, and the unspent rest they returned. */
  record ExpiredGrants(long batchId, long grants, Money returned) {}

  /**
   * Stores a batch and writes it at once: a concurrent upload of the same batch number fails here
   * on the unique number, before any grant is posted.
   */
  void add(SubsidyBatch batch);

  void add(SubsidyGrant grant);

  Optional<SubsidyBatch> findByNumber(String batchNo);

  /** The latest batches, newest first, at most {@code max}. */
  List<SubsidyBatch> latest(int max);

  /** For each of these batches with expired grants: how many, and the rest they returned. */
  List<ExpiredGrants> expiredGrantsOf(Collection<Long> batchIds);

  /**
   * Grants that expired before {@code today} and whose rest has not been returned yet, by expiry
   * date then id.
   */
  List<SubsidyGrant> expiredBefore(LocalDate today);

  /**
   * The sum of a holder's grants other than {@code grant} that have not expired and are still good
   * on {@code today} (no expiry, or expiring today or later).
   */
  Money stillGoodBeside(CardHolder holder, SubsidyGrant grant, LocalDate today);
}
