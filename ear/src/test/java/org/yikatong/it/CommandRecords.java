package org.yikatong.it;

import static org.yikatong.it.DemoUsers.ADMIN;

import jakarta.json.JsonObject;

/** Reads a terminal's commands over the REST API, as the black-box tests check them. */
final class CommandRecords {

  private final Http http = new Http();

  /** The status of the terminal's command with this STAN. */
  String status(String terminal, String stan) throws Exception {
    return Http.json(http.get(ADMIN, "terminals/" + terminal + "/commands")).asJsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(c -> stan.equals(c.getString("stan")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no command " + stan + " for " + terminal))
        .getString("status");
  }

  /**
   * Waits (at most 10 s) until the command has the status: an acknowledgement (0630) gets no answer
   * on the wire, so the test learns it was recorded from the API.
   */
  void await(String terminal, String stan, String expected) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    String last;
    do {
      last = status(terminal, stan);
      if (expected.equals(last)) {
        return;
      }
      Thread.onSpinWait();
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "command " + stan + " of " + terminal + " is " + last + ", not " + expected);
  }
}
