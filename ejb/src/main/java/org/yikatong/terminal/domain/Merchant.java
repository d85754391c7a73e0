package org.yikatong.terminal.domain;

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
import java.util.Objects;

/**
 * A canteen, shop or service that takes card payments.
 *
 * <p>Invariant: the merchant code (ISO 8583 field 42, at most 15 characters) is unique and never
 * changes.
 */
@Entity
@Table(name = "merchant")
public class Merchant {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "merchant_seq")
  @SequenceGenerator(name = "merchant_seq", sequenceName = "merchant_seq", allocationSize = 50)
  private Long id;

  @Column(name = "merchant_code", nullable = false, updatable = false, length = 15)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 16)
  private MerchantCategory category;

  @Version private long version;

  protected Merchant() {}

  public Merchant(String code, String name, MerchantCategory category) {
    if (code == null || code.isBlank() || code.length() > 15) {
      throw new IllegalArgumentException("Merchant code must have 1 to 15 characters: " + code);
    }
    this.code = code;
    this.name = Objects.requireNonNull(name, "name");
    this.category = Objects.requireNonNull(category, "category");
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public MerchantCategory getCategory() {
    return category;
  }
}
