package org.yikatong.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/** One line of a checklist: what to check, and the ticket category a failure is filed under. */
@Embeddable
public class ChecklistItem {

  @Column(name = "item_text", nullable = false, length = 200)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 16)
  private TicketCategory category;

  protected ChecklistItem() {}

  public ChecklistItem(String text, TicketCategory category) {
    if (text == null || text.isBlank() || text.length() > 200) {
      throw new IllegalArgumentException("检查项须有 1–200 字的内容");
    }
    this.text = text.strip();
    this.category = Objects.requireNonNull(category, "category");
  }

  public String getText() {
    return text;
  }

  public TicketCategory getCategory() {
    return category;
  }
}
