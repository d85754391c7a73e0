package org.yikatong.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Duration;
import java.time.Instant;
import org.yikatong.kernel.application.AdjustableClock;

/**
 * Test deployments only: sets the server's clock for tests that run as a client, so that what
 * depends on working hours does not depend on the hour the suite runs. {@code PUT} with {@code
 * {"at": "<ISO instant>"}} sets it, {@code DELETE} puts it back.
 */
@Path("/v1/test-clock")
public class ClockControl {

  @Inject AdjustableClock clock;

  public record ClockBody(String at) {}

  @PUT
  @Consumes("application/json")
  public void set(ClockBody body) {
    clock.shift(Duration.between(Instant.now(), Instant.parse(body.at())));
  }

  @DELETE
  public void reset() {
    clock.shift(Duration.ZERO);
  }
}
