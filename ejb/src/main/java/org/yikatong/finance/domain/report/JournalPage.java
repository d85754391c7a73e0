package org.yikatong.finance.domain.report;

import java.util.List;

/**
 * A page of a journal search, newest entry first.
 *
 * @param total how many entries the search finds in all
 * @param first the position of the page's first entry among them, from 0
 */
public record JournalPage(long total, int first, List<JournalLine> entries)
    implements java.io.Serializable {

  public JournalPage {
    entries = List.copyOf(entries);
  }
}
