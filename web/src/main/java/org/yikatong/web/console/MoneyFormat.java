package org.yikatong.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Amounts of fen as the pages show them: yuan with two decimals ({@code #{money.yuan(fen)}}). */
@Named("money")
@ApplicationScoped
public class MoneyFormat {

  public String yuan(long fen) {
    return ConsolePage.yuan(fen);
  }
}
