package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetRepository;
import org.yikatong.servicedesk.domain.contract.ContractParty;
import org.yikatong.servicedesk.domain.contract.ServiceContractRepository;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketRepository;

/**
 * The monthly warranty statements per party ({@link WarrantyStatement}), as data, CSV and PDF: for
 * the university's finance and the vendors alike, read-only.
 */
@Stateless
public class WarrantyStatements {

  @Inject Clock clock;
  @Inject TicketRepository tickets;
  @Inject AssetRepository assets;
  @Inject ServiceContractRepository contracts;
  @Inject WarrantyStatementPrinter printer;

  /** The statement of a party for a month (campus time). */
  @RolesAllowed({
    Role.ADMINISTRATOR,
    Role.FINANCE,
    Role.FINANCE_APPROVER,
    Role.AUDITOR,
    Role.HELPDESK
  })
  public WarrantyStatement statement(@NotNull YearMonth month, @NotNull ResponsibleParty party) {
    Instant from = BusinessDay.start(month.atDay(1));
    Instant to = BusinessDay.start(month.plusMonths(1).atDay(1));
    Map<Long, Optional<Asset>> seen = new HashMap<>();
    List<WarrantyStatement.Line> lines = new ArrayList<>();
    int free = 0;
    int chargeable = 0;
    int unclassified = 0;
    long chargeableFen = 0;
    for (Ticket t : tickets.listResolvedBetween(from, to, party)) {
      Asset asset =
          t.getAssetId() == null
              ? null
              : seen.computeIfAbsent(t.getAssetId(), assets::findById).orElse(null);
      long parts = t.getPartsCostFen() == null ? 0 : t.getPartsCostFen();
      long labour = t.getLabourCostFen() == null ? 0 : t.getLabourCostFen();
      lines.add(
          new WarrantyStatement.Line(
              t.getTicketNo(),
              asset == null ? null : asset.getSerialNo(),
              asset == null ? null : asset.getModel(),
              asset == null ? t.getLocation() : asset.getLocation(),
              t.getCategory(),
              t.getResolvedAt(),
              t.getRepairCharge(),
              t.getChargeReason(),
              parts,
              t.getLabourMinutes() == null ? 0 : t.getLabourMinutes(),
              labour,
              t.chargedFen()));
      if (t.getRepairCharge() == null) {
        unclassified++;
      } else if (t.getRepairCharge().isChargeable()) {
        chargeable++;
        chargeableFen += t.chargedFen();
      } else {
        free++;
      }
    }
    String organisation =
        contracts
            .findDefault()
            .flatMap(c -> c.party(party))
            .map(ContractParty::getOrganisation)
            .orElse(party.name());
    return new WarrantyStatement(
        month,
        party,
        organisation,
        List.copyOf(lines),
        free,
        chargeable,
        unclassified,
        chargeableFen,
        clock.instant());
  }

  /** The statement as CSV ({@link WarrantyStatementCsv}). */
  @RolesAllowed({
    Role.ADMINISTRATOR,
    Role.FINANCE,
    Role.FINANCE_APPROVER,
    Role.AUDITOR,
    Role.HELPDESK
  })
  public String csv(@NotNull YearMonth month, @NotNull ResponsibleParty party) {
    return WarrantyStatementCsv.render(statement(month, party));
  }

  /** The statement as a PDF. */
  @RolesAllowed({
    Role.ADMINISTRATOR,
    Role.FINANCE,
    Role.FINANCE_APPROVER,
    Role.AUDITOR,
    Role.HELPDESK
  })
  public byte[] pdf(@NotNull YearMonth month, @NotNull ResponsibleParty party) {
    return printer.render(statement(month, party));
  }
}
