package org.yikatong.finance.domain.settlement;

import java.util.Objects;
import org.yikatong.ledger.domain.EntryKind;

/**
 * The postings of one entry kind on a merchant's takings on a business day.
 *
 * @param entries how many entries
 * @param postingsFen the sum of their postings on the takings (positive raises the takings)
 */
public record KindTotal(EntryKind kind, long entries, long postingsFen)
    implements java.io.Serializable {

  public KindTotal {
    Objects.requireNonNull(kind, "kind");
  }
}
