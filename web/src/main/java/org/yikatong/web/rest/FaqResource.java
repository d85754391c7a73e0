package org.yikatong.web.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * {@code /api/v1/faq}: the FAQ (常见问题) for the WeChat and app channels, readable without login —
 * published public articles only, searched by words, title hits first.
 */
@Path("/v1/faq")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class FaqResource {

  @Inject KnowledgeBase knowledgeBase;

  /** What a channel shows: no author, status or revision history. */
  public record FaqView(
      long id, String title, String body, String category, List<String> tags, Instant updatedAt) {
    static FaqView of(KnowledgeArticle a) {
      return new FaqView(
          a.getId(),
          a.getTitle(),
          a.getBody(),
          a.getCategory() == null ? null : a.getCategory().name(),
          a.getTags(),
          a.getUpdatedAt());
    }
  }

  @GET
  public List<FaqView> faq(
      @QueryParam("q") String q,
      @QueryParam("category") TicketCategory category,
      @QueryParam("max") @DefaultValue("20") int max) {
    return knowledgeBase.faq(q, category, max).stream().map(FaqView::of).toList();
  }

  @GET
  @Path("/{id}")
  public FaqView entry(@PathParam("id") long id) {
    return FaqView.of(knowledgeBase.faqEntry(id));
  }
}
