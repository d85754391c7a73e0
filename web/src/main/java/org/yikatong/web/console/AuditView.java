package org.yikatong.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.yikatong.security.application.AuditPage;
import org.yikatong.security.application.AuditTrail;
import org.yikatong.security.domain.AuditEntry;
import org.yikatong.security.domain.AuditQuery;

/**
 * The audit trail page for auditors and administrators: search by person, action, target and a
 * period of campus days, page through the entries newest first (loaded a page at a time), and
 * download what the search finds as CSV from the API.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CAMPUS);

  /** One entry as the table shows it, in campus time. */
  public record Row(
      long id,
      String time,
      String actor,
      String action,
      String target,
      String summary,
      String outcome,
      String address,
      String userAgent,
      String terminalId)
      implements Serializable {
    static Row of(AuditEntry e) {
      return new Row(
          e.getId(),
          TIME.format(e.getOccurredAt()),
          e.getActor(),
          e.getAction(),
          e.getTarget(),
          e.getSummary(),
          e.getOutcome().name(),
          e.getAddress(),
          e.getUserAgent(),
          e.getTerminalId());
    }

    /** Where it came from: the address, or the terminal. */
    public String getOrigin() {
      return address != null ? address : terminalId;
    }
  }

  @Inject AuditTrail trail;

  private String actor;
  private String action;
  private String target;
  private LocalDate from;
  private LocalDate to;
  private final Rows rows = new Rows(this);

  /** Shows the first page of what the filters find. */
  public void search() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (from != null && to != null && from.isAfter(to)) {
      ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
      faces.addMessage(
          "audit:from",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, msg.getString("audit.periodInvalid"), null));
      return;
    }
    if (faces.getViewRoot().findComponent("audit:entries") instanceof DataTable table) {
      table.reset();
    }
  }

  /** Clears the filters. */
  public void clear() {
    actor = null;
    action = null;
    target = null;
    from = null;
    to = null;
    search();
  }

  /** The query of the filters: whole campus days, {@code to} included. */
  AuditQuery query() {
    Instant start = from == null ? null : from.atStartOfDay(CAMPUS).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(CAMPUS).toInstant();
    if (start != null && end != null && !start.isBefore(end)) {
      return AuditTrail.query(actor, action, target, null, null);
    }
    return AuditTrail.query(actor, action, target, start, end);
  }

  /** The API's CSV export of the current filters. */
  public String getCsvUrl() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("actor", actor);
    params.put("action", action);
    params.put("target", target);
    params.put("from", from == null ? null : from.toString());
    params.put("to", to == null ? null : to.toString());
    String query =
        params.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(
                e ->
                    e.getKey()
                        + "="
                        + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String base =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/api/v1/audit-entries.csv";
    return query.isEmpty() ? base : base + "?" + query;
  }

  /** The entries of the filters, a page at a time. */
  public static class Rows extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;

    private final AuditView view;

    Rows(AuditView view) {
      this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, view.trail.count(view.query()));
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      AuditPage page = view.trail.search(view.query(), first, pageSize);
      return page.entries().stream().map(Row::of).toList();
    }

    @Override
    public String getRowKey(Row row) {
      return String.valueOf(row.id());
    }
  }

  public Rows getRows() {
    return rows;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
