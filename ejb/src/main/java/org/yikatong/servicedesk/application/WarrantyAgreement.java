package org.yikatong.servicedesk.application;

import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.calendar.SlaTarget;
import org.yikatong.servicedesk.domain.calendar.WorkingCalendar;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.SlaEvent;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * The written warranty agreement (保修协议) of a service contract, as it stands: the scope (the assets
 * it covers), the response times per level, the fees, the escalation chain, the channels and the
 * responsibility table. Read from the contract, the register and the duty posts when printed.
 *
 * @param assetCounts how many registered assets of each type the contract covers
 */
public record WarrantyAgreement(
    String contractCode,
    String contractName,
    String vendor,
    String calendarName,
    int warrantyMonths,
    int partsPricePercent,
    long labourFenPerHour,
    List<AssetCount> assetCounts,
    List<Target> targets,
    List<Party> parties,
    List<Responsibility> responsibilities,
    List<Escalation> escalations,
    Instant printedAt) {

  /** Registered assets of a type under the contract. */
  public record AssetCount(AssetType type, long count) {}

  /** A target of a level. */
  public record Target(
      TicketLevel level, SlaEvent.Target target, SlaTarget time, WorkingCalendar.Basis basis) {}

  /** A party and whom to call. */
  public record Party(
      ResponsibleParty party, String organisation, String contact, String phone, String email) {}

  /** Who answers for faults of a category (null: any) on a type of asset (null: any). */
  public record Responsibility(
      AssetType assetType, TicketCategory category, ResponsibleParty party, String note) {}

  /** A duty post's escalation chain. */
  public record Escalation(
      String post, String area, ResponsibleParty staffedBy, String teamLead, String manager) {}
}
