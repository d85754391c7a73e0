package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yikatong.card.application.CardLifecycle;
import org.yikatong.card.domain.CardListChange;
import org.yikatong.ledger.application.CardCounter;
import org.yikatong.ledger.domain.JournalEntry;
import org.yikatong.web.rest.LedgerViews.CardView;
import org.yikatong.web.rest.LedgerViews.EntryView;

/**
 * {@code /api/v1/cards}: the card lifecycle for the helpdesk: issue with deposit, report loss,
 * found, freeze, unfreeze, replace, cancel, PIN and limits; and the blacklist changes terminals
 * apply.
 */
@Path("/v1/cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CardResource {

  @Inject CardLifecycle lifecycle;
  @Inject CardCounter counter;
  @Context UriInfo uriInfo;

  /** A card to issue. */
  public record IssueRequest(
      String holderNo, String cardSerialNo, LocalDate expiresOn, long depositFen, String pin) {

    /** Never shows the PIN. */
    @Override
    public String toString() {
      return "IssueRequest[holderNo="
          + holderNo
          + ", cardSerialNo="
          + cardSerialNo
          + ", expiresOn="
          + expiresOn
          + ", depositFen="
          + depositFen
          + "]";
    }
  }

  /** A replacement card. */
  public record ReplaceRequest(String newSerialNo, LocalDate expiresOn, long feeFen) {}

  /** A cancellation and its fee. */
  public record CancelRequest(long feeFen) {}

  public record PinRequest(String pin) {

    /** Never shows the PIN. */
    @Override
    public String toString() {
      return "PinRequest[pin=******]";
    }
  }

  public record LimitsRequest(long noPinLimitFen, long dailyLimitFen) {}

  /** One change of the blacklist. */
  public record ListChangeView(
      long id, String serialNo, String action, String reason, Instant changedAt, String changedBy) {
    static ListChangeView of(CardListChange c) {
      return new ListChangeView(
          c.getId(),
          c.getSerialNo(),
          c.getAction().name(),
          c.getReason().name(),
          c.getChangedAt(),
          c.getChangedBy());
    }
  }

  /** The outcome of a cancellation: the card and the refund entry, if money moved. */
  public record CancelView(CardView card, EntryView refund) {}

  @POST
  public Response issue(IssueRequest r) {
    Bodies.required(r);
    CardView card =
        CardView.of(
            counter.issue(
                new CardCounter.IssueCard(
                    r.holderNo(), r.cardSerialNo(), r.expiresOn(), r.depositFen(), r.pin())));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(card.serialNo()).build())
        .entity(card)
        .build();
  }

  @GET
  @Path("/{serialNo}")
  public CardView card(@PathParam("serialNo") String serialNo) {
    return CardView.of(lifecycle.find(serialNo));
  }

  @POST
  @Path("/{serialNo}/loss")
  public CardView reportLoss(@PathParam("serialNo") String serialNo) {
    return CardView.of(lifecycle.reportLoss(serialNo));
  }

  @POST
  @Path("/{serialNo}/found")
  public CardView found(@PathParam("serialNo") String serialNo) {
    return CardView.of(lifecycle.found(serialNo));
  }

  @POST
  @Path("/{serialNo}/freeze")
  public CardView freeze(@PathParam("serialNo") String serialNo) {
    return CardView.of(lifecycle.freeze(serialNo));
  }

  @POST
  @Path("/{serialNo}/unfreeze")
  public CardView unfreeze(@PathParam("serialNo") String serialNo) {
    return CardView.of(lifecycle.unfreeze(serialNo));
  }

  @POST
  @Path("/{serialNo}/replacement")
  public CardView replace(@PathParam("serialNo") String serialNo, ReplaceRequest r) {
    Bodies.required(r);
    return CardView.of(counter.replace(serialNo, r.newSerialNo(), r.expiresOn(), r.feeFen()));
  }

  @POST
  @Path("/{serialNo}/cancellation")
  public CancelView cancel(@PathParam("serialNo") String serialNo, CancelRequest r) {
    JournalEntry refund = counter.cancel(serialNo, r == null ? 0 : r.feeFen());
    return new CancelView(
        CardView.of(lifecycle.find(serialNo)), refund == null ? null : EntryView.of(refund));
  }

  @PUT
  @Path("/{serialNo}/pin")
  public CardView setPin(@PathParam("serialNo") String serialNo, PinRequest r) {
    Bodies.required(r);
    return CardView.of(lifecycle.setPin(serialNo, r.pin()));
  }

  @PUT
  @Path("/{serialNo}/limits")
  public CardView setLimits(@PathParam("serialNo") String serialNo, LimitsRequest r) {
    Bodies.required(r);
    return CardView.of(lifecycle.setLimits(serialNo, r.noPinLimitFen(), r.dailyLimitFen()));
  }

  /** Blacklist changes after a change id, oldest first: what terminals apply in order. */
  @GET
  @Path("/blacklist-changes")
  public List<ListChangeView> blacklistChanges(
      @QueryParam("after") @DefaultValue("0") long after,
      @QueryParam("max") @DefaultValue("500") int max) {
    return lifecycle.listChangesAfter(after, max).stream().map(ListChangeView::of).toList();
  }
}
