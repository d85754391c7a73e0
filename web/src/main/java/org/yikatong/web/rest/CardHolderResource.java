package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.yikatong.card.domain.CardHolder;
import org.yikatong.ledger.application.CardHolderRegistry;
import org.yikatong.ledger.application.NewCardHolder;
import org.yikatong.web.rest.LedgerViews.CardView;

/**
 * {@code /api/v1/card-holders}: register a card holder (with a first card, or none to issue one
 * later with its deposit) and look one up with balances and cards.
 */
@Path("/v1/card-holders")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class CardHolderResource {

  @Inject CardHolderRegistry registry;
  @Context UriInfo uriInfo;

  /** A card holder with both purses and every card. */
  public record HolderView(
      String holderNo,
      String fullName,
      String type,
      String department,
      String group,
      long purseFen,
      long subsidyFen,
      List<CardView> cards) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(NewCardHolder request) {
    if (request == null) {
      throw new BadRequestException("A card holder request body is required");
    }
    CardHolder holder = registry.register(request);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(holder.getHolderNo()).build())
        .entity(view(registry.details(holder.getHolderNo())))
        .build();
  }

  @GET
  @Path("/{holderNo}")
  public HolderView holder(@PathParam("holderNo") String holderNo) {
    return view(registry.details(holderNo));
  }

  /**
   * Issues the holder's first or a new login password, to be changed at the first login; the answer
   * carries it once, for the helpdesk to hand over in person.
   */
  @POST
  @Path("/{holderNo}/login/password-reset")
  public Response issueLoginPassword(@PathParam("holderNo") String holderNo) {
    return Response.ok(UserResource.IssuedPasswordView.of(registry.issueLoginPassword(holderNo)))
        .cacheControl(UserResource.noStore())
        .build();
  }

  private static HolderView view(CardHolderRegistry.HolderDetails d) {
    CardHolder h = d.holder();
    return new HolderView(
        h.getHolderNo(),
        h.getFullName(),
        h.getType().name(),
        h.getDepartment(),
        h.getGroup(),
        d.purse().fen(),
        d.subsidy().fen(),
        d.cards().stream().map(CardView::of).toList());
  }
}
