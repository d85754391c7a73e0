package org.yikatong.notification.domain;

/** A channel could not send a message this time; the sender retries it later. */
public class DeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public DeliveryException(String message) {
    super(message);
  }
}
