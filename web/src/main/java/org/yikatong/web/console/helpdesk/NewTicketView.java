package org.yikatong.web.console.helpdesk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.yikatong.kernel.domain.RequestRefusedException;
import org.yikatong.servicedesk.application.KnowledgeBase;
import org.yikatong.servicedesk.application.NewTicket;
import org.yikatong.servicedesk.application.Tickets;
import org.yikatong.servicedesk.domain.knowledge.ArticleStatus;
import org.yikatong.servicedesk.domain.ticket.Ticket;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;
import org.yikatong.terminal.application.TerminalDirectory;
import org.yikatong.terminal.application.TerminalSummary;
import org.yikatong.web.console.ConsolePage;

/**
 * A new ticket, typed while the caller is on the phone: the terminal picked by its number or its
 * place (its location filled in), the level suggested from the category and the reach of the fault,
 * open tickets at the same terminal pointed out, and knowledge-base articles suggested from what
 * has been typed. Opening it dispatches it by the duty roster and shows its page.
 */
@Named
@ViewScoped
public class NewTicketView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An open ticket at the terminal picked. */
  public record Duplicate(String ticketNo, String title, String status, String createdAt)
      implements Serializable {}

  @Inject Tickets tickets;
  @Inject KnowledgeBase knowledge;
  @Inject TerminalDirectory terminals;
  @Inject org.yikatong.ledger.application.CardHolderRegistry holders;

  private TicketChannel channel = TicketChannel.PHONE;
  private String reporterName;
  private String reporterContact;
  private String reporterHolderNo;
  private String terminal;
  private String location;
  private TicketCategory category = TicketCategory.HARDWARE;
  private TicketLevel level;
  private boolean campusWide;
  private String title;
  private String description;
  private List<Duplicate> duplicates = List.of();
  private List<TicketView.Article> suggestions = List.of();

  /** Terminals whose number or location contains what was typed, at most 15. */
  public List<String> completeTerminal(String typed) {
    String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return terminals.all().stream()
        .filter(
            t ->
                t.terminalId().toLowerCase(Locale.ROOT).contains(q)
                    || (t.location() != null && t.location().toLowerCase(Locale.ROOT).contains(q)))
        .limit(15)
        .map(t -> t.terminalId() + (t.location() == null ? "" : " · " + t.location()))
        .toList();
  }

  /** Card holders by card number or serial, holder number or name: "number · name", at most 10. */
  public List<String> completeHolder(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return holders.search(typed, 10).stream()
        .map(h -> h.getHolderNo() + " · " + h.getFullName())
        .toList();
  }

  /** A holder was picked: their number is kept, and their name is the reporter unless typed. */
  public void holderPicked() {
    String picked = reporterHolderNo == null ? "" : reporterHolderNo.strip();
    int dot = picked.indexOf(" · ");
    if (dot > 0 && (reporterName == null || reporterName.isBlank())) {
      reporterName = picked.substring(dot + 3);
    }
  }

  /** A terminal was picked: its location is filled in and its open tickets shown. */
  public void terminalPicked() {
    String id = terminalId();
    terminal = id;
    if (id == null) {
      duplicates = List.of();
      return;
    }
    terminals.byId(id).map(TerminalSummary::location).ifPresent(l -> location = l);
    duplicates =
        tickets.listOpenAtTerminal(id).stream()
            .map(
                t ->
                    new Duplicate(
                        t.getTicketNo(),
                        t.getTitle(),
                        t.getStatus().name(),
                        ConsolePage.time(t.getCreatedAt())))
            .toList();
  }

  /** The level the category and the reach suggest, shown until the helpdesk picks one. */
  public TicketLevel getSuggestedLevel() {
    return TicketLevel.suggest(category, campusWide);
  }

  /** Articles matching the title and the description typed so far. */
  public void suggest() {
    String typed = ((title == null ? "" : title) + " " + (description == null ? "" : description));
    if (typed.isBlank()) {
      suggestions = List.of();
      return;
    }
    suggestions =
        knowledge.search(typed, ArticleStatus.PUBLISHED, null, 5).stream()
            .map(
                a ->
                    new TicketView.Article(
                        a.getId(), a.getTitle(), TicketView.summary(a.getBody())))
            .toList();
  }

  /** Opens the ticket and shows its page; a refusal is shown and nothing is saved. */
  public void open() throws IOException {
    String id = terminalId();
    if (terminal != null && !terminal.isBlank() && id != null && terminals.byId(id).isEmpty()) {
      ConsolePage.error(
          "newTicket:terminal", ConsolePage.bundle().getString("newTicket.noTerminal"));
      return;
    }
    Ticket opened;
    try {
      opened =
          tickets.open(
              new NewTicket(
                  channel,
                  strip(reporterName),
                  strip(reporterContact),
                  holderNo(),
                  id,
                  strip(location),
                  category,
                  level,
                  campusWide,
                  strip(title),
                  strip(description),
                  null,
                  null,
                  null));
    } catch (RequestRefusedException refused) {
      ConsolePage.refused(refused);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + "/helpdesk/ticket.xhtml?no="
                + opened.getTicketNo()
                + "&opened=true");
  }

  /** The holder number of the field, which may hold "number · name" as picked. */
  private String holderNo() {
    String h = strip(reporterHolderNo);
    if (h == null) {
      return null;
    }
    int dot = h.indexOf(" · ");
    return dot < 0 ? h : h.substring(0, dot);
  }

  /** The terminal number of the field, which may hold "number · location" as picked. */
  private String terminalId() {
    if (terminal == null || terminal.isBlank()) {
      return null;
    }
    String t = terminal.strip();
    int dot = t.indexOf(" · ");
    return (dot < 0 ? t : t.substring(0, dot)).toUpperCase(Locale.ROOT);
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public TicketChannel[] getChannels() {
    return TicketChannel.values();
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public TicketLevel[] getLevels() {
    return TicketLevel.values();
  }

  public List<Duplicate> getDuplicates() {
    return duplicates;
  }

  public List<TicketView.Article> getSuggestions() {
    return suggestions;
  }

  public TicketChannel getChannel() {
    return channel;
  }

  public void setChannel(TicketChannel channel) {
    this.channel = channel;
  }

  public String getReporterName() {
    return reporterName;
  }

  public void setReporterName(String reporterName) {
    this.reporterName = reporterName;
  }

  public String getReporterContact() {
    return reporterContact;
  }

  public void setReporterContact(String reporterContact) {
    this.reporterContact = reporterContact;
  }

  public String getReporterHolderNo() {
    return reporterHolderNo;
  }

  public void setReporterHolderNo(String reporterHolderNo) {
    this.reporterHolderNo = reporterHolderNo;
  }

  public String getTerminal() {
    return terminal;
  }

  public void setTerminal(String terminal) {
    this.terminal = terminal;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public TicketLevel getLevel() {
    return level;
  }

  public void setLevel(TicketLevel level) {
    this.level = level;
  }

  public boolean isCampusWide() {
    return campusWide;
  }

  public void setCampusWide(boolean campusWide) {
    this.campusWide = campusWide;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
