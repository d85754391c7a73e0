package org.yikatong.finance.domain.backup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The exports of business days, one row per day. */
public interface JournalExportRepository {

  /**
   * Stores a new claim and writes it at once: a concurrent claim of the same day fails here on the
   * unique business date.
   */
  void add(JournalExport export);

  Optional<JournalExport> find(long id);

  Optional<JournalExport> findByDay(LocalDate businessDate);

  /** The day's export, its row locked until the transaction ends. */
  Optional<JournalExport> lockByDay(LocalDate businessDate);

  /** The latest business day that has an export row, whatever its status. */
  Optional<LocalDate> latestDay();

  /** The exports of the business days from..to (inclusive), the latest day first. */
  List<JournalExport> latest(LocalDate from, LocalDate to, int max);
}
