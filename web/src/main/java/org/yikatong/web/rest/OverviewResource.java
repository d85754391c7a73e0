package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.yikatong.overview.application.PlatformOverview;
import org.yikatong.overview.application.PlatformOverviewService;

/** {@code /api/v1/overview}: what the platform holds, for dashboards. Staff roles only. */
@Path("/v1/overview")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

  @Inject PlatformOverviewService overviewService;

  @GET
  public PlatformOverview get() {
    return overviewService.overview();
  }
}
