package org.yikatong.monitoring.domain.traffic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * What one node served in one minute for one subject. Only the node that served the requests writes
 * its rows, adding what it counted since its last flush, so rows of different nodes never contend;
 * readers sum the nodes. The codes column is bounded: past its length, the rarest codes are left
 * out of it (the counters stay exact).
 */
@Entity
@Table(name = "traffic_minute")
public class TrafficMinute {

  private static final int CODES_LENGTH = 400;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "traffic_minute_seq")
  @SequenceGenerator(
      name = "traffic_minute_seq",
      sequenceName = "traffic_minute_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "node_name", nullable = false, updatable = false, length = 64)
  private String nodeName;

  @Column(name = "minute_start", nullable = false, updatable = false)
  private Instant minuteStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, updatable = false, length = 16)
  private SubjectKind subjectKind;

  @Column(name = "subject", nullable = false, updatable = false, length = 40)
  private String subject;

  @Column(name = "requests", nullable = false)
  private long requests;

  @Column(name = "approvals", nullable = false)
  private long approvals;

  @Column(name = "declines", nullable = false)
  private long declines;

  @Column(name = "failures", nullable = false)
  private long failures;

  @Column(name = "latency_total_us", nullable = false)
  private long latencyTotalMicros;

  @Column(name = "latency_max_us", nullable = false)
  private long latencyMaxMicros;

  @Column(name = "codes", length = CODES_LENGTH)
  private String codes;

  @Column(name = "last_request_at", nullable = false)
  private Instant lastRequestAt;

  @Version private long version;

  protected TrafficMinute() {}

  public TrafficMinute(
      String nodeName, Instant minuteStart, SubjectKind subjectKind, String subject) {
    this.nodeName = Objects.requireNonNull(nodeName);
    this.minuteStart = Objects.requireNonNull(minuteStart);
    this.subjectKind = Objects.requireNonNull(subjectKind);
    this.subject = Objects.requireNonNull(subject);
    this.lastRequestAt = minuteStart;
  }

  /** Adds what the node counted since its last flush. */
  public void add(TrafficTally delta) {
    TrafficTally sum = tally().plus(delta);
    requests = sum.requests();
    approvals = sum.approvals();
    declines = sum.declines();
    failures = sum.failures();
    latencyTotalMicros = sum.latencyTotalMicros();
    latencyMaxMicros = sum.latencyMaxMicros();
    String text = sum.codesText();
    while (text.length() > CODES_LENGTH) {
      text = text.substring(0, text.lastIndexOf(';'));
    }
    codes = text;
    if (sum.lastAt() != null) {
      lastRequestAt = sum.lastAt();
    }
  }

  public TrafficTally tally() {
    return new TrafficTally(
        requests,
        approvals,
        declines,
        failures,
        latencyTotalMicros,
        latencyMaxMicros,
        TrafficTally.parseCodes(codes),
        requests == 0 ? null : lastRequestAt);
  }

  public String getNodeName() {
    return nodeName;
  }

  public Instant getMinuteStart() {
    return minuteStart;
  }

  public SubjectKind getSubjectKind() {
    return subjectKind;
  }

  public String getSubject() {
    return subject;
  }
}
