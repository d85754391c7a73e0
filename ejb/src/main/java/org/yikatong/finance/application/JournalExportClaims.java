package org.yikatong.finance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.finance.domain.backup.JournalExport;
import org.yikatong.finance.domain.backup.JournalExportRepository;
import org.yikatong.kernel.application.Caller;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.Role;

/**
 * The claims on the days to export, each in a transaction of its own, so that a claim is seen by
 * every node as soon as it is made and stays when the export that follows fails. A day's claim is
 * its row in {@code journal_export}: the unique business date lets one node make it.
 */
@Stateless
@RolesAllowed({Role.FINANCE, Role.ADMINISTRATOR})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JournalExportClaims {

  @Inject JournalExportRepository exports;
  @Inject Caller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "standalone")
  String node;

  /**
   * Claims a day that nobody has claimed yet, for the nightly export: once a day has a row (being
   * exported, exported, or failed), it is left to the people who export on demand.
   *
   * @return the claim's id; empty when the day was claimed before
   * @throws jakarta.ejb.EJBException when another node claimed it at the same moment
   */
  public Optional<Long> claimIfFree(@NotNull LocalDate day) {
    if (exports.findByDay(day).isPresent()) {
      return Optional.empty();
    }
    JournalExport export = new JournalExport(day, clock.instant(), caller.name(), node);
    exports.add(export);
    return Optional.of(export.getId());
  }

  /**
   * Claims a day to export it now, again if it was exported before.
   *
   * @return the claim's id
   * @throws RequestRefusedException (409) while another export of the day is under way
   */
  public long claim(@NotNull LocalDate day) {
    Instant now = clock.instant();
    Optional<JournalExport> existing = exports.lockByDay(day);
    if (existing.isEmpty()) {
      JournalExport export = new JournalExport(day, now, caller.name(), node);
      exports.add(export); // a concurrent first claim of the day fails here: 409, to repeat
      return export.getId();
    }
    JournalExport export = existing.get();
    if (export.underWay(now)) {
      throw RequestRefusedException.conflict(
          "An export of "
              + day
              + " is under way since "
              + export.getClaimedAt()
              + " (by "
              + export.getClaimedBy()
              + " on "
              + export.getNode()
              + "); repeat the request once it has ended");
    }
    export.claim(now, caller.name(), node);
    return export.getId();
  }

  /** Records that the export of a claim failed, and why. */
  public void failed(long claimId, String reason) {
    exports.find(claimId).ifPresent(e -> e.failed(reason));
  }

  /** The day's export as stored now, for a caller whose own transaction must not see stale data. */
  public Optional<JournalExport> find(@NotNull LocalDate day) {
    return exports.findByDay(day);
  }
}
