package org.yikatong.web.console.helpdesk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.DutyRoster;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.application.Tickets.Technician;
import org.yikatong.web.console.ConsolePage;

/**
 * The duty roster: who is on duty (A, the primary, and B, the backup) at each post on a day, with
 * the tickets each carries; putting technicians on a post for one day or standing; and absences,
 * during which a technician is passed over by the dispatch.
 */
@Named
@ViewScoped
public class RosterView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One post on the day shown. */
  public record Duty(
      String post,
      String name,
      String area,
      String skills,
      int maxLoad,
      String primary,
      long primaryLoad,
      String backup,
      long backupLoad)
      implements Serializable {}

  /** An absence. */
  public record Away(String username, String from, String to, String reason)
      implements Serializable {}

  @Inject DutyRoster roster;
  @Inject Tickets tickets;

  private LocalDate day;
  private List<Duty> duties = List.of();
  private List<Away> absences = List.of();
  private List<Technician> technicians = List.of();

  private String post;
  private LocalDate rosterDay;
  private String primary;
  private String backup;

  private String awayUser;
  private LocalDateTime awayFrom;
  private LocalDateTime awayTo;
  private String awayReason;

  @PostConstruct
  void load() {
    day = LocalDate.now(ConsolePage.CAMPUS);
    technicians = tickets.listTechnicians();
    refresh();
  }

  /** Reads the roster of the day shown, and the absences, again. */
  public void refresh() {
    LocalDate shown = day == null ? LocalDate.now(ConsolePage.CAMPUS) : day;
    duties =
        roster.onDuty(shown).stream()
            .map(
                d ->
                    new Duty(
                        d.post().getCode(),
                        d.post().getName(),
                        d.post().getArea(),
                        d.post().getSkills().stream()
                            .map(s -> ConsolePage.text("ticket.category." + s, s.name()))
                            .sorted()
                            .collect(Collectors.joining("、")),
                        d.post().getMaxLoad(),
                        d.primary(),
                        d.primary() == null ? 0 : roster.load(d.primary()),
                        d.backup(),
                        d.backup() == null ? 0 : roster.load(d.backup())))
            .toList();
    absences =
        roster.absences().stream()
            .map(
                a ->
                    new Away(
                        a.getUsername(),
                        ConsolePage.time(a.getFrom()),
                        ConsolePage.time(a.getTo()),
                        a.getReason()))
            .toList();
  }

  /** Puts A and B on the post, for the day picked or, with none, standing. */
  public void saveRoster() {
    if (primary != null && primary.equals(backup)) {
      ConsolePage.error("roster:backup", ConsolePage.bundle().getString("roster.sameTwice"));
      return;
    }
    try {
      roster.setRoster(post, rosterDay, primary, backup);
      ConsolePage.info("roster.saved");
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
    }
    refresh();
  }

  /** Records an absence: the dispatch passes the technician over meanwhile. */
  public void addAbsence() {
    if (awayFrom == null || awayTo == null || !awayTo.isAfter(awayFrom)) {
      ConsolePage.error("absence:to", ConsolePage.bundle().getString("roster.absenceOrder"));
      return;
    }
    try {
      roster.addAbsence(
          awayUser,
          awayFrom.atZone(ConsolePage.CAMPUS).toInstant(),
          awayTo.atZone(ConsolePage.CAMPUS).toInstant(),
          awayReason == null ? "" : awayReason.strip());
      ConsolePage.info("roster.absenceSaved");
      awayUser = null;
      awayFrom = null;
      awayTo = null;
      awayReason = null;
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
    }
    refresh();
  }

  public List<Duty> getDuties() {
    return duties;
  }

  public List<Away> getAbsences() {
    return absences;
  }

  public List<Technician> getTechnicians() {
    return technicians;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getPost() {
    return post;
  }

  public void setPost(String post) {
    this.post = post;
  }

  public LocalDate getRosterDay() {
    return rosterDay;
  }

  public void setRosterDay(LocalDate rosterDay) {
    this.rosterDay = rosterDay;
  }

  public String getPrimary() {
    return primary;
  }

  public void setPrimary(String primary) {
    this.primary = primary;
  }

  public String getBackup() {
    return backup;
  }

  public void setBackup(String backup) {
    this.backup = backup;
  }

  public String getAwayUser() {
    return awayUser;
  }

  public void setAwayUser(String awayUser) {
    this.awayUser = awayUser;
  }

  public LocalDateTime getAwayFrom() {
    return awayFrom;
  }

  public void setAwayFrom(LocalDateTime awayFrom) {
    this.awayFrom = awayFrom;
  }

  public LocalDateTime getAwayTo() {
    return awayTo;
  }

  public void setAwayTo(LocalDateTime awayTo) {
    this.awayTo = awayTo;
  }

  public String getAwayReason() {
    return awayReason;
  }

  public void setAwayReason(String awayReason) {
    this.awayReason = awayReason;
  }
}
