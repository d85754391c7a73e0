package org.yikatong.servicedesk.domain.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One device or server of the register. Its free warranty runs from acceptance (验收合格之日) to its own
 * warranty end when one is set, else for its contract's warranty months; the contract is named by
 * id (none: the default contract).
 */
@Entity
@Table(name = "asset")
public class Asset {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "asset_seq")
  @SequenceGenerator(name = "asset_seq", sequenceName = "asset_seq", allocationSize = 50)
  private Long id;

  @Column(name = "serial_no", nullable = false, updatable = false, length = 64)
  private String serialNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "asset_type", nullable = false, length = 16)
  private AssetType type;

  @Column(name = "model", nullable = false, length = 100)
  private String model;

  @Column(name = "location", nullable = false, length = 100)
  private String location;

  @Column(name = "supplier", nullable = false, length = 100)
  private String supplier;

  @Column(name = "terminal_code", length = 8)
  private String terminalCode;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "accepted_on", nullable = false)
  private LocalDate acceptedOn;

  @Column(name = "warranty_end")
  private LocalDate warrantyEnd;

  @Column(name = "note", length = 200)
  private String note;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Asset() {}

  public Asset(
      String serialNo,
      AssetType type,
      String model,
      String location,
      String supplier,
      LocalDate acceptedOn,
      Instant createdAt) {
    this.serialNo = Objects.requireNonNull(serialNo, "serialNo");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    describe(type, model, location, supplier);
    accepted(acceptedOn, null);
  }

  /** Changes what the asset is and where it stands. */
  public void describe(AssetType type, String model, String location, String supplier) {
    this.type = Objects.requireNonNull(type, "type");
    this.model = Objects.requireNonNull(model, "model");
    this.location = Objects.requireNonNull(location, "location");
    this.supplier = Objects.requireNonNull(supplier, "supplier");
  }

  /**
   * Sets the acceptance date and the asset's own warranty end (null: from its contract).
   *
   * @throws IllegalArgumentException when the warranty would end before acceptance
   */
  public void accepted(LocalDate acceptedOn, LocalDate warrantyEnd) {
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    if (warrantyEnd != null && warrantyEnd.isBefore(acceptedOn)) {
      throw new IllegalArgumentException(
          "The warranty end " + warrantyEnd + " is before the acceptance " + acceptedOn);
    }
    this.acceptedOn = acceptedOn;
    this.warrantyEnd = warrantyEnd;
  }

  /** Links the asset to the platform's terminal of that code (null: none) and its contract. */
  public void link(String terminalCode, Long contractId) {
    this.terminalCode = terminalCode;
    this.contractId = contractId;
  }

  public void note(String note) {
    this.note = note;
  }

  /**
   * The last day of the free warranty: the asset's own end, else acceptance plus the contract's
   * months (the day before the anniversary).
   */
  public LocalDate warrantyEnd(int contractWarrantyMonths) {
    return warrantyEnd != null
        ? warrantyEnd
        : acceptedOn.plusMonths(contractWarrantyMonths).minusDays(1);
  }

  /** Whether the free warranty covers the day given. */
  public boolean inWarranty(LocalDate day, int contractWarrantyMonths) {
    return !day.isBefore(acceptedOn) && !day.isAfter(warrantyEnd(contractWarrantyMonths));
  }

  /**
   * Where the free warranty stands on the day given: over once its last day has passed, ending when
   * its last day is within {@code soonDays} of the day, else running (an asset accepted after the
   * day counts as running: its warranty is still ahead).
   */
  public WarrantyStatus warrantyStatus(LocalDate day, int contractWarrantyMonths, int soonDays) {
    LocalDate end = warrantyEnd(contractWarrantyMonths);
    if (end.isBefore(day)) {
      return WarrantyStatus.EXPIRED;
    }
    return end.isAfter(day.plusDays(soonDays)) ? WarrantyStatus.IN_WARRANTY : WarrantyStatus.ENDING;
  }

  public Long getId() {
    return id;
  }

  public String getSerialNo() {
    return serialNo;
  }

  public AssetType getType() {
    return type;
  }

  public String getModel() {
    return model;
  }

  public String getLocation() {
    return location;
  }

  public String getSupplier() {
    return supplier;
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public Long getContractId() {
    return contractId;
  }

  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  /** The asset's own warranty end; null when it runs for its contract's months. */
  public LocalDate getWarrantyEnd() {
    return warrantyEnd;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
