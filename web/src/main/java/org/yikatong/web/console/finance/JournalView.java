package org.yikatong.web.console.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.yikatong.finance.application.FinanceReports;
import org.yikatong.finance.application.Settlements;
import org.yikatong.finance.domain.report.JournalLine;
import org.yikatong.finance.domain.report.JournalPage;
import org.yikatong.finance.domain.report.JournalQuery;
import org.yikatong.ledger.domain.EntryKind;
import org.yikatong.web.console.ConsolePage;

/**
 * The journal searched: by card (its number or serial), card holder, merchant, terminal, entry
 * kind, channel order number and a period of business days; the entries newest first, a page at a
 * time, each with its postings; what the search finds as CSV or PDF from the API.
 */
@Named
@ViewScoped
public class JournalView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FinanceReports reports;
  @Inject Settlements settlements;

  private String card;
  private String holderNo;
  private String merchantCode;
  private String terminalId;
  private EntryKind kind;
  private String channelRef;
  private LocalDate from;
  private LocalDate to;
  private JournalQuery query;
  private List<Settlements.MerchantRef> merchants = List.of();
  private final Rows rows = new Rows(this);

  @PostConstruct
  void load() {
    List<Settlements.MerchantRef> found = SettleSteps.ask(() -> settlements.merchants(), null);
    merchants = found == null ? List.of() : found;
  }

  /** Shows the first page of what the filters find. */
  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      ConsolePage.error("journal:to", ConsolePage.bundle().getString("settle.periodInvalid"));
      return;
    }
    query = new JournalQuery(card, holderNo, merchantCode, terminalId, kind, channelRef, from, to);
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent("results:entries")
        instanceof DataTable table) {
      table.reset();
    }
  }

  /** Clears the filters and the results. */
  public void clear() {
    card = null;
    holderNo = null;
    merchantCode = null;
    terminalId = null;
    kind = null;
    channelRef = null;
    from = null;
    to = null;
    query = null;
  }

  /** The API's address of what the search found, as CSV or PDF. */
  public String exportUrl(String format) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (query != null) {
      params.put("card", query.card());
      params.put("holderNo", query.holderNo());
      params.put("merchantCode", query.merchantCode());
      params.put("terminalId", query.terminalId());
      params.put("kind", query.kind());
      params.put("channelRef", query.channelRef());
      params.put("from", query.from());
      params.put("to", query.to());
    }
    String parameters =
        params.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> e.getKey() + "=" + SettleSteps.encode(e.getValue().toString()))
            .collect(Collectors.joining("&"));
    String base = SettleSteps.api("journal-entries." + ("pdf".equals(format) ? "pdf" : "csv"));
    return parameters.isEmpty() ? base : base + "?" + parameters;
  }

  /** The entries of the search, a page at a time. */
  public static class Rows extends LazyDataModel<JournalLine> {

    private static final long serialVersionUID = 1L;

    private final JournalView view;

    Rows(JournalView view) {
      this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (view.query == null) {
        return 0;
      }
      Long total = SettleSteps.ask(() -> view.reports.countJournal(view.query), null);
      return total == null ? 0 : (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<JournalLine> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (view.query == null) {
        return List.of();
      }
      JournalPage page =
          SettleSteps.ask(() -> view.reports.searchJournal(view.query, first, pageSize), null);
      return page == null ? List.of() : page.entries();
    }

    @Override
    public String getRowKey(JournalLine line) {
      return Long.toString(line.entryId());
    }

    @Override
    public JournalLine getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(l -> Long.toString(l.entryId()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }

  public boolean isSearched() {
    return query != null;
  }

  public Rows getRows() {
    return rows;
  }

  public EntryKind[] getKinds() {
    return EntryKind.values();
  }

  public List<Settlements.MerchantRef> getMerchants() {
    return merchants;
  }

  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }

  public String time(Instant at) {
    return ConsolePage.time(at);
  }

  public String getCard() {
    return card;
  }

  public void setCard(String card) {
    this.card = card;
  }

  public String getHolderNo() {
    return holderNo;
  }

  public void setHolderNo(String holderNo) {
    this.holderNo = holderNo;
  }

  public String getMerchantCode() {
    return merchantCode;
  }

  public void setMerchantCode(String merchantCode) {
    this.merchantCode = merchantCode;
  }

  public String getTerminalId() {
    return terminalId;
  }

  public void setTerminalId(String terminalId) {
    this.terminalId = terminalId;
  }

  public EntryKind getKind() {
    return kind;
  }

  public void setKind(EntryKind kind) {
    this.kind = kind;
  }

  public String getChannelRef() {
    return channelRef;
  }

  public void setChannelRef(String channelRef) {
    this.channelRef = channelRef;
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
