package org.yikatong.cardadapter.protocol;

/**
 * A frame that is not a well-formed ISO 8583 message of the contract: it is answered with response
 * code 30 where possible, or the connection is closed, and always audited.
 */
public class MalformedMessageException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedMessageException(String message) {
    super(message);
  }

  public MalformedMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
