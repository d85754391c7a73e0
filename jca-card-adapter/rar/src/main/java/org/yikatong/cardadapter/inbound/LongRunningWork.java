package org.yikatong.cardadapter.inbound;

import jakarta.resource.spi.work.HintsContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkContextProvider;
import java.util.List;

/**
 * A {@link Work} that tells the work manager it runs for a long time (a socket loop), so that it
 * takes a thread from the long-running pool instead of starving short work.
 */
abstract class LongRunningWork implements Work, WorkContextProvider {

  private static final long serialVersionUID = 1L;

  private final String name;

  LongRunningWork(String name) {
    this.name = name;
  }

  @Override
  public List<WorkContext> getWorkContexts() {
    HintsContext hints = new HintsContext();
    hints.setName(name);
    hints.setHint(HintsContext.LONGRUNNING_HINT, Boolean.TRUE);
    return List.of(hints);
  }
}
