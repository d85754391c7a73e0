package org.yikatong.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yikatong.kernel.domain.Money;
import org.yikatong.overview.application.PlatformOverview;
import org.yikatong.overview.application.PlatformOverviewService;

/** The console's landing page: what the platform holds right now. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PlatformOverviewService overviewService;

  private PlatformOverview overview;

  @PostConstruct
  void load() {
    overview = overviewService.overview();
  }

  public PlatformOverview getOverview() {
    return overview;
  }

  /** Total of all purses in yuan, two decimals. */
  public String getPurseBalanceYuan() {
    return Money.ofFen(overview.purseBalanceFen()).toYuanString();
  }
}
