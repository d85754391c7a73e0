package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetRepository;

/** {@link AssetRepository} over JPA; joins the caller's JTA transaction. */
@ApplicationScoped
public class JpaAssetRepository implements AssetRepository {

  /** Oracle takes at most 1,000 expressions in an IN list. */
  private static final int IN_LIMIT = 1000;

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Asset asset) {
    em.persist(asset);
  }

  @Override
  public Optional<Asset> findById(long id) {
    return Optional.ofNullable(em.find(Asset.class, id));
  }

  @Override
  public Optional<Asset> findBySerial(String serialNo) {
    return em.createQuery("select a from Asset a where a.serialNo = :serial", Asset.class)
        .setParameter("serial", serialNo)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Asset> findBySerials(Collection<String> serialNos) {
    List<String> all = List.copyOf(serialNos);
    List<Asset> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIMIT) {
      found.addAll(
          em.createQuery("select a from Asset a where a.serialNo in :serials", Asset.class)
              .setParameter("serials", all.subList(i, Math.min(all.size(), i + IN_LIMIT)))
              .getResultList());
    }
    return found;
  }

  @Override
  public Optional<Asset> findByTerminalCode(String terminalCode) {
    return em.createQuery(
            "select a from Asset a where a.terminalCode = :code order by a.id", Asset.class)
        .setParameter("code", terminalCode)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Asset> findAll() {
    return em.createQuery("select a from Asset a order by a.serialNo", Asset.class).getResultList();
  }
}
