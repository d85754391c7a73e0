package org.yikatong.ledger.application;

import java.util.List;
import org.yikatong.kernel.domain.Money;

/**
 * What posting a subsidy file would do, found without posting anything ({@link Subsidies#preview}):
 * the file's subsidy lines, what its good lines would grant, and every problem that would refuse
 * it. The file posts only when there is no problem.
 *
 * @param lines the file's subsidy lines, good or bad (blank lines and the header not counted)
 * @param total what the good lines would grant together
 */
public record SubsidyPreview(int lines, Money total, List<Grant> grants, List<Problem> problems) {

  public SubsidyPreview {
    grants = List.copyOf(grants);
    problems = List.copyOf(problems);
  }

  /** A good line: the card holder it names and what it grants them. */
  public record Grant(int lineNo, String holderNo, String fullName, Money amount) {}

  /**
   * Why the file would be refused: a line's problem, or with line number 0 one of the file as a
   * whole.
   */
  public record Problem(int lineNo, String text) {}

  /** Whether the file would post as it is. */
  public boolean postable() {
    return problems.isEmpty();
  }
}
