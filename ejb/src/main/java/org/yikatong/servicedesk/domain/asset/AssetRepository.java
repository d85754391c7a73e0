package org.yikatong.servicedesk.domain.asset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The asset register. */
public interface AssetRepository {

  void add(Asset asset);

  Optional<Asset> findById(long id);

  Optional<Asset> findBySerial(String serialNo);

  /** The assets of these serial numbers that are registered already. */
  List<Asset> findBySerials(Collection<String> serialNos);

  /** The asset registered for the platform's terminal of that code, if any (the first by id). */
  Optional<Asset> findByTerminalCode(String terminalCode);

  /** Every asset, by serial number. */
  List<Asset> findAll();
}
