package org.yikatong.servicedesk.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/**
 * A knowledge article that helped with a ticket (or that the reporter was pointed to). At most one
 * link per ticket and article (unique key); removing a link deletes the row.
 */
@Entity
@Table(name = "ticket_article")
public class TicketArticleLink {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_article_seq")
  @SequenceGenerator(
      name = "ticket_article_seq",
      sequenceName = "ticket_article_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false)
  private Ticket ticket;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id", nullable = false)
  private KnowledgeArticle article;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  @Column(name = "linked_by", nullable = false, length = 64)
  private String linkedBy;

  protected TicketArticleLink() {}

  public TicketArticleLink(Ticket ticket, KnowledgeArticle article, Instant linkedAt, String by) {
    this.ticket = ticket;
    this.article = article;
    this.linkedAt = linkedAt;
    this.linkedBy = by;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public KnowledgeArticle getArticle() {
    return article;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }

  public String getLinkedBy() {
    return linkedBy;
  }
}
