package org.yikatong.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yikatong.ledger.application.ChartOfAccounts;
import org.yikatong.security.application.SecretCipher;
import org.yikatong.security.domain.Role;

/**
 * Runs once per node when the application starts: checks the settings that everything depends on
 * (so that a bad one fails the deployment with its name, not some later request), loads the demo
 * data when asked to, and prints where the console is. A missing or malformed master key, or a
 * secret of {@code configure-local.cli} on a server without demo data ({@link StartupSettings}), is
 * logged at SEVERE and fails the deployment.
 *
 * <p>Runs as {@link Role#ADMINISTRATOR}: loading demo data is an administrative act.
 */
@Singleton
@Startup
@RunAs(Role.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  // Made here, once the settings are checked, so that a bad master key fails the deployment.
  @Inject Instance<SecretCipher> cipher;

  @Inject Config config;

  @Inject DemoDataLoader demoData;

  @Inject ChartOfAccounts chart;

  @Inject
  @ConfigProperty(name = "yikatong.demo-data", defaultValue = "false")
  boolean loadDemoData;

  @Inject
  @ConfigProperty(name = "yikatong.console-url", defaultValue = "http://localhost:8080/yikatong/")
  String consoleUrl;

  @PostConstruct
  void start() {
    List<String> problems =
        StartupSettings.problems(
            setting -> config.getOptionalValue(setting, String.class), loadDemoData);
    if (!problems.isEmpty()) {
      problems.forEach(problem -> LOG.severe("Yikatong cannot start: " + problem));
      throw new IllegalStateException(
          "Yikatong cannot start: " + String.join("; ", problems) + " (docs/operator-guide.md)");
    }
    cipher.get().encrypt(new byte[1]);
    try {
      chart.openMissing();
    } catch (EJBException e) {
      // Another cluster node may have opened the same accounts at the same moment: try once more,
      // which finds them and opens nothing, or fails for a real reason.
      LOG.info("Opening ledger accounts again after: " + e.getMessage());
      chart.openMissing();
    }
    if (loadDemoData) {
      try {
        if (!demoData.loadIfEmpty()) {
          LOG.info("Demo data already present");
        }
      } catch (EJBException e) {
        // Another cluster node may have loaded it at the same moment; only that is acceptable.
        if (!demoData.isLoaded()) {
          throw e;
        }
      }
    }
    LOG.info("Yikatong is up. Console: " + consoleUrl);
  }
}
