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
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
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
      long backupLoad,
      String party)
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

  private String postCode;
  private String postName;
  private String postArea;
  private List<TicketCategory> postSkills = List.of();
  private String teamLead;
  private String manager;
  private Integer maxLoad;
  private org.yikatong.servicedesk.domain.ticket.ResponsibleParty postParty;

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
                        d.backup() == null ? 0 : roster.load(d.backup()),
                        d.post().getParty().name()))
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

  /** Fills the post form with a post to change it. */
  public void editPost(String code) {
    try {
      org.yikatong.servicedesk.domain.roster.DutyPost p = roster.post(code);
      postCode = p.getCode();
      postName = p.getName();
      postArea = p.getArea();
      postSkills = List.copyOf(p.getSkills());
      teamLead = p.getTeamLead();
      manager = p.getManager();
      maxLoad = p.getMaxLoad();
      postParty = p.getParty();
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
    }
  }

  /** Adds the post, or changes the one of that code. */
  public void savePost() {
    if (postSkills == null || postSkills.isEmpty()) {
      ConsolePage.error("post:skills", ConsolePage.bundle().getString("form.required"));
      return;
    }
    try {
      roster.savePost(
          postCode.strip().toUpperCase(java.util.Locale.ROOT),
          postName.strip(),
          postArea == null || postArea.isBlank() ? null : postArea.strip(),
          java.util.EnumSet.copyOf(postSkills),
          teamLead.strip(),
          manager.strip(),
          maxLoad,
          postParty);
      ConsolePage.info("roster.postSaved");
      postCode = null;
      postName = null;
      postArea = null;
      postSkills = List.of();
      teamLead = null;
      manager = null;
      maxLoad = null;
      postParty = null;
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
    } catch (jakarta.ejb.EJBException invalid) {
      ConsolePage.error("post:code", ConsolePage.bundle().getString("roster.postInvalid"));
    }
    refresh();
  }

  /** Whose people staff the post being edited (none: a new post is the vendor's). */
  public org.yikatong.servicedesk.domain.ticket.ResponsibleParty getPostParty() {
    return postParty;
  }

  public void setPostParty(org.yikatong.servicedesk.domain.ticket.ResponsibleParty postParty) {
    this.postParty = postParty;
  }

  public org.yikatong.servicedesk.domain.ticket.ResponsibleParty[] getParties() {
    return org.yikatong.servicedesk.domain.ticket.ResponsibleParty.values();
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public String getPostCode() {
    return postCode;
  }

  public void setPostCode(String postCode) {
    this.postCode = postCode;
  }

  public String getPostName() {
    return postName;
  }

  public void setPostName(String postName) {
    this.postName = postName;
  }

  public String getPostArea() {
    return postArea;
  }

  public void setPostArea(String postArea) {
    this.postArea = postArea;
  }

  public List<TicketCategory> getPostSkills() {
    return postSkills;
  }

  public void setPostSkills(List<TicketCategory> postSkills) {
    this.postSkills = postSkills;
  }

  public String getTeamLead() {
    return teamLead;
  }

  public void setTeamLead(String teamLead) {
    this.teamLead = teamLead;
  }

  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }

  public Integer getMaxLoad() {
    return maxLoad;
  }

  public void setMaxLoad(Integer maxLoad) {
    this.maxLoad = maxLoad;
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
