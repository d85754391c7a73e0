package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.yikatong.servicedesk.domain.knowledge.ArticleAudience;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;

/**
 * The text and attributes of a knowledge article, for a new one or a new revision.
 *
 * @param category the ticket category the article helps with, if any
 * @param tags free tags (e.g. {@code 圈存}, {@code pos})
 * @param keywords extra search words that are not in the title or body (synonyms: 丢卡, 饭卡)
 */
public record ArticleText(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 4000) String body,
    TicketCategory category,
    List<@Size(max = 50) String> tags,
    List<@Size(max = 50) String> keywords,
    @NotNull ArticleAudience audience) {}
