package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.GatewayConnectionRecord;
import org.yikatong.terminal.domain.GatewayConnectionRepository;
import org.yikatong.terminal.domain.RepeatKeyTakenException;
import org.yikatong.terminal.domain.RrnGap;
import org.yikatong.terminal.domain.RrnGapRepository;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRejection;
import org.yikatong.terminal.domain.TerminalRepository;

/**
 * The platform's side of the link with each terminal: its key for the card adapter, and its network
 * management (sign-on, sign-off, echo) that keeps terminal health current. Called by the adapter's
 * message endpoint, one JTA transaction per call.
 */
@Stateless
@RolesAllowed(Role.GATEWAY)
public class TerminalLink {

  @Inject TerminalRepository terminals;
  @Inject RejectionAudit rejectionAudit;
  @Inject GatewayConnectionRepository connections;
  @Inject RrnGapRepository gaps;
  @Inject CommandQueue commands;
  @Inject TerminalSecrets secrets;

  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "standalone")
  String nodeName;

  /**
   * The decrypted 32-byte secret of an enabled terminal; empty when the terminal is unknown,
   * disabled, or has no secret yet. From this node's copy when it holds one: each request is then
   * admitted against the database in its own transaction ({@link #admit}).
   */
  public Optional<byte[]> secretOf(String terminalCode) {
    return secrets.secretOf(terminalCode);
  }

  /** As {@link #secretOf}, read from the database past this node's copy. */
  public Optional<byte[]> currentSecretOf(String terminalCode) {
    return secrets.currentSecretOf(terminalCode);
  }

  /** Whether a request the card adapter verified is served. */
  public enum Admission {
    /** The terminal is enabled and the request was verified with its secret. */
    ADMITTED,
    /** The terminal is unknown or disabled (answered 58). */
    NOT_PERMITTED,
    /** The secret the request was verified with is no longer the terminal's (answered 63). */
    STALE_SECRET
  }

  /**
   * Admits an authenticated request in the caller's transaction: locks the terminal (its requests
   * are served one at a time) and checks that it is enabled and that {@code keyCheck} names its
   * secret as the database has it.
   *
   * @param keyCheck the key check value of the secret the MAC was verified with
   */
  public Admission admit(String terminalCode, String keyCheck) {
    Optional<Terminal> terminal = terminals.lockByCode(terminalCode);
    if (terminal.isEmpty() || !terminal.get().isEnabled()) {
      secrets.forget(terminalCode);
      return Admission.NOT_PERMITTED;
    }
    return secrets.isCurrent(terminal.get(), keyCheck)
        ? Admission.ADMITTED
        : Admission.STALE_SECRET;
  }

  /**
   * Records a refused message in the audit trail, as a repeat of the row for the same minute,
   * source address, reason and known terminal when there is one (see {@link TerminalRejection}).
   * The record is committed on its own, whatever becomes of the caller's transaction. Two nodes
   * creating the same row at once: the loser counts again, as a repeat of the winner's row.
   *
   * @param reason why (malformed frame, unknown terminal, bad MAC, format error)
   * @param terminalCode field 41 as received, or null
   */
  public void recordRejection(
      String connectionId,
      String reason,
      String terminalCode,
      String mti,
      String stan,
      String detail,
      Instant at) {
    TerminalRejection refusal =
        new TerminalRejection(
            at,
            nodeName,
            connectionId,
            sourceOf(connectionId),
            reason,
            terminalCode,
            mti,
            stan,
            detail);
    try {
      rejectionAudit.count(refusal);
    } catch (RepeatKeyTakenException e) {
      rejectionAudit.count(refusal);
    }
  }

  /**
   * The host part of the connection's remote address, as the adapter reported it on connect; "?"
   * for a connection not on record.
   */
  private String sourceOf(String connectionId) {
    return connections
        .findByConnectionId(connectionId)
        .map(GatewayConnectionRecord::getRemoteAddress)
        .map(TerminalLink::hostOf)
        .orElse("?");
  }

  /** "10.0.0.5:40312" → "10.0.0.5"; an IPv6 address keeps all but its port. */
  static String hostOf(String remoteAddress) {
    int colon = remoteAddress.lastIndexOf(':');
    return colon > 0 ? remoteAddress.substring(0, colon) : remoteAddress;
  }

  /**
   * Notes the RRN of a request and records the RRNs the terminal skipped, if any. Non-numeric RRNs
   * have no sequence and are not followed.
   */
  public void rrnSeen(String terminalCode, String rrn, Instant at) {
    if (rrn == null || !rrn.matches("[0-9]{1,12}")) {
      return;
    }
    terminals
        .lockByCode(terminalCode)
        .ifPresent(
            terminal -> {
              long[] gap = terminal.rrnSeen(Long.parseLong(rrn));
              if (gap != null) {
                gaps.add(new RrnGap(terminalCode, gap[0], gap[1], at));
              }
            });
  }

  /** What a network management message (0800) asks, by its field 70. */
  public enum NetworkFunction {
    SIGN_ON,
    SIGN_OFF,
    ECHO
  }

  /**
   * Records a network management message of an authenticated terminal.
   *
   * @param deviceStatus what the terminal reports of its devices (field 48: {@code OK} or {@code
   *     FAULT ...}), or null when it reports nothing
   * @throws IllegalArgumentException when the terminal is unknown
   */
  public void networkManagement(
      String terminalCode, NetworkFunction function, String deviceStatus, Instant at) {
    Terminal terminal =
        terminals
            .findByCode(terminalCode)
            .orElseThrow(() -> new IllegalArgumentException("Unknown terminal " + terminalCode));
    switch (function) {
      case SIGN_ON -> terminal.signOn(at);
      case SIGN_OFF -> terminal.signOff(at);
      case ECHO -> terminal.heartbeat(at);
    }
    if (deviceStatus != null && !deviceStatus.isBlank()) {
      terminal.deviceReported(deviceStatus, at);
    }
    if (function != NetworkFunction.SIGN_OFF) {
      commands.deliverAfterCommit(terminalCode); // what waited for the terminal goes now
    }
  }
}
