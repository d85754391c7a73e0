package org.yikatong.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Test helper deployed with in-container tests: runs a piece of code with the administrator role,
 * the way a logged-in administrator would call the services. Adds no transaction of its own, so the
 * code's own transaction boundaries are the ones under test.
 */
@Stateless
@RunAs("administrator")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdministrator {

  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
