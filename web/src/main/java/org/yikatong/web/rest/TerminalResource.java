package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.yikatong.terminal.application.TerminalDirectory;
import org.yikatong.terminal.application.TerminalSummary;

/** {@code /api/v1/terminals}: terminals and readers with their link health. */
@Path("/v1/terminals")
@Produces(MediaType.APPLICATION_JSON)
public class TerminalResource {

  @Inject TerminalDirectory directory;

  @GET
  public List<TerminalSummary> all() {
    return directory.all();
  }

  @GET
  @Path("/{terminalId}")
  public TerminalSummary one(@PathParam("terminalId") String terminalId) {
    return directory
        .byId(terminalId)
        .orElseThrow(() -> new NotFoundException("No terminal " + terminalId));
  }
}
