package org.yikatong.monitoring.domain.alert;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a rule watches, the unit of its thresholds and the subjects it may be about.
 *
 * <p>Rates are in basis points (500 = 5 %) of the requests in the window; a rate is judged only
 * with at least the rule's minimum of attempts in the window.
 */
public enum RuleKind {
  /** Terminal requests that failed (see {@code Outcome.FAILURE_CODES}) over the window. */
  PAYMENT_FAILURE_RATE(
      Unit.BASIS_POINTS,
      EnumSet.of(RuleScope.TERMINAL, RuleScope.LOCATION, RuleScope.MERCHANT, RuleScope.CAMPUS)),
  /**
   * A terminal that was seen (signed on) and has sent nothing for the threshold's minutes: no
   * heartbeat, no request.
   */
  TERMINAL_SILENT(Unit.MINUTES, EnumSet.of(RuleScope.TERMINAL)),
  /** A terminal reports a device fault with its heartbeat (printer, reader, cash box...). */
  DEVICE_FAULT(Unit.NONE, EnumSet.of(RuleScope.TERMINAL)),
  /** A payment channel's callbacks refused (bad signature, error) over the window. */
  CALLBACK_FAILURE_RATE(Unit.BASIS_POINTS, EnumSet.of(RuleScope.CHANNEL)),
  /** A channel's top-up orders still waiting for payment longer than the window: how many. */
  TOP_UPS_STUCK(Unit.COUNT, EnumSet.of(RuleScope.CHANNEL));

  /** The unit of a rule's thresholds. */
  public enum Unit {
    BASIS_POINTS,
    MINUTES,
    COUNT,
    NONE
  }

  private final Unit unit;
  private final Set<RuleScope> scopes;

  RuleKind(Unit unit, Set<RuleScope> scopes) {
    this.unit = unit;
    this.scopes = scopes;
  }

  public Unit unit() {
    return unit;
  }

  /** The scopes a rule of this kind may have. */
  public Set<RuleScope> scopes() {
    return scopes;
  }
}
