package org.yikatong.finance.domain.reconciliation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.finance.domain.statementfile.StatementFile;
import org.yikatong.ledger.domain.PaymentChannel;

/** Recorded reconciliation runs. */
public interface ReconciliationRunRepository {

  /** Stores a run with its items. */
  void add(ReconciliationRun run);

  Optional<ReconciliationRun> find(long id);

  /** The run, locked for update until the transaction ends: its changes happen one at a time. */
  Optional<ReconciliationRun> lock(long id);

  /** The latest runs, newest first, at most {@code max}; of a status and a channel when given. */
  List<ReconciliationRun> latest(RunStatus status, PaymentChannel channel, int max);

  /** The run a statement file was reconciled in, if any. */
  Optional<ReconciliationRun> runOf(StatementFile file);

  /** Whether a closed run covers a statement of this channel's account for the day. */
  boolean reconciled(PaymentChannel channel, String account, LocalDate day);
}
