package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.yikatong.notification.application.NewContact;
import org.yikatong.notification.application.NotificationContacts;
import org.yikatong.notification.domain.Channel;
import org.yikatong.notification.domain.NotificationContact;

/**
 * {@code /api/v1/notification-contacts}: where each recipient (staff user name or card holder
 * number) is reached and through which channels; maintained by the helpdesk and administrators.
 */
@Path("/v1/notification-contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class NotificationContactResource {

  @Inject NotificationContacts contacts;

  public record ContactView(
      String recipientKey,
      String displayName,
      String email,
      String mobile,
      String wechatOpenId,
      Set<Channel> channels) {
    static ContactView of(NotificationContact c) {
      return new ContactView(
          c.getRecipientKey(),
          c.getDisplayName(),
          c.getEmail(),
          c.getMobile(),
          c.getWechatOpenId(),
          c.getChannels());
    }
  }

  @GET
  public List<ContactView> list() {
    return contacts.list().stream().map(ContactView::of).toList();
  }

  @GET
  @Path("/{recipientKey}")
  public ContactView find(@PathParam("recipientKey") String recipientKey) {
    return ContactView.of(contacts.find(recipientKey));
  }

  /** Creates (201) or replaces (200) a recipient's contact. */
  @PUT
  @Path("/{recipientKey}")
  public Response put(@PathParam("recipientKey") String recipientKey, NewContact body) {
    NotificationContacts.Saved saved = contacts.put(recipientKey, Bodies.required(body));
    return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(ContactView.of(saved.contact()))
        .build();
  }

  @DELETE
  @Path("/{recipientKey}")
  public Response delete(@PathParam("recipientKey") String recipientKey) {
    contacts.delete(recipientKey);
    return Response.noContent().build();
  }
}
