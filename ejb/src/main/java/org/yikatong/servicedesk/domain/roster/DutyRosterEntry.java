package org.yikatong.servicedesk.domain.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who holds a duty post: the primary (A) and the backup (B), on one day or — without a day — on
 * every day that has no entry of its own (A/B 岗).
 */
@Entity
@Table(name = "duty_roster")
public class DutyRosterEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "duty_roster_seq")
  @SequenceGenerator(
      name = "duty_roster_seq",
      sequenceName = "duty_roster_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "post_id", nullable = false, updatable = false)
  private DutyPost post;

  @Column(name = "duty_date", updatable = false)
  private LocalDate day;

  @Column(name = "primary_user", nullable = false, length = 64)
  private String primary;

  @Column(name = "backup_user", nullable = false, length = 64)
  private String backup;

  @Version private long version;

  protected DutyRosterEntry() {}

  /**
   * @param day the day, or null for the standing entry
   */
  public DutyRosterEntry(DutyPost post, LocalDate day, String primary, String backup) {
    this.post = Objects.requireNonNull(post, "post");
    this.day = day;
    change(primary, backup);
  }

  public void change(String primary, String backup) {
    if (Objects.requireNonNull(primary, "primary").equals(backup)) {
      throw new IllegalArgumentException("The backup of a post is someone else than its primary");
    }
    this.primary = primary;
    this.backup = Objects.requireNonNull(backup, "backup");
  }

  public DutyPost getPost() {
    return post;
  }

  /** The day, or null for the standing entry. */
  public LocalDate getDay() {
    return day;
  }

  public String getPrimary() {
    return primary;
  }

  public String getBackup() {
    return backup;
  }
}
