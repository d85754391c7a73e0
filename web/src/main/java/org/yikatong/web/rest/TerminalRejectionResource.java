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
import org.yikatong.terminal.application.TerminalDirectory;
import org.yikatong.terminal.application.TerminalRejectionSummary;

/** {@code /api/v1/terminal-rejections}: messages the card adapter refused, newest first. */
@Path("/v1/terminal-rejections")
@Produces(MediaType.APPLICATION_JSON)
public class TerminalRejectionResource {

  @Inject TerminalDirectory directory;

  @GET
  public List<TerminalRejectionSummary> recent(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return directory.recentRejections(limit);
  }
}
