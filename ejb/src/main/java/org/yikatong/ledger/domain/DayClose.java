package org.yikatong.ledger.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A closed business day with each merchant's totals; a day closes once. */
@Entity
@Table(name = "day_close")
@Immutable
public class DayClose {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "day_close_seq")
  @SequenceGenerator(name = "day_close_seq", sequenceName = "day_close_seq", allocationSize = 50)
  private Long id;

  @Column(name = "business_date", nullable = false)
  private LocalDate businessDate;

  @Column(name = "closed_at", nullable = false)
  private Instant closedAt;

  @Column(name = "closed_by", nullable = false, length = 64)
  private String closedBy;

  @OneToMany(mappedBy = "dayClose", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<MerchantDayTotal> totals = new ArrayList<>();

  protected DayClose() {}

  public DayClose(LocalDate businessDate, Instant closedAt, String closedBy) {
    this.businessDate = businessDate;
    this.closedAt = closedAt;
    this.closedBy = closedBy;
  }

  public void add(MerchantDayTotal total) {
    totals.add(total);
  }

  public Long getId() {
    return id;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public List<MerchantDayTotal> getTotals() {
    return Collections.unmodifiableList(totals);
  }
}
