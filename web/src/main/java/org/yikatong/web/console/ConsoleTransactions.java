package org.yikatong.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One transaction around several service calls of a page: reading an entity together with its
 * lazily loaded parts to show them, or a check and the step it guards, committed together or not at
 * all (any runtime exception rolls it back).
 */
@ApplicationScoped
public class ConsoleTransactions {

  @Transactional
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  @Transactional
  public void run(Runnable work) {
    work.run();
  }
}
