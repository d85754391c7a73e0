package org.yikatong.kernel.domain;

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
  private final java.util.List<String> details;

  public RequestRefusedException(Kind kind, String message) {
    this(kind, message, java.util.List.of());
  }

  public RequestRefusedException(Kind kind, String message, java.util.List<String> details) {
    super(message);
    this.kind = kind;
    this.details = java.util.List.copyOf(details);
  }

  public Kind kind() {
    return kind;
  }

  /** Each problem found, such as one per bad line of a file; may be empty. */
  public java.util.List<String> details() {
    return details;
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
