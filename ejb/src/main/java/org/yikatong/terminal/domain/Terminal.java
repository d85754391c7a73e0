package org.yikatong.terminal.domain;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A terminal or reader, known by its 8-character terminal id (ISO 8583 field 41).
 *
 * <p>Invariants: the terminal code is unique and never changes; the secret is held only in
 * encrypted form ({@code secretCipher}, see {@code
 * org.yikatong.security.application.SecretCipher}).
 */
@Entity
@Table(name = "terminal")
public class Terminal {

  private static final int DEVICE_STATUS_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "terminal_seq")
  @SequenceGenerator(name = "terminal_seq", sequenceName = "terminal_seq", allocationSize = 50)
  private Long id;

  @Column(name = "terminal_code", nullable = false, updatable = false, length = 8)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "terminal_type", nullable = false, updatable = false, length = 16)
  private TerminalType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merchant_id")
  private Merchant merchant;

  @Column(name = "location", nullable = false, length = 100)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private TerminalStatus status;

  @Column(name = "secret_cipher", length = 200)
  private String secretCipher;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "link_state", nullable = false, length = 16)
  private LinkState linkState = LinkState.NEVER_SEEN;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "signed_on_at")
  private Instant signedOnAt;

  @Column(name = "heartbeats", nullable = false)
  private long heartbeats;

  @Column(name = "last_rrn")
  private Long lastRrn;

  @Column(name = "pending_secret_cipher", length = 200)
  private String pendingSecretCipher;

  @Column(name = "device_status", length = DEVICE_STATUS_LENGTH)
  private String deviceStatus;

  @Column(name = "device_status_at")
  private Instant deviceStatusAt;

  /** A desk POS switched on as a manual service point: it takes cash top-ups meanwhile. */
  @Column(name = "service_point", nullable = false)
  private boolean servicePoint;

  @Column(name = "service_hours", length = 300)
  private String serviceHours;

  @Version private long version;

  protected Terminal() {}

  /**
   * Notes a numeric RRN the terminal sent and tells which RRNs it skipped, if any: RRNs run up by
   * one per request, so a jump leaves a gap; an RRN at or below the highest seen is a retry or a
   * late offline upload and changes nothing.
   *
   * @return {first, last} missing RRN, or null when nothing was skipped
   */
  public long[] rrnSeen(long rrn) {
    if (lastRrn == null || rrn <= lastRrn) {
      lastRrn = lastRrn == null ? rrn : lastRrn;
      return null;
    }
    long[] gap = rrn > lastRrn + 1 ? new long[] {lastRrn + 1, rrn - 1} : null;
    lastRrn = rrn;
    return gap;
  }

  public Terminal(
      String code,
      TerminalType type,
      Merchant merchant,
      String location,
      String secretCipher,
      Instant createdAt) {
    if (code == null || code.length() != 8) {
      throw new IllegalArgumentException("Terminal id must have exactly 8 characters: " + code);
    }
    if (type == TerminalType.POS && merchant == null) {
      throw new IllegalArgumentException("A POS terminal belongs to a merchant: " + code);
    }
    this.code = code;
    this.type = Objects.requireNonNull(type, "type");
    this.merchant = merchant;
    this.location = Objects.requireNonNull(location, "location");
    this.secretCipher = secretCipher;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = TerminalStatus.ENABLED;
  }

  /** Whether the platform accepts this terminal's messages. */
  public boolean isEnabled() {
    return status == TerminalStatus.ENABLED;
  }

  /** From now on the platform refuses this terminal's messages. */
  public void disable() {
    status = TerminalStatus.DISABLED;
  }

  public void enable() {
    status = TerminalStatus.ENABLED;
  }

  /** Replaces the encrypted secret; the old one is forgotten. */
  /**
   * A new secret is on its way to the terminal in a KEY command; the current one stays valid until
   * the terminal acknowledges the new one.
   */
  public void keyRotationStarted(String newSecretCipher) {
    pendingSecretCipher = Objects.requireNonNull(newSecretCipher, "newSecretCipher");
  }

  /** The terminal applied the KEY command: its new secret is the one from now on. */
  public void keyRotationAcknowledged(String secretCipherSent) {
    if (secretCipherSent.equals(pendingSecretCipher)) {
      secretCipher = pendingSecretCipher;
      pendingSecretCipher = null;
    }
  }

  /**
   * Switches this POS on as a manual service point with its opening hours (shown to card holders).
   *
   * @throws IllegalArgumentException not a POS, or no opening hours
   * @throws IllegalStateException disabled, or a service point already
   */
  public void openServicePoint(String openingHours) {
    if (type != TerminalType.POS) {
      throw new IllegalArgumentException("Only a POS serves as a service point: " + code);
    }
    if (openingHours == null || openingHours.isBlank()) {
      throw new IllegalArgumentException("A service point needs its opening hours: " + code);
    }
    if (!isEnabled()) {
      throw new IllegalStateException("Terminal " + code + " is disabled");
    }
    if (servicePoint) {
      throw new IllegalStateException("Terminal " + code + " is a service point already");
    }
    servicePoint = true;
    serviceHours = openingHours.strip();
  }

  /** The service point closes; the POS takes no cash top-up from now on. */
  public void closeServicePoint() {
    servicePoint = false;
    serviceHours = null;
  }

  /** Whether a cash top-up (0200, 210000) is taken here: at a kiosk, or a POS service point. */
  public boolean takesCashTopUp() {
    return type == TerminalType.KIOSK || (type == TerminalType.POS && servicePoint);
  }

  public boolean isServicePoint() {
    return servicePoint;
  }

  public String getServiceHours() {
    return serviceHours;
  }

  public String getPendingSecretCipher() {
    return pendingSecretCipher;
  }

  public void replaceSecret(String newSecretCipher) {
    secretCipher = Objects.requireNonNull(newSecretCipher, "newSecretCipher");
  }

  /** The terminal signed on: its heartbeat count starts again. */
  public void signOn(Instant at) {
    linkState = LinkState.SIGNED_ON;
    signedOnAt = at;
    heartbeats = 0;
    seen(at);
  }

  /** The terminal signed off. */
  public void signOff(Instant at) {
    linkState = LinkState.SIGNED_OFF;
    seen(at);
  }

  /**
   * The terminal reported the state of its devices with a network management message: {@code OK},
   * or {@code FAULT} and what is wrong.
   */
  public void deviceReported(String status, Instant at) {
    String text = status.strip();
    deviceStatus =
        text.length() <= DEVICE_STATUS_LENGTH ? text : text.substring(0, DEVICE_STATUS_LENGTH);
    deviceStatusAt = at;
  }

  /** Whether the terminal's last device report names a fault. */
  public boolean reportsDeviceFault() {
    return deviceStatus != null && deviceStatus.startsWith("FAULT");
  }

  public String getDeviceStatus() {
    return deviceStatus;
  }

  public Instant getDeviceStatusAt() {
    return deviceStatusAt;
  }

  /** An echo (heartbeat) arrived. */
  public void heartbeat(Instant at) {
    heartbeats++;
    seen(at);
  }

  /** Any authenticated message arrived; a late message never moves the clock back. */
  public void seen(Instant at) {
    if (lastSeenAt == null || at.isAfter(lastSeenAt)) {
      lastSeenAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public TerminalType getType() {
    return type;
  }

  public Merchant getMerchant() {
    return merchant;
  }

  public String getLocation() {
    return location;
  }

  public TerminalStatus getStatus() {
    return status;
  }

  public String getSecretCipher() {
    return secretCipher;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public LinkState getLinkState() {
    return linkState;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getSignedOnAt() {
    return signedOnAt;
  }

  public long getHeartbeats() {
    return heartbeats;
  }
}
