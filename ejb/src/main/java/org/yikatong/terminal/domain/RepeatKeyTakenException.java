package org.yikatong.terminal.domain;

import jakarta.ejb.ApplicationException;

/**
 * Another transaction created the row of a refusal's repeat key first. The transaction that tried
 * rolls back; the caller counts the refusal again, as a repeat of the row now there.
 */
@ApplicationException(rollback = true)
public class RepeatKeyTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RepeatKeyTakenException(String repeatKey, Throwable cause) {
    super("A row for the repeat key " + repeatKey + " was created concurrently", cause);
  }
}
