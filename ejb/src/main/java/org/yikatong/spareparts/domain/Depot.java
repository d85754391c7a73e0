package org.yikatong.spareparts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A place spare parts are kept, such as the depot in a core area of the campus (emergency plan).
 */
@Entity
@Table(name = "depot")
public class Depot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "depot_seq")
  @SequenceGenerator(name = "depot_seq", sequenceName = "depot_seq", allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, length = 16)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "location", nullable = false, length = 100)
  private String location;

  @Version private long version;

  protected Depot() {}

  public Depot(String code, String name, String location) {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,16}")) {
      throw new IllegalArgumentException("库房编码为 1–16 位字母、数字、- 或 _: " + code);
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("库房名称须为 1–100 字");
    }
    if (location == null || location.isBlank() || location.length() > 100) {
      throw new IllegalArgumentException("库房位置须为 1–100 字");
    }
    this.code = code;
    this.name = name.strip();
    this.location = location.strip();
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

  public String getLocation() {
    return location;
  }
}
