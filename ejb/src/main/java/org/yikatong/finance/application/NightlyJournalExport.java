package org.yikatong.finance.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yikatong.security.domain.Role;

/**
 * Exports yesterday's journal every night at 01:00 Asia/Shanghai, after the day close (00:30), on
 * one node: a persistent timer in the database store fires once in the cluster, and the day's row
 * in {@code journal_export} is claimed before anything is written, so that a day is exported by the
 * nightly run once whichever node runs it (see {@link JournalExports#exportUnlessClaimed}). Days
 * missed while the cluster was down are exported with it ({@link JournalExports#dueNightly}). Runs
 * as {@link Role#FINANCE}, the role that exports; each day in a transaction of its own, so a failed
 * day (logged as SEVERE, its row marked failed) keeps none of the others from being exported.
 */
@Stateless
@RunAs(Role.FINANCE)
public class NightlyJournalExport {

  private static final Logger LOG = Logger.getLogger(NightlyJournalExport.class.getName());

  @Inject JournalExports exports;

  @Schedule(
      hour = "1",
      minute = "0",
      timezone = "Asia/Shanghai",
      persistent = true,
      info = "journal export")
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void exportYesterday() {
    for (LocalDate day : exports.dueNightly()) {
      try {
        exports
            .exportUnlessClaimed(day)
            .ifPresentOrElse(
                e ->
                    LOG.info(
                        "Nightly journal export of "
                            + day
                            + ": "
                            + e.getEntries()
                            + " entries to "
                            + e.getDirectory()),
                () -> LOG.info("Nightly journal export of " + day + ": claimed before, skipped"));
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Nightly journal export of " + day + " FAILED", e);
      }
    }
  }
}
