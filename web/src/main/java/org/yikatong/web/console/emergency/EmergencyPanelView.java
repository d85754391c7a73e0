package org.yikatong.web.console.emergency;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.yikatong.emergency.application.Declaration;
import org.yikatong.emergency.application.EmergencyMode;
import org.yikatong.emergency.application.EmergencyViews.Detail;
import org.yikatong.emergency.application.EmergencyViews.ScopePreview;
import org.yikatong.emergency.domain.EmergencyScope;
import org.yikatong.emergency.domain.Stage;
import org.yikatong.ledger.domain.PaymentChannel;
import org.yikatong.monitoring.application.Alerts;
import org.yikatong.monitoring.domain.alert.Alert;
import org.yikatong.terminal.application.TerminalDirectory;
import org.yikatong.terminal.application.TerminalSummary;
import org.yikatong.web.console.ConsolePage;
import org.yikatong.web.console.ConsoleSteps;
import org.yikatong.web.console.EmergencyBannerView;

/**
 * The emergency control panel: the declaration form (scope picked with the number of terminals it
 * matches shown before declaring, notice, hotline, top-up link, priority note, service points, FAQ,
 * drill), and every active emergency with its terminals, commands, timeline and updates, where an
 * update is posted, the poster downloaded and the emergency ended after a confirmation.
 */
@Named
@ViewScoped
public class EmergencyPanelView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One question and answer being written. */
  public static class FaqLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String question;
    private String answer;

    public String getQuestion() {
      return question;
    }

    public void setQuestion(String question) {
      this.question = question;
    }

    public String getAnswer() {
      return answer;
    }

    public void setAnswer(String answer) {
      this.answer = answer;
    }
  }

  @Inject EmergencyMode mode;
  @Inject TerminalDirectory directory;
  @Inject EmergencyBannerView banner;
  @Inject Alerts alerts;

  private List<Detail> active = List.of();
  private List<TerminalSummary> posTerminals = List.of();

  private String title;
  private String cause;
  private LocalDateTime faultStartedAt;
  private String scope = EmergencyScope.LOCATION.name();
  private String location;
  private String channel;
  private boolean drill;
  private String hotline;
  private String topUpUrl;
  private String priorityNote;
  private String noticeText;
  private boolean offline;
  private List<String> servicePoints = new ArrayList<>();
  private String openingHours;
  private List<FaqLine> faq = new ArrayList<>();
  private ScopePreview preview = new ScopePreview(0, List.of());

  private Long sourceAlertId;
  private Long updateId;
  private String updateStage = Stage.INVESTIGATING.name();
  private String updateText;
  private Long endId;
  private String closingText;

  @PostConstruct
  void load() {
    banner.refresh();
    proposeFromAlert();
    active = mode.list(true, 50);
    Long first = active.isEmpty() ? null : active.get(0).id();
    if (updateId == null || active.stream().noneMatch(e -> e.id() == updateId)) {
      updateId = first;
    }
    if (endId == null || active.stream().noneMatch(e -> e.id() == endId)) {
      endId = first;
    }
    posTerminals =
        directory.all().stream()
            .filter(t -> "POS".equals(t.type()) && "ENABLED".equals(t.status()))
            .toList();
    refreshPreview();
  }

  /**
   * Opened from an alert ({@code ?alert=<id>}): the declaration is filled in from it — the fault
   * started when the alert's condition began, its account is the cause, and the scope is its
   * location, its terminal's location, its channel, or every kiosk for a campus-wide alert.
   */
  private void proposeFromAlert() {
    String param =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("alert");
    if (param == null || !param.matches("\\d{1,18}")) {
      return;
    }
    Alert alert = ConsoleSteps.ask("emergency", () -> alerts.find(Long.parseLong(param)), null);
    if (alert == null) {
      return;
    }
    sourceAlertId = alert.getId();
    title = alert.getRule().getName() + " — " + alert.getSubject();
    cause = alert.getDetail();
    faultStartedAt =
        java.time.LocalDateTime.ofInstant(alert.getBreachingSince(), ConsolePage.CAMPUS);
    switch (alert.getRule().getScope()) {
      case LOCATION -> {
        scope = EmergencyScope.LOCATION.name();
        location = alert.getSubject();
      }
      case TERMINAL ->
          directory
              .byId(alert.getSubject())
              .ifPresent(
                  t -> {
                    scope = EmergencyScope.LOCATION.name();
                    location = t.location();
                  });
      case CHANNEL -> {
        scope = EmergencyScope.CHANNEL.name();
        channel = alert.getSubject();
      }
      default -> scope = EmergencyScope.ALL_KIOSKS.name();
    }
  }

  /** The alert the declaration was proposed by, or null. */
  public Long getSourceAlertId() {
    return sourceAlertId;
  }

  /** Counts the terminals the scope matches now. */
  public void refreshPreview() {
    EmergencyScope s = EmergencyScope.valueOf(scope);
    preview =
        s == EmergencyScope.CHANNEL ? new ScopePreview(0, List.of()) : mode.preview(s, location);
  }

  public void addFaq() {
    faq.add(new FaqLine());
  }

  public void removeFaq(int index) {
    faq.remove(index);
  }

  public void declare() {
    EmergencyScope s = EmergencyScope.valueOf(scope);
    List<Declaration.ServicePointRequest> points =
        servicePoints.stream()
            .map(code -> new Declaration.ServicePointRequest(code, openingHours))
            .toList();
    List<Declaration.FaqItem> items =
        faq.stream()
            .filter(f -> ConsoleSteps.blankToNull(f.getQuestion()) != null)
            .map(f -> new Declaration.FaqItem(f.getQuestion(), f.getAnswer()))
            .toList();
    Instant fault =
        faultStartedAt == null ? null : faultStartedAt.atZone(ConsolePage.CAMPUS).toInstant();
    Declaration d =
        new Declaration(
            ConsoleSteps.blankToNull(title),
            ConsoleSteps.blankToNull(cause),
            fault,
            s,
            s == EmergencyScope.LOCATION ? ConsoleSteps.blankToNull(location) : null,
            s == EmergencyScope.CHANNEL && channel != null ? PaymentChannel.valueOf(channel) : null,
            drill,
            ConsoleSteps.blankToNull(hotline),
            ConsoleSteps.blankToNull(topUpUrl),
            ConsoleSteps.blankToNull(priorityNote),
            ConsoleSteps.blankToNull(noticeText),
            offline,
            points,
            items,
            sourceAlertId);
    if (ConsoleSteps.step("emergency", () -> mode.declare(d), "emergency.declared")) {
      title = null;
      cause = null;
      faultStartedAt = null;
      sourceAlertId = null;
      noticeText = null;
      servicePoints = new ArrayList<>();
      faq = new ArrayList<>();
      drill = false;
      offline = false;
      load();
    }
  }

  /** Posts the status update written for the emergency picked. */
  public void post() {
    Long id = updateId;
    if (id == null) {
      return;
    }
    if (ConsoleSteps.step(
        "emergency",
        () ->
            mode.post(
                id,
                Stage.valueOf(updateStage == null ? Stage.INVESTIGATING.name() : updateStage),
                ConsoleSteps.blankToNull(updateText)),
        "emergency.posted")) {
      updateText = null;
      load();
    }
  }

  /** Ends the emergency picked (the page asked for a confirmation first). */
  public void end() {
    Long id = endId;
    if (id == null) {
      return;
    }
    if (ConsoleSteps.step(
        "emergency",
        () -> mode.end(id, ConsoleSteps.blankToNull(closingText)),
        "emergency.ended")) {
      closingText = null;
      load();
    }
  }

  public String time(Instant at) {
    return ConsolePage.time(at);
  }

  public List<String> getScopes() {
    return java.util.Arrays.stream(EmergencyScope.values()).map(Enum::name).toList();
  }

  public List<String> getChannels() {
    return java.util.Arrays.stream(PaymentChannel.values()).map(Enum::name).toList();
  }

  public List<String> getStages() {
    return java.util.Arrays.stream(Stage.values()).map(Enum::name).toList();
  }

  public List<Detail> getActive() {
    return active;
  }

  public List<TerminalSummary> getPosTerminals() {
    return posTerminals;
  }

  public ScopePreview getPreview() {
    return preview;
  }

  public Long getUpdateId() {
    return updateId;
  }

  public void setUpdateId(Long updateId) {
    this.updateId = updateId;
  }

  public String getUpdateStage() {
    return updateStage;
  }

  public void setUpdateStage(String updateStage) {
    this.updateStage = updateStage;
  }

  public String getUpdateText() {
    return updateText;
  }

  public void setUpdateText(String updateText) {
    this.updateText = updateText;
  }

  public Long getEndId() {
    return endId;
  }

  public void setEndId(Long endId) {
    this.endId = endId;
  }

  public String getClosingText() {
    return closingText;
  }

  public void setClosingText(String closingText) {
    this.closingText = closingText;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = cause;
  }

  public LocalDateTime getFaultStartedAt() {
    return faultStartedAt;
  }

  public void setFaultStartedAt(LocalDateTime faultStartedAt) {
    this.faultStartedAt = faultStartedAt;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public boolean isDrill() {
    return drill;
  }

  public void setDrill(boolean drill) {
    this.drill = drill;
  }

  public String getHotline() {
    return hotline;
  }

  public void setHotline(String hotline) {
    this.hotline = hotline;
  }

  public String getTopUpUrl() {
    return topUpUrl;
  }

  public void setTopUpUrl(String topUpUrl) {
    this.topUpUrl = topUpUrl;
  }

  public String getPriorityNote() {
    return priorityNote;
  }

  public void setPriorityNote(String priorityNote) {
    this.priorityNote = priorityNote;
  }

  public String getNoticeText() {
    return noticeText;
  }

  public void setNoticeText(String noticeText) {
    this.noticeText = noticeText;
  }

  public boolean isOffline() {
    return offline;
  }

  public void setOffline(boolean offline) {
    this.offline = offline;
  }

  public List<String> getServicePoints() {
    return servicePoints;
  }

  public void setServicePoints(List<String> servicePoints) {
    this.servicePoints = servicePoints;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public List<FaqLine> getFaq() {
    return faq;
  }
}
