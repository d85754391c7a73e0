package org.yikatong.cardadapter.inbound;

/**
 * The validated settings of the gateway listener.
 *
 * @param bindAddress address to listen on
 * @param port TCP port, 1..65535
 * @param maxConnections most connections held at once, at least 1
 * @param maxFrameBytes largest frame accepted, 1..65535 (the length prefix has two bytes)
 * @param idleTimeoutSeconds seconds of silence before a connection is closed, at least 1
 * @param maxInFlight requests of one connection being served at once, 1..1024; the connection is
 *     not read further until one of them is answered
 * @param maxConnectionsPerAddress most connections held at once from one source address, at least
 *     1; further ones from that address are closed on accept
 * @param firstFrameTimeoutMillis milliseconds after accept within which a connection must deliver
 *     one authenticated request (known terminal, right MAC), at least 1; it is closed otherwise
 * @param maxRefusedFramesPerConnection refused frames (declined 58 or 63, or an unanswered 0630
 *     refused alike) a connection may send since its last authenticated request, at least 1; the
 *     one that reaches the limit is answered, then the connection is closed
 */
public record ServerSettings(
    String bindAddress,
    int port,
    int maxConnections,
    int maxFrameBytes,
    int idleTimeoutSeconds,
    int maxInFlight,
    int maxConnectionsPerAddress,
    int firstFrameTimeoutMillis,
    int maxRefusedFramesPerConnection) {

  public ServerSettings {
    bindAddress = require("bindAddress", bindAddress);
    range("port", port, 1, 65535);
    range("maxConnections", maxConnections, 1, 100_000);
    range("maxFrameBytes", maxFrameBytes, 1, 65535);
    range("idleTimeoutSeconds", idleTimeoutSeconds, 1, 86_400);
    range("maxInFlight", maxInFlight, 1, 1024);
    range("maxConnectionsPerAddress", maxConnectionsPerAddress, 1, 100_000);
    range("firstFrameTimeoutMillis", firstFrameTimeoutMillis, 1, 3_600_000);
    range("maxRefusedFramesPerConnection", maxRefusedFramesPerConnection, 1, 100_000);
  }

  /** Settings from config properties, any of which may be unset ({@code null}). */
  public static ServerSettings of(
      String bindAddress,
      Integer port,
      Integer maxConnections,
      Integer maxFrameBytes,
      Integer idleTimeoutSeconds,
      Integer maxInFlight,
      Integer maxConnectionsPerAddress,
      Integer firstFrameTimeoutMillis,
      Integer maxRefusedFramesPerConnection) {
    return new ServerSettings(
        bindAddress,
        present("port", port),
        present("maxConnections", maxConnections),
        present("maxFrameBytes", maxFrameBytes),
        present("idleTimeoutSeconds", idleTimeoutSeconds),
        present("maxInFlight", maxInFlight),
        present("maxConnectionsPerAddress", maxConnectionsPerAddress),
        present("firstFrameTimeoutMillis", firstFrameTimeoutMillis),
        present("maxRefusedFramesPerConnection", maxRefusedFramesPerConnection));
  }

  private static int present(String name, Integer value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must be set");
    }
    return value;
  }

  private static String require(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must be set");
    }
    return value.strip();
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }
}
