package org.yikatong.servicedesk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.domain.Role;
import org.yikatong.servicedesk.domain.asset.AssetRepository;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.contract.ServiceContract;
import org.yikatong.servicedesk.domain.contract.ServiceContractRepository;
import org.yikatong.servicedesk.domain.roster.DutyPostRepository;

/**
 * The warranty agreement of a contract, generated from the contract as it stands, for both sides to
 * read and sign: so that a fault is never passed back and forth between the parties.
 */
@Stateless
@RolesAllowed({
  Role.ADMINISTRATOR,
  Role.HELPDESK,
  Role.TECHNICIAN,
  Role.FINANCE,
  Role.FINANCE_APPROVER,
  Role.AUDITOR
})
public class WarrantyAgreements {

  @Inject ServiceContractRepository contracts;
  @Inject AssetRepository assets;
  @Inject DutyPostRepository posts;
  @Inject WarrantyAgreementRenderer renderer;
  @Inject Clock clock;

  /** The agreement of the contract of that code, as data. */
  public WarrantyAgreement agreement(@NotBlank String contractCode) {
    ServiceContract contract =
        contracts
            .findByCode(contractCode)
            .orElseThrow(
                () -> RequestRefusedException.notFound("No service contract " + contractCode));
    Map<AssetType, Long> counts =
        assets.countByTypeUnder(contract.getId(), contract.isDefaultContract());
    List<WarrantyAgreement.Target> targets =
        contract.getRules().stream()
            .map(
                r ->
                    new WarrantyAgreement.Target(
                        r.getLevel(), r.getTarget(), r.toRule().target(), r.toRule().basis()))
            .sorted(
                Comparator.comparing(WarrantyAgreement.Target::level)
                    .thenComparing(WarrantyAgreement.Target::target))
            .toList();
    return new WarrantyAgreement(
        contract.getCode(),
        contract.getName(),
        contract.getVendor(),
        contract.getCalendar().getName(),
        contract.getWarrantyMonths(),
        contract.getPartsPricePercent(),
        contract.getLabourFenPerHour(),
        counts.entrySet().stream()
            .map(e -> new WarrantyAgreement.AssetCount(e.getKey(), e.getValue()))
            .toList(),
        targets,
        contract.getParties().stream()
            .sorted(Comparator.comparing(p -> p.getParty()))
            .map(
                p ->
                    new WarrantyAgreement.Party(
                        p.getParty(),
                        p.getOrganisation(),
                        p.getContactName(),
                        p.getContactPhone(),
                        p.getContactEmail()))
            .toList(),
        contract.getResponsibilities().stream()
            .map(
                r ->
                    new WarrantyAgreement.Responsibility(
                        r.getAssetType(), r.getCategory(), r.getParty(), r.getNote()))
            .sorted(
                Comparator.comparing(
                        WarrantyAgreement.Responsibility::category,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(
                        WarrantyAgreement.Responsibility::assetType,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList(),
        posts.findAll().stream()
            .map(
                p ->
                    new WarrantyAgreement.Escalation(
                        p.getName(), p.getArea(), p.getParty(), p.getTeamLead(), p.getManager()))
            .toList(),
        clock.instant());
  }

  /** The agreement printed (PDF). */
  public byte[] print(@NotBlank String contractCode) {
    return renderer.render(agreement(contractCode));
  }
}
