package org.yikatong.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yikatong.simulator.GatewaySimulator;
import org.yikatong.simulator.SimulationReport;
import org.yikatong.simulator.SimulatorOptions;

/** The gateway simulator against the deployed adapter: many terminals over two connections. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulatorIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.builtEar();
  }

  @Test
  @DisplayName("demo terminals sign on, beat and sign off over two connections, all approved")
  void networkManagementOverTwoConnections() throws Exception {
    SimulationReport report =
        new GatewaySimulator(
                SimulatorOptions.parse(
                    "--terminals=T0000003,T0000004,T0000005,K0000001,G0000001,L0000001",
                    "--connections=2",
                    "--echoes=4"))
            .run();
    assertTrue(report.allApproved(), "report: " + report.responsesByCode() + report.failures());
    assertEquals(Map.of("00", 6 * (1 + 4 + 1)), report.responsesByCode());
  }

  @Test
  @DisplayName(
      "payments with retries and reversals, an offline batch uploaded twice, malformed frames")
  void paymentScenario() throws Exception {
    SimulationReport report =
        new GatewaySimulator(
                SimulatorOptions.parse(
                    "--terminals=T0000002,T0000005",
                    "--connections=2",
                    "--echoes=1",
                    "--payments=30",
                    "--max-amount=500",
                    "--retries=30",
                    "--reversals=10",
                    "--offline=5",
                    "--malformed=4"))
            .run();
    assertTrue(
        report.consistent(),
        "report: " + report.responsesByCode() + report.failures() + report.repeatsMatched());
    assertTrue(
        report.responsesByCode().getOrDefault("00", 0) > 2 * (1 + 1 + 1), "payments approved");
    assertTrue(report.repeatsMatched() >= 2 * 5, "each offline advice answered alike twice");
    assertEquals(4, report.malformedClosed());
  }
}
