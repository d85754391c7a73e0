package org.yikatong.terminal.domain;

import java.util.List;

/** Gaps in terminals' RRN sequences. */
public interface RrnGapRepository {

  void add(RrnGap gap);

  /** The latest gaps, newest first. */
  List<RrnGap> latest(int max);
}
