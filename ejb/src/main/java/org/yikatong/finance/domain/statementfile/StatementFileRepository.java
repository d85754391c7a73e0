package org.yikatong.finance.domain.statementfile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yikatong.ledger.domain.PaymentChannel;

/** The imported statement files. */
public interface StatementFileRepository {

  /** Stores a file with its lines. */
  void add(StatementFile file);

  Optional<StatementFile> find(long id);

  /** The file imported with these bytes, if any. */
  Optional<StatementFile> findBySha256(String sha256);

  /**
   * The latest files, newest first, at most {@code max}; of a channel and a day when given (null:
   * any).
   */
  List<StatementFile> latest(PaymentChannel channel, LocalDate day, int max);
}
