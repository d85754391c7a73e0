package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.yikatong.ledger.application.DoubleTaps;
import org.yikatong.ledger.application.SelfService;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.web.rest.LedgerViews.CardView;
import org.yikatong.web.rest.LedgerViews.DoubleTapView;
import org.yikatong.web.rest.LedgerViews.StatementLine;
import org.yikatong.web.rest.LedgerViews.TopUpOrderView;

/**
 * {@code /api/v1/me}: self-service for the logged-in card holder (the WeChat/app channel):
 * balances, cards, history, report loss, online top-up, suspected double taps.
 */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class SelfServiceResource {

  @Inject SelfService self;
  @Inject DoubleTaps doubleTaps;
  @Context UriInfo uriInfo;

  /** Main and subsidy purse; payments draw on the subsidy purse first. */
  public record BalancesView(
      String holderNo, String fullName, long purseFen, long subsidyFen, long totalFen) {}

  /** An online top-up to create. */
  public record TopUpRequest(PaymentChannel channel, long amountFen) {}

  @GET
  public BalancesView balances() {
    SelfService.Balances b = self.balances();
    return new BalancesView(
        b.holderNo(), b.fullName(), b.purse().fen(), b.subsidy().fen(), b.total().fen());
  }

  @GET
  @Path("/cards")
  public List<CardView> cards() {
    return self.cards().stream().map(CardView::of).toList();
  }

  @GET
  @Path("/history")
  public List<StatementLine> history(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("50") int max) {
    return self.history(first, max).stream().map(StatementLine::of).toList();
  }

  @POST
  @Path("/loss")
  public CardView reportLoss() {
    return CardView.of(self.reportLoss());
  }

  @POST
  @Path("/top-up-orders")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response topUp(TopUpRequest r) {
    if (r == null || r.channel() == null) {
      throw new BadRequestException("channel (WECHAT, ALIPAY or BANK) and amountFen are required");
    }
    TopUpOrderView order = TopUpOrderView.of(self.topUp(r.channel(), r.amountFen()));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(order.orderNo()).build())
        .entity(order)
        .build();
  }

  @GET
  @Path("/top-up-orders/{orderNo}")
  public TopUpOrderView topUpOrder(@PathParam("orderNo") String orderNo) {
    return TopUpOrderView.of(self.topUpOrder(orderNo));
  }

  @GET
  @Path("/double-taps")
  public List<DoubleTapView> doubleTaps() {
    return doubleTaps.mine().stream().map(DoubleTapView::of).toList();
  }

  @POST
  @Path("/double-taps/{id}/confirm")
  public DoubleTapView confirm(@PathParam("id") long id) {
    return DoubleTapView.of(doubleTaps.confirm(id));
  }

  @POST
  @Path("/double-taps/{id}/dispute")
  public DoubleTapView dispute(@PathParam("id") long id) {
    return DoubleTapView.of(doubleTaps.dispute(id));
  }
}
