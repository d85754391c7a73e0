package org.yikatong.kernel.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, as the edge that received it knows: the client's network
 * address and User-Agent for web and API calls (set by the web tier's filter), the terminal id for
 * terminal traffic (set by the gateway). Every part may be unknown (null), e.g. for timers. The
 * address is the one the connection comes from; a forwarded-for header is not trusted.
 */
@RequestScoped
public class RequestOrigin {

  private String address;
  private String userAgent;
  private String terminalId;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }

  public String getTerminalId() {
    return terminalId;
  }

  public void setTerminalId(String terminalId) {
    this.terminalId = terminalId;
  }
}
