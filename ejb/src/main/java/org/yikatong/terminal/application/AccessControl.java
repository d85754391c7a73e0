package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yikatong.card.domain.Card;
import org.yikatong.card.domain.CardRepository;
import org.yikatong.cardadapter.api.ResponseCode;
import org.yikatong.kernel.domain.BusinessDay;
import org.yikatong.kernel.domain.DeclineReason;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.application.Audited;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.AccessDecision;
import org.yikatong.terminal.domain.AccessDecisionRepository;
import org.yikatong.terminal.domain.AccessRule;
import org.yikatong.terminal.domain.AccessRuleRepository;
import org.yikatong.terminal.domain.Terminal;
import org.yikatong.terminal.domain.TerminalRepository;
import org.yikatong.terminal.domain.TerminalType;

/**
 * Access checks at gates, doors and library readers (ISO 8583 0100): the card must be valid (not
 * lost, frozen, cancelled, replaced or expired) and its holder's group allowed at the reader by the
 * {@link AccessRule access rules}. Every check is recorded with its answer; a reader's retry (same
 * reader and RRN) gets the recorded answer.
 */
@Stateless
public class AccessControl {

  private static final Set<TerminalType> READERS =
      Set.of(TerminalType.GATE, TerminalType.DOOR, TerminalType.LIBRARY);

  @Inject TerminalRepository terminals;
  @Inject CardRepository cards;
  @Inject Clock clock;
  @Inject AccessDecisionRepository decisionLog;
  @Inject AccessRuleRepository ruleBook;
  @Inject AuditTrail audit;

  /** Decides and records one access check. */
  @RolesAllowed({Role.GATEWAY, Role.ADMINISTRATOR})
  public AccessDecision check(
      @NotBlank String readerCode,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,12}") String rrn,
      @NotBlank String cardNo) {
    Optional<AccessDecision> earlier = decisionLog.findByRrn(readerCode, rrn);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Instant now = clock.instant();
    Optional<Terminal> reader =
        terminals
            .findByCode(readerCode)
            .filter(Terminal::isEnabled)
            .filter(t -> READERS.contains(t.getType()));
    Optional<Card> card = cards.findByNumber(cardNo);
    String group = card.map(c -> c.getHolder().getGroup()).orElse(null);
    ResponseCode code;
    String reason;
    if (reader.isEmpty()) {
      code = ResponseCode.NOT_PERMITTED_AT_TERMINAL;
      reason = "not an access reader";
    } else if (card.isEmpty()) {
      code = ResponseCode.UNKNOWN_CARD;
      reason = "unknown card";
    } else {
      Optional<DeclineReason> refusal = card.get().refusalOn(BusinessDay.of(now));
      if (refusal.isPresent()) {
        code =
            switch (refusal.get()) {
              case CARD_LOST -> ResponseCode.CARD_LOST;
              case CARD_EXPIRED -> ResponseCode.CARD_EXPIRED;
              default -> ResponseCode.RESTRICTED_CARD;
            };
        reason = "card " + card.get().getStatus().name().toLowerCase();
      } else {
        Optional<AccessRule> rule =
            AccessRule.deciding(rules(), readerCode, reader.get().getType(), group);
        boolean allowed = rule.map(AccessRule::isAllowed).orElse(false);
        code = allowed ? ResponseCode.APPROVED : ResponseCode.NOT_PERMITTED_FOR_CARDHOLDER;
        reason =
            rule.map(
                    r ->
                        (allowed ? "allowed by " : "denied by ")
                            + r.getScope()
                            + "/"
                            + r.getGroup())
                .orElse("no rule for group " + group);
      }
    }
    AccessDecision decision =
        new AccessDecision(
            readerCode,
            rrn,
            cardNo,
            card.orElse(null),
            group,
            code.isApproved(),
            code.code(),
            reason,
            now);
    decisionLog.add(decision);
    return decision;
  }

  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<AccessRule> rules() {
    return ruleBook.findAll();
  }

  /** Sets whether a group may pass readers of a scope, adding the rule if there is none. */
  @RolesAllowed(Role.ADMINISTRATOR)
  @Audited
  public AccessRule setRule(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,16}") String scope,
      @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,32}|\\*") String group,
      boolean allowed) {
    Optional<AccessRule> existing =
        rules().stream()
            .filter(r -> r.getScope().equals(scope) && r.getGroup().equals(group))
            .findFirst();
    if (existing.isPresent()) {
      audit.describe(
          existing.get().isAllowed() ? "allowed" : "denied", allowed ? "allowed" : "denied");
      existing.get().setAllowed(allowed);
      return existing.get();
    }
    boolean readerType =
        java.util.Arrays.stream(TerminalType.values()).anyMatch(t -> t.name().equals(scope));
    if (!readerType && terminals.findByCode(scope).isEmpty()) {
      throw RequestRefusedException.notFound("No reader type or reader " + scope);
    }
    AccessRule rule = new AccessRule(scope, group, allowed);
    ruleBook.add(rule);
    audit.describe("no rule", allowed ? "allowed" : "denied");
    return rule;
  }

  /** The latest access decisions, newest first, of one reader or of all. */
  @RolesAllowed({Role.ADMINISTRATOR, Role.HELPDESK, Role.TECHNICIAN, Role.AUDITOR})
  public List<AccessDecision> decisions(String readerCode, int max) {
    return decisionLog.latest(
        readerCode == null ? "" : readerCode, Math.min(Math.max(1, max), 500));
  }
}
