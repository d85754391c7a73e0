package org.yikatong.platform.domain;

import jakarta.ejb.ApplicationException;

/**
 * A use case refused a request for a reason the caller can act on; the transaction rolls back, so
 * nothing of the request is stored. The web tier turns each kind into its HTTP status.
 */
@ApplicationException(rollback = true)
public class RequestRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a request was refused. */
  public enum Kind {
    /** Something the request names does not exist (HTTP 404). */
    NOT_FOUND,
    /** The request contradicts what is stored, such as a duplicate id (HTTP 409). */
    CONFLICT,
    /** The request is invalid in itself (HTTP 400). */
    INVALID
  }

  private final Kind kind;

  public RequestRefusedException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static RequestRefusedException notFound(String message) {
    return new RequestRefusedException(Kind.NOT_FOUND, message);
  }

  public static RequestRefusedException conflict(String message) {
    return new RequestRefusedException(Kind.CONFLICT, message);
  }

  public static RequestRefusedException invalid(String message) {
    return new RequestRefusedException(Kind.INVALID, message);
  }
}
