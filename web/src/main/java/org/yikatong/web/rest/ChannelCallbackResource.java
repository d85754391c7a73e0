package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.yikatong.ledger.application.TopUpOrders;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.monitoring.application.TrafficMeters;
import org.yikatong.web.rest.LedgerViews.TopUpOrderView;

/**
 * {@code /api/v1/channels/{channel}/callbacks}: payment channels (WeChat Pay, Alipay, bank) confirm
 * a paid top-up order here. No login: the HMAC-SHA256 signature over the notice, with the channel's
 * secret, is what authenticates it. A repeated notice answers as the first; a bad signature is 400
 * and changes nothing.
 */
@Path("/v1/channels/{channel}/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ChannelCallbackResource {

  @Inject TopUpOrders topUps;
  @Inject TrafficMeters meters;

  /** Handles a notice; counted in the traffic meters as accepted or not, by channel. */
  @POST
  public TopUpOrderView callback(
      @PathParam("channel") String channel, TopUpOrders.ChannelCallback notice) {
    PaymentChannel paymentChannel = channelOf(channel);
    boolean accepted = false;
    try {
      if (notice == null) {
        throw new BadRequestException("A callback body is required");
      }
      TopUpOrderView view = TopUpOrderView.of(topUps.callback(paymentChannel, notice));
      accepted = true;
      return view;
    } finally {
      meters.callback(paymentChannel.name(), accepted);
    }
  }

  private static PaymentChannel channelOf(String name) {
    try {
      return PaymentChannel.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No payment channel " + name);
    }
  }
}
