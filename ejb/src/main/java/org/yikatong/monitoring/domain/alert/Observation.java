package org.yikatong.monitoring.domain.alert;

import java.util.List;

/**
 * What a rule measured for one subject at one evaluation.
 *
 * @param subject what it is about (a terminal code, a location, a merchant code, a channel, or
 *     {@code CAMPUS})
 * @param value the measure in the rule's unit (basis points, minutes, a count; 1 for a fault)
 * @param attempts the requests in the window, for rates; else 0
 * @param breaching the raise condition holds
 * @param cleared the clear condition holds (a value between the two thresholds is neither)
 * @param affectedTerminals the terminals that show the condition
 * @param detail a one-line account in plain words
 */
public record Observation(
    String subject,
    long value,
    long attempts,
    boolean breaching,
    boolean cleared,
    List<String> affectedTerminals,
    String detail) {

  public Observation {
    affectedTerminals = List.copyOf(affectedTerminals);
  }
}
