package org.yikatong.servicedesk.domain.knowledge;

import java.util.Set;

/**
 * A knowledge article's life: written as a draft, published, retired when no longer true. A retired
 * article may be published again; a published one may still be edited (each edit is a new revision
 * and is live at once).
 */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED,
  RETIRED;

  /** The statuses this one may move to. */
  public Set<ArticleStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(PUBLISHED, RETIRED);
      case PUBLISHED -> Set.of(RETIRED);
      case RETIRED -> Set.of(PUBLISHED);
    };
  }
}
