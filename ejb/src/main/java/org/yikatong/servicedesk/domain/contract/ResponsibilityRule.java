package org.yikatong.servicedesk.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.ticket.ResponsibleParty;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * Who answers for a kind of fault (a ticket category; none: any) on a kind of asset (none: any, and
 * tickets without an asset). The more specific rule wins: see {@link
 * ServiceContract#responsibleFor}.
 */
@Entity
@Table(name = "responsibility_rule")
public class ResponsibilityRule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "responsibility_rule_seq")
  @SequenceGenerator(
      name = "responsibility_rule_seq",
      sequenceName = "responsibility_rule_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false, updatable = false)
  private ServiceContract contract;

  @Enumerated(EnumType.STRING)
  @Column(name = "asset_type", updatable = false, length = 16)
  private AssetType assetType;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", updatable = false, length = 16)
  private TicketCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "party", nullable = false, length = 24)
  private ResponsibleParty party;

  @Column(name = "note", length = 200)
  private String note;

  protected ResponsibilityRule() {}

  ResponsibilityRule(
      ServiceContract contract,
      AssetType assetType,
      TicketCategory category,
      ResponsibleParty party,
      String note) {
    if (assetType == null && category == null) {
      throw new IllegalArgumentException(
          "A responsibility rule names an asset type, a category or both");
    }
    this.contract = contract;
    this.assetType = assetType;
    this.category = category;
    change(party, note);
  }

  void change(ResponsibleParty party, String note) {
    this.party = Objects.requireNonNull(party, "party");
    this.note = note;
  }

  /** Whether the rule covers a fault of that category on that kind of asset (null: none). */
  public boolean covers(AssetType type, TicketCategory category) {
    return (assetType == null || assetType == type)
        && (this.category == null || this.category == category);
  }

  /** 2 for a rule naming both, 1 for one naming the category, 0 for one naming the type only. */
  int specificity() {
    return (assetType != null && category != null) ? 2 : (category != null ? 1 : 0);
  }

  public Long getId() {
    return id;
  }

  public AssetType getAssetType() {
    return assetType;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public ResponsibleParty getParty() {
    return party;
  }

  public String getNote() {
    return note;
  }
}
