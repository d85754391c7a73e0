package org.yikatong.cardadapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.time.Clock;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.yikatong.cardadapter.api.ListenerStatus;
import org.yikatong.cardadapter.api.TerminalCommandMessage;
import org.yikatong.cardadapter.inbound.EndpointRegistry;
import org.yikatong.cardadapter.inbound.GatewayActivationSpec;
import org.yikatong.cardadapter.inbound.GatewayServer;
import org.yikatong.cardadapter.inbound.ServerSettings;

/**
 * The card adapter's resource adapter bean.
 *
 * <p>Lifecycle: the container calls {@link #start} once, then {@link #endpointActivation} for each
 * message endpoint bound to this adapter. The adapter listens for gateways only while at least one
 * endpoint is active, so that no connection is accepted that nothing could serve; it stops
 * listening and closes every connection when the last endpoint goes or the adapter stops.
 *
 * <p>Every setting is a config property with a default; {@code META-INF/ironjacamar.xml} maps them
 * to system properties so that operators change them without rebuilding the archive.
 */
@Connector(
    displayName = "Yikatong card adapter",
    description = "Accepts terminal gateway connections over TCP and hands their traffic to MDBs.",
    vendorName = "Yikatong",
    eisType = "Campus card terminal gateways",
    version = "1.0",
    transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class CardAdapterResourceAdapter implements ResourceAdapter {

  private static final Logger LOG = Logger.getLogger(CardAdapterResourceAdapter.class.getName());

  @ConfigProperty(
      defaultValue = "127.0.0.1",
      description = "Address the adapter listens on for gateway connections (0.0.0.0 for all).")
  private String bindAddress = "127.0.0.1";

  @ConfigProperty(defaultValue = "9500", description = "TCP port for gateway connections.")
  private Integer port = 9500;

  @ConfigProperty(
      defaultValue = "64",
      description = "Most gateway connections held at once; further ones are closed at once.")
  private Integer maxConnections = 64;

  @ConfigProperty(
      defaultValue = "8192",
      description = "Largest frame accepted, in bytes after the 2-byte length prefix.")
  private Integer maxFrameBytes = 8192;

  @ConfigProperty(
      defaultValue = "300",
      description = "Seconds without any byte from a gateway after which its connection is closed.")
  private Integer idleTimeoutSeconds = 300;

  @ConfigProperty(
      defaultValue = "32",
      description = "Requests of one connection served at once; reading waits beyond that.")
  private Integer maxInFlight = 32;

  // A gateway opens a few connections; sixteen leave room for several gateways behind one NAT
  // address while one host can take at most a quarter of the default maxConnections.
  @ConfigProperty(
      defaultValue = "16",
      description =
          "Most gateway connections held at once from one source address; further ones from that"
              + " address are closed at once.")
  private Integer maxConnectionsPerAddress = 16;

  @ConfigProperty(
      defaultValue = "10000",
      description =
          "Milliseconds after accept within which a connection must deliver one authenticated"
              + " request (known terminal, right MAC); it is closed otherwise.")
  private Integer firstFrameTimeoutMillis = 10_000;

  @ConfigProperty(
      defaultValue = "16",
      description =
          "Refused frames (answered 58 or 63) a connection may send since its last authenticated"
              + " request; the connection is closed at the limit.")
  private Integer maxRefusedFramesPerConnection = 16;

  private final EndpointRegistry endpoints = new EndpointRegistry();
  private BootstrapContext bootstrapContext;
  private GatewayServer server;

  @Override
  public synchronized void start(BootstrapContext context) throws ResourceAdapterInternalException {
    settings(); // fail deployment on a bad setting rather than at the first activation
    this.bootstrapContext = context;
    LOG.info(() -> "Card adapter started; will listen on " + bindAddress + ":" + port);
  }

  @Override
  public synchronized void stop() {
    stopServer();
    endpoints.clear();
    bootstrapContext = null;
  }

  @Override
  public synchronized void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    if (!(spec instanceof GatewayActivationSpec gatewaySpec)) {
      throw new ResourceException("Unsupported activation spec " + spec.getClass().getName());
    }
    gatewaySpec.validate();
    endpoints.add(gatewaySpec, factory);
    if (server == null) {
      server =
          new GatewayServer(
              settings(), bootstrapContext.getWorkManager(), endpoints, Clock.systemUTC());
      server.start();
    }
  }

  @Override
  public synchronized void endpointDeactivation(
      MessageEndpointFactory factory, ActivationSpec spec) {
    endpoints.remove(spec);
    if (endpoints.isEmpty()) {
      stopServer();
    }
  }

  /**
   * Sends a command to a terminal through the gateway connection that last carried it (the outbound
   * connection factory's work).
   *
   * @return false when the adapter serves no gateways or none carries the terminal
   */
  public boolean send(TerminalCommandMessage command) {
    GatewayServer current;
    synchronized (this) {
      current = server;
    }
    return current != null && current.send(command);
  }

  /**
   * The state of the listener for terminal gateways: not accepting while no gateway endpoint is
   * active (the listener only runs for one), and then named by the configured address.
   */
  public ListenerStatus listenerStatus() {
    GatewayServer current;
    synchronized (this) {
      current = server;
    }
    return current != null
        ? current.status()
        : new ListenerStatus(false, bindAddress + ":" + port, 0);
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  private void stopServer() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private ServerSettings settings() throws ResourceAdapterInternalException {
    try {
      return ServerSettings.of(
          bindAddress,
          port,
          maxConnections,
          maxFrameBytes,
          idleTimeoutSeconds,
          maxInFlight,
          maxConnectionsPerAddress,
          firstFrameTimeoutMillis,
          maxRefusedFramesPerConnection);
    } catch (IllegalArgumentException e) {
      throw new ResourceAdapterInternalException(
          "Card adapter configuration: " + e.getMessage(), e);
    }
  }

  public String getBindAddress() {
    return bindAddress;
  }

  public void setBindAddress(String bindAddress) {
    this.bindAddress = bindAddress;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public Integer getMaxConnections() {
    return maxConnections;
  }

  public void setMaxConnections(Integer maxConnections) {
    this.maxConnections = maxConnections;
  }

  public Integer getMaxFrameBytes() {
    return maxFrameBytes;
  }

  public void setMaxFrameBytes(Integer maxFrameBytes) {
    this.maxFrameBytes = maxFrameBytes;
  }

  public Integer getIdleTimeoutSeconds() {
    return idleTimeoutSeconds;
  }

  public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) {
    this.idleTimeoutSeconds = idleTimeoutSeconds;
  }

  public Integer getMaxInFlight() {
    return maxInFlight;
  }

  public void setMaxInFlight(Integer maxInFlight) {
    this.maxInFlight = maxInFlight;
  }

  public Integer getMaxConnectionsPerAddress() {
    return maxConnectionsPerAddress;
  }

  public void setMaxConnectionsPerAddress(Integer maxConnectionsPerAddress) {
    this.maxConnectionsPerAddress = maxConnectionsPerAddress;
  }

  public Integer getFirstFrameTimeoutMillis() {
    return firstFrameTimeoutMillis;
  }

  public void setFirstFrameTimeoutMillis(Integer firstFrameTimeoutMillis) {
    this.firstFrameTimeoutMillis = firstFrameTimeoutMillis;
  }

  public Integer getMaxRefusedFramesPerConnection() {
    return maxRefusedFramesPerConnection;
  }

  public void setMaxRefusedFramesPerConnection(Integer maxRefusedFramesPerConnection) {
    this.maxRefusedFramesPerConnection = maxRefusedFramesPerConnection;
  }

  // The container compares adapter beans by identity; JCA requires these to be declared.
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
