package org.yikatong.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.kernel.domain.Money;

/** Subsidy batches and their grants. */
public interface SubsidyBatchRepository {

  /**
   * Stores a batch and writes it at once: a concurrent upload of the same batch number fails here
   * on the unique number, before any grant is posted.
   */
  void add(SubsidyBatch batch);

  void add(SubsidyGrant grant);

  Optional<SubsidyBatch> findByNumber(String batchNo);

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
