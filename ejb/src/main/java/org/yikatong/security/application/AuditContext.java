package org.yikatong.security.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The audited action under way in this request: how deeply audited calls are nested, and the before
 * → after descriptions its beans added. Only the outermost audited call is recorded (it is what the
 * user asked for), with the descriptions of every call inside it.
 */
@RequestScoped
public class AuditContext {

  private int depth;
  private final List<String> changes = new ArrayList<>();

  /**
   * Enters an audited call.
   *
   * @return whether it is the outermost one, the one to record
   */
  public boolean enter() {
    if (depth++ == 0) {
      changes.clear();
    }
    return depth == 1;
  }

  /** Leaves the audited call entered last. */
  public void leave() {
    if (depth > 0) {
      depth--;
    }
  }

  /** Whether an audited call is under way. */
  public boolean active() {
    return depth > 0;
  }

  /** Adds a description of a change to the action under way; ignored when none is. */
  public void describe(String change) {
    if (depth > 0 && change != null && !change.isBlank()) {
      changes.add(change);
    }
  }

  /** The descriptions added so far, in order. */
  public List<String> changes() {
    return List.copyOf(changes);
  }
}
