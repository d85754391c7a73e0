package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.yikatong.servicedesk.application.WarrantyAgreement;
import org.yikatong.servicedesk.application.WarrantyAgreements;

/** The warranty agreement of a service contract: as data, and printed. */
@Path("/v1")
public class WarrantyAgreementResource {

  @Inject WarrantyAgreements agreements;

  /** What the agreement says, read from the contract as it stands. */
  @GET
  @Path("/sla-contracts/{code}/warranty-agreement")
  @Produces(MediaType.APPLICATION_JSON)
  public WarrantyAgreement agreement(@PathParam("code") String code) {
    return agreements.agreement(code);
  }

  /** The agreement to print and sign. */
  @GET
  @Path("/sla-contracts/{code}/warranty-agreement.pdf")
  @Produces("application/pdf")
  public Response printed(@PathParam("code") String code) {
    return Response.ok(agreements.print(code), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"warranty-agreement-" + code + ".pdf\"")
        .build();
  }
}
