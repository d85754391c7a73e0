package org.yikatong.terminal.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.domain.RepeatKeyTakenException;
import org.yikatong.terminal.domain.TerminalRejection;
import org.yikatong.terminal.domain.TerminalRejectionRepository;

/**
 * Counts one refusal in the audit trail, in a transaction of its own: the record stays whatever
 * becomes of the caller's transaction, and a lost race for a new row rolls back only this one.
 * {@link TerminalLink#recordRejection} is its caller.
 */
@Stateless
@RolesAllowed(Role.GATEWAY)
public class RejectionAudit {

  @Inject TerminalRejectionRepository rejections;

  /**
   * Adds the refusal to the row of its repeat key, or stores it as that row's first.
   *
   * @throws RepeatKeyTakenException when another transaction created the row meanwhile; counting
   *     again then finds it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void count(TerminalRejection refusal) {
    if (!rejections.addRepeat(refusal)) {
      rejections.add(refusal);
    }
  }
}
