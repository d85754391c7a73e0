package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.yikatong.terminal.application.GatewayConnectionLog;
import org.yikatong.terminal.application.GatewayConnectionSummary;

/** {@code /api/v1/gateway-connections}: recent gateway connections, newest first. */
@Path("/v1/gateway-connections")
@Produces(MediaType.APPLICATION_JSON)
public class GatewayConnectionResource {

  @Inject GatewayConnectionLog connectionLog;

  @GET
  public List<GatewayConnectionSummary> recent(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return connectionLog.recent(limit);
  }
}
