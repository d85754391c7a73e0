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
import java.util.List;
import org.yikatong.servicedesk.application.ArticleText;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.servicedesk.domain.knowledge.ArticleRevision;
import org.yikatong.servicedesk.domain.knowledge.ArticleStatus;
import org.yikatong.servicedesk.domain.knowledge.KnowledgeArticle;

/**
 * {@code /api/v1/knowledge-articles}: the knowledge base for staff — write (helpdesk,
 * administrator), publish, retire, search every article including the staff-only ones (also
 * technicians and auditors). The public FAQ is {@link FaqResource}.
 */
@Path("/v1/knowledge-articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class KnowledgeArticleResource {

  @Inject KnowledgeBase knowledgeBase;
  @Context UriInfo uriInfo;

  public record RevisionView(
      int revision, String title, String body, String keywords, Instant editedAt, String editedBy) {
    static RevisionView of(ArticleRevision r) {
      return new RevisionView(
          r.getRevision(),
          r.getTitle(),
          r.getBody(),
          r.getKeywords(),
          r.getEditedAt(),
          r.getEditedBy());
    }
  }

  public record ArticleView(
      long id,
      String title,
      String body,
      String category,
      List<String> tags,
      List<String> keywords,
      String audience,
      String status,
      String author,
      int revision,
      Instant createdAt,
      Instant updatedAt,
      String updatedBy,
      Instant publishedAt,
      List<RevisionView> revisions) {
    static ArticleView of(KnowledgeArticle a, boolean withRevisions) {
      return new ArticleView(
          a.getId(),
          a.getTitle(),
          a.getBody(),
          a.getCategory() == null ? null : a.getCategory().name(),
          a.getTags(),
          a.getKeywords(),
          a.getAudience().name(),
          a.getStatus().name(),
          a.getAuthor(),
          a.getRevision(),
          a.getCreatedAt(),
          a.getUpdatedAt(),
          a.getUpdatedBy(),
          a.getPublishedAt(),
          withRevisions ? a.getRevisions().stream().map(RevisionView::of).toList() : null);
    }
  }

  @POST
  public Response create(ArticleText text) {
    ArticleView view = ArticleView.of(knowledgeBase.create(Bodies.required(text)), false);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  /** Ranked search (title hits first); without {@code q} the most recently changed first. */
  @GET
  public List<ArticleView> search(
      @QueryParam("q") String q,
      @QueryParam("status") ArticleStatus status,
      @QueryParam("audience") ArticleAudience audience,
      @QueryParam("max") @DefaultValue("50") int max) {
    return knowledgeBase.search(q, status, audience, max).stream()
        .map(a -> ArticleView.of(a, false))
        .toList();
  }

  @GET
  @Path("/{id}")
  public ArticleView article(@PathParam("id") long id) {
    return ArticleView.of(knowledgeBase.find(id), true);
  }

  /** A new revision of the text. */
  @PUT
  @Path("/{id}")
  public ArticleView update(@PathParam("id") long id, ArticleText text) {
    return ArticleView.of(knowledgeBase.update(id, Bodies.required(text)), true);
  }

  @POST
  @Path("/{id}/publish")
  public ArticleView publish(@PathParam("id") long id) {
    return ArticleView.of(knowledgeBase.publish(id), false);
  }

  @POST
  @Path("/{id}/retire")
  public ArticleView retire(@PathParam("id") long id) {
    return ArticleView.of(knowledgeBase.retire(id), false);
  }
}
