package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.yikatong.terminal.application.IssuedSecret;
import org.yikatong.terminal.application.NewTerminal;
import org.yikatong.terminal.application.TerminalAdministration;
import org.yikatong.terminal.application.TerminalDirectory;
import org.yikatong.terminal.application.TerminalSummary;

/**
 * {@code /api/v1/terminals}: terminals and readers with their link health; registration, secrets
 * and status for administrators.
 */
@Path("/v1/terminals")
@Produces(MediaType.APPLICATION_JSON)
public class TerminalResource {

  @Inject TerminalDirectory directory;
  @Inject TerminalAdministration administration;
  @Inject org.yikatong.terminal.application.TerminalCommands commands;
  @Context UriInfo uriInfo;

  /**
   * Registers a terminal; the answer carries its secret, shown this once.
   *
   * @return 201 with the location of the new terminal
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(NewTerminal request) {
    IssuedSecret issued = administration.register(request);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.terminalId()).build())
        .entity(issued)
        .build();
  }

  /** Replaces the terminal's secret; the answer carries the new one, shown this once. */
  @POST
  @Path("/{terminalId}/secret")
  public IssuedSecret rotateSecret(@PathParam("terminalId") String terminalId) {
    return administration.rotateSecret(terminalId);
  }

  /**
   * Rotates the terminal's secret over the wire (KEY command): 202, the command; the current secret
   * stays valid until the terminal acknowledges the new one. The new secret is not shown.
   */
  @POST
  @Path("/{terminalId}/key-rotation")
  public Response pushNewKey(@PathParam("terminalId") String terminalId) {
    return Response.accepted(CommandView.of(administration.pushNewKey(terminalId))).build();
  }

  @POST
  @Path("/{terminalId}/disable")
  public TerminalSummary disable(@PathParam("terminalId") String terminalId) {
    return administration.disable(terminalId);
  }

  @POST
  @Path("/{terminalId}/enable")
  public TerminalSummary enable(@PathParam("terminalId") String terminalId) {
    return administration.enable(terminalId);
  }

  @GET
  public List<TerminalSummary> all() {
    return directory.all();
  }

  /** A command to send: NOTICE (text) or MODE (NORMAL, EMERGENCY, OUT_OF_SERVICE). */
  public record CommandRequest(String command, String payload) {}

  /** A command and where it stands. */
  public record CommandView(
      long id,
      String command,
      String payload,
      String stan,
      String status,
      int sends,
      java.time.Instant createdAt,
      String createdBy,
      java.time.Instant lastSentAt,
      java.time.Instant ackedAt,
      String ackCode) {
    static CommandView of(org.yikatong.terminal.domain.TerminalCommand c) {
      return new CommandView(
          c.getId(),
          c.getCommand(),
          "KEY".equals(c.getCommand()) ? null : c.getPayload(), // a secret is never shown
          c.getStan(),
          c.getStatus().name(),
          c.getSends(),
          c.getCreatedAt(),
          c.getCreatedBy(),
          c.getLastSentAt(),
          c.getAckedAt(),
          c.getAckCode());
    }
  }

  /** Queues a command; it goes out at once if the terminal is connected, else when it next is. */
  @POST
  @Path("/{terminalId}/commands")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendCommand(@PathParam("terminalId") String terminalId, CommandRequest request) {
    if (request == null || request.command() == null || request.payload() == null) {
      throw new jakarta.ws.rs.BadRequestException("command and payload are required");
    }
    CommandView view =
        CommandView.of(commands.send(terminalId, request.command(), request.payload()));
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @Path("/{terminalId}/commands")
  public List<CommandView> commands(@PathParam("terminalId") String terminalId) {
    return commands.of(terminalId).stream().map(CommandView::of).toList();
  }

  /** One detected gap in a terminal's RRN sequence. */
  public record RrnGapView(
      String terminalId, long firstMissing, long lastMissing, java.time.Instant detectedAt) {}

  /** Gaps detected in terminals' RRN sequences, newest first. */
  @GET
  @Path("/rrn-gaps")
  public List<RrnGapView> rrnGaps(
      @jakarta.ws.rs.QueryParam("max") @jakarta.ws.rs.DefaultValue("100") int max) {
    return directory.rrnGaps(max).stream()
        .map(
            g ->
                new RrnGapView(
                    g.getTerminalCode(),
                    g.getFirstMissing(),
                    g.getLastMissing(),
                    g.getDetectedAt()))
        .toList();
  }

  @GET
  @Path("/{terminalId}")
  public TerminalSummary one(@PathParam("terminalId") String terminalId) {
    return directory
        .byId(terminalId)
        .orElseThrow(() -> new NotFoundException("No terminal " + terminalId));
  }
}
