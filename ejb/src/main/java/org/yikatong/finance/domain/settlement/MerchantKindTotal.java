package org.yikatong.finance.domain.settlement;

import java.util.Objects;

/** One merchant's postings of one entry kind on its takings on a business day. */
public record MerchantKindTotal(String merchantCode, KindTotal total)
    implements java.io.Serializable {

  public MerchantKindTotal {
    Objects.requireNonNull(merchantCode, "merchantCode");
    Objects.requireNonNull(total, "total");
  }
}
