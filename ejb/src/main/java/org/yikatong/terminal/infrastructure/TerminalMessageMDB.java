package org.yikatong.terminal.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.ResourceAdapter;
import org.yikatong.cardadapter.api.RejectedMessage;
import org.yikatong.cardadapter.api.ResponseCode;
import org.yikatong.cardadapter.api.TerminalMessageListener;
import org.yikatong.cardadapter.api.TerminalRequest;
import org.yikatong.cardadapter.api.TerminalResponse;
import org.yikatong.security.domain.Role;
import org.yikatong.terminal.application.TerminalLink;
import org.yikatong.terminal.application.TerminalLink.NetworkFunction;

/**
 * Serves terminal requests that the card adapter has authenticated: translates each into a call of
 * an application service and its outcome into a response code. Runs as the {@link Role#GATEWAY}
 * role, one container-managed transaction per call.
 *
 * <p>Served today: network management (0800). Financial requests and access checks are answered 12
 * (invalid transaction) until the ledger (issue #3) and the access rules (issue #4) serve them.
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

  @Override
  public Optional<byte[]> terminalSecret(String terminalId) {
    return link.secretOf(terminalId);
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
  public TerminalResponse onRequest(TerminalRequest request) {
    switch (request.mti()) {
      case "0200", "0220", "0400", "0420" -> {
        return financial.handle(request);
      }
      case "0800" -> {
        return networkManagement(request);
      }
      default -> {
        // TODO(#4): access checks (0100) at gates, doors and library readers.
        LOG.info(() -> "Not served yet: " + request.mti() + " from " + request.terminalId());
        return TerminalResponse.of(ResponseCode.INVALID_TRANSACTION);
      }
    }
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
