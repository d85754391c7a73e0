package org.yikatong.monitoring.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import org.yikatong.monitoring.domain.traffic.TrafficMinute;
import org.yikatong.monitoring.domain.traffic.TrafficMinuteRepository;
import org.yikatong.monitoring.domain.traffic.TrafficTally;

/**
 * Adds a node's drained counts to its own per-minute rows, in a transaction of its own: either all
 * of a drain is written or none (and the counts go back to the recorder).
 */
@Stateless
public class TrafficWriter {

  @Inject TrafficMinuteRepository minutes;

  /** Only the node's own flush calls it; it writes no one's data but the node's. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(String nodeName, Map<TrafficRecorder.Key, TrafficTally> tallies) {
    if (tallies.isEmpty()) {
      return;
    }
    // One query for the node's rows of the minutes drained (usually the current one and the one
    // before), then one insert or update per row.
    java.time.Instant oldest =
        tallies.keySet().stream()
            .map(TrafficRecorder.Key::minute)
            .min(java.util.Comparator.naturalOrder())
            .orElseThrow();
    Map<TrafficRecorder.Key, TrafficMinute> rows = new java.util.HashMap<>();
    for (TrafficMinute row : minutes.findOfNode(nodeName, oldest)) {
      rows.put(
          new TrafficRecorder.Key(row.getMinuteStart(), row.getSubjectKind(), row.getSubject()),
          row);
    }
    tallies.forEach(
        (key, tally) -> {
          TrafficMinute row = rows.get(key);
          if (row != null) {
            row.add(tally);
          } else {
            TrafficMinute created =
                new TrafficMinute(nodeName, key.minute(), key.kind(), key.subject());
            created.add(tally); // before persist: one insert, no update after it
            minutes.add(created);
          }
        });
  }

  /** Deletes the rows older than the instant; returns how many. */
  @PermitAll
  public int purgeBefore(java.time.Instant before) {
    return minutes.deleteBefore(before);
  }
}
