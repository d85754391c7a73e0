package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.yikatong.emergency.application.EmergencyMode;
import org.yikatong.emergency.application.EmergencyViews.PublicNotice;

/**
 * {@code /api/v1/public/notices}: the notices of active emergencies for the WeChat and app front
 * ends, readable without login: title, text, stage and the status updates, hotline, online top-up
 * link and its QR code, priority service, service points with their opening hours, FAQ. A notice is
 * gone once its emergency has ended.
 */
@Path("/v1/public/notices")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PublicNoticeResource {

  @Inject EmergencyMode mode;

  @GET
  public Response notices() {
    List<PublicNotice> notices = mode.publicNotices();
    return Response.ok(notices).cacheControl(noStore()).build();
  }

  /** The QR code of the notice's online top-up link, as PNG; 404 once the notice is withdrawn. */
  @GET
  @Path("/{id: \\d+}/qr.png")
  @Produces("image/png")
  public Response qrCode(@PathParam("id") long id) {
    return Response.ok(mode.qrCode(id), "image/png").cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    return cache;
  }
}
