package org.yikatong.gateway;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.yikatong.cardadapter.api.RejectedMessage;
import org.yikatong.cardadapter.api.ResponseCode;
import org.yikatong.cardadapter.api.TerminalMessageListener;
import org.yikatong.cardadapter.api.TerminalRequest;
import org.yikatong.cardadapter.api.TerminalResponse;
import org.yikatong.kernel.application.RequestOrigin;
import org.yikatong.monitoring.application.TrafficMeters;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.application.AccessControl;
import org.yikatong.terminal.application.TerminalCommands;
import org.yikatong.terminal.application.TerminalLink;
import org.yikatong.terminal.application.TerminalLink.NetworkFunction;
import org.yikatong.terminal.domain.AccessDecision;

/**
 * Serves terminal requests that the card adapter has authenticated: translates each into a call of
 * an application service and its outcome into a response code. Runs as the {@link Role#GATEWAY}
 * role, one container-managed transaction per call.
 *
 * <p>Financial requests (0200, 0220, 0400, 0420) go to {@link FinancialMessages} and on to the
 * ledger, access checks (0100) to the terminal area's access rules, network management (0800:
 * sign-on, sign-off, heartbeat, key exchange) to the terminal link; any other message is answered
 * 12 (invalid transaction). Each request is first admitted in its transaction ({@link
 * TerminalLink#admit}): a terminal disabled meanwhile is answered 58, a request verified with a
 * secret the terminal no longer has 63. The request's origin ({@link RequestOrigin}) is its
 * terminal.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "endpointName", propertyValue = "terminal-requests")
    })
@ResourceAdapter(GatewayConnectionMDB.CARD_ADAPTER)
@RunAs(Role.GATEWAY)
@PermitAll // the adapter delivers without a caller identity
public class TerminalMessageMDB implements TerminalMessageListener {

  private static final Logger LOG = Logger.getLogger(TerminalMessageMDB.class.getName());

  @Inject TerminalLink link;
  @Inject FinancialMessages financial;
  @Inject AccessControl access;
  @Inject TerminalCommands commands;
  @Inject RequestOrigin origin;
  @Inject TrafficMeters meters;

  @Override
  public Optional<byte[]> terminalSecret(String terminalId) {
    return link.secretOf(terminalId);
  }

  @Override
  public Optional<byte[]> currentTerminalSecret(String terminalId) {
    return link.currentSecretOf(terminalId);
  }

  @Override
  public void rejected(RejectedMessage rejection) {
    link.recordRejection(
        rejection.connectionId(),
        rejection.reason().name(),
        rejection.terminalId(),
        rejection.mti(),
        rejection.stan(),
        rejection.detail(),
        rejection.occurredAt());
  }

  @Override
  public void commandAcknowledged(
      String terminalId, String stan, String responseCode, java.time.Instant at) {
    commands.acknowledged(terminalId, stan, responseCode, at);
  }

  /**
   * Serves a request and counts it in the traffic meters by its kind ({@link RequestKind}) and the
   * response code it gets; a failure counts as the 96 the adapter answers for it.
   */
  @Override
  public TerminalResponse onRequest(TerminalRequest request) {
    long started = System.nanoTime();
    Optional<String> kind = RequestKind.of(request.mti(), request.field(3).orElse(null));
    try {
      TerminalResponse response = serve(request);
      kind.ifPresent(k -> meters.served(k, response.code().code(), System.nanoTime() - started));
      return response;
    } catch (RuntimeException e) {
      kind.ifPresent(
          k ->
              meters.served(
                  k, ResponseCode.SYSTEM_MALFUNCTION.code(), System.nanoTime() - started));
      throw e;
    }
  }

  private TerminalResponse serve(TerminalRequest request) {
    // Names the terminal to whatever this request records; terminal payments themselves are
    // recorded by the ledger's journal, not in the audit trail.
    try {
      origin.setTerminalId(request.terminalId());
    } catch (ContextNotActiveException e) {
      // Only an origin for the audit trail: it never stands in the way of a payment.
    }
    switch (link.admit(request.terminalId(), request.keyCheck())) {
      case NOT_PERMITTED -> {
        return TerminalResponse.of(ResponseCode.NOT_PERMITTED_AT_TERMINAL);
      }
      case STALE_SECRET -> {
        link.recordRejection(
            request.connectionId(),
            "BAD_MAC",
            request.terminalId(),
            request.mti(),
            request.field(11).orElse(null),
            "MAC verified with a secret the terminal no longer has",
            request.receivedAt());
        return TerminalResponse.of(ResponseCode.SECURITY_VIOLATION);
      }
      case ADMITTED -> {
        // served below
      }
    }
    switch (request.mti()) {
      case "0200", "0220", "0400", "0420" -> {
        return financial.handle(request);
      }
      case "0800" -> {
        return networkManagement(request);
      }
      case "0100" -> {
        return accessCheck(request);
      }
      default -> {
        LOG.info(() -> "Not a request of the contract: " + request);
        return TerminalResponse.of(ResponseCode.INVALID_TRANSACTION);
      }
    }
  }

  private TerminalResponse accessCheck(TerminalRequest request) {
    Optional<String> rrn =
        request.field(37).map(String::strip).filter(s -> s.matches("[A-Za-z0-9]{1,12}"));
    Optional<String> cardNo = request.field(2).map(String::strip);
    if (rrn.isEmpty() || cardNo.isEmpty() || !request.field(3).orElse("").equals("900000")) {
      link.recordRejection(
          request.connectionId(),
          "FORMAT_ERROR",
          request.terminalId(),
          request.mti(),
          request.field(11).orElse(null),
          "an access check needs fields 2, 3 (900000) and 37",
          request.receivedAt());
      return TerminalResponse.of(ResponseCode.FORMAT_ERROR);
    }
    link.rrnSeen(request.terminalId(), rrn.get(), request.receivedAt());
    AccessDecision decision = access.check(request.terminalId(), rrn.get(), cardNo.get());
    return TerminalResponse.of(
        ResponseCode.ofCode(decision.getResponseCode()).orElse(ResponseCode.DECLINED));
  }

  private TerminalResponse networkManagement(TerminalRequest request) {
    Optional<NetworkFunction> function =
        request
            .field(70)
            .map(
                code ->
                    switch (code) {
                      case "001" -> NetworkFunction.SIGN_ON;
                      case "002" -> NetworkFunction.SIGN_OFF;
                      case "301" -> NetworkFunction.ECHO;
                      default -> null;
                    });
    if (function.isEmpty()) {
      return TerminalResponse.of(ResponseCode.FORMAT_ERROR);
    }
    link.networkManagement(request.terminalId(), function.get(), request.receivedAt());
    return TerminalResponse.of(ResponseCode.APPROVED);
  }
}
