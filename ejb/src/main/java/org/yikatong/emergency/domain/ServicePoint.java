package org.yikatong.emergency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A desk POS an emergency switched on as a manual service point, where, and its opening hours. */
@Embeddable
public class ServicePoint {

  @Column(name = "terminal_code", nullable = false, length = 8)
  private String terminalCode;

  @Column(name = "location", nullable = false, length = 300)
  private String location;

  @Column(name = "opening_hours", nullable = false, length = 300)
  private String openingHours;

  protected ServicePoint() {}

  public ServicePoint(String terminalCode, String location, String openingHours) {
    this.terminalCode = Objects.requireNonNull(terminalCode, "terminalCode");
    this.location = Objects.requireNonNull(location, "location");
    this.openingHours = Objects.requireNonNull(openingHours, "openingHours");
  }

  public String getTerminalCode() {
    return terminalCode;
  }

  public String getLocation() {
    return location;
  }

  public String getOpeningHours() {
    return openingHours;
  }
}
