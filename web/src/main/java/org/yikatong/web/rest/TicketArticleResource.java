package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.domain.knowledge.TicketArticleLink;

/**
 * {@code /api/v1/tickets/{ticketNo}/articles}: the knowledge articles linked to a ticket (the ones
 * that helped, or the FAQ entry the reporter was sent). Linking twice changes nothing.
 */
@Path("/v1/tickets/{ticketNo}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class TicketArticleResource {

  @Inject KnowledgeBase knowledgeBase;

  public record LinkRequest(Long articleId) {}

  public record LinkedArticleView(
      long articleId,
      String title,
      String status,
      String audience,
      Instant linkedAt,
      String linkedBy) {
    static LinkedArticleView of(TicketArticleLink l) {
      return new LinkedArticleView(
          l.getArticle().getId(),
          l.getArticle().getTitle(),
          l.getArticle().getStatus().name(),
          l.getArticle().getAudience().name(),
          l.getLinkedAt(),
          l.getLinkedBy());
    }
  }

  @GET
  public List<LinkedArticleView> linked(@PathParam("ticketNo") String ticketNo) {
    return views(knowledgeBase.linked(ticketNo));
  }

  /** Links an article; answers the ticket's linked articles. */
  @POST
  public List<LinkedArticleView> link(@PathParam("ticketNo") String ticketNo, LinkRequest r) {
    if (r == null || r.articleId() == null) {
      throw new BadRequestException("{\"articleId\": ...} is required");
    }
    return views(knowledgeBase.link(ticketNo, r.articleId()));
  }

  @DELETE
  @Path("/{articleId}")
  public List<LinkedArticleView> unlink(
      @PathParam("ticketNo") String ticketNo, @PathParam("articleId") long articleId) {
    return views(knowledgeBase.unlink(ticketNo, articleId));
  }

  private static List<LinkedArticleView> views(List<TicketArticleLink> links) {
    return links.stream().map(LinkedArticleView::of).toList();
  }
}
