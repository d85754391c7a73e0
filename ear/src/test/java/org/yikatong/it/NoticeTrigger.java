package org.yikatong.it;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.List;
import org.yikatong.kernel.domain.RequestRefusedException;

/**
 * Test deployments only ({@link NotificationIT}): fires a service desk notice in a transaction, as
 * the service desk does, and on {@code ?rollback=true} rolls that transaction back afterwards.
 */
@Path("/v1/test-notices")
@Consumes("application/json")
@Transactional
public class NoticeTrigger {

  public record NoticeBody(
      String kind, String reference, List<String> recipients, String subject, String text) {}

  @Inject Event<org.yikatong.notification.domain.Notice> notices;
  @Inject Clock clock;

  @POST
  public void fire(NoticeBody n, @QueryParam("rollback") boolean rollback) {
    notices.fire(
        new org.yikatong.notification.domain.Notice(
            n.kind(), n.reference(), n.recipients(), n.subject(), n.text(), clock.instant()));
    if (rollback) {
      throw RequestRefusedException.conflict("Rolled back on purpose after the notice");
    }
  }
}
