package org.yikatong.servicedesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yikatong.servicedesk.domain.asset.Asset;
import org.yikatong.servicedesk.domain.asset.AssetFaults;
import org.yikatong.servicedesk.domain.asset.AssetGrouping;
import org.yikatong.servicedesk.domain.asset.AssetRepository;
import org.yikatong.servicedesk.domain.asset.AssetType;
import org.yikatong.servicedesk.domain.ticket.Ticket;

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
  public List<Asset> findByIds(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<Asset> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIMIT) {
      found.addAll(
          em.createQuery("select a from Asset a where a.id in :ids", Asset.class)
              .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_LIMIT)))
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

  @Override
  public List<Asset> search(
      AssetType type, String supplier, String location, String text, int max) {
    StringBuilder jpql = new StringBuilder("select a from Asset a where 1 = 1");
    if (type != null) {
      jpql.append(" and a.type = :type");
    }
    if (supplier != null) {
      jpql.append(" and a.supplier = :supplier");
    }
    if (location != null) {
      jpql.append(" and lower(a.location) like :location escape '!'");
    }
    if (text != null) {
      jpql.append(
          " and (lower(a.serialNo) like :text escape '!' or lower(a.model) like :text escape '!'"
              + " or lower(a.supplier) like :text escape '!'"
              + " or lower(a.location) like :text escape '!'"
              + " or lower(a.terminalCode) like :text escape '!'"
              + " or lower(a.note) like :text escape '!')");
    }
    TypedQuery<Asset> query =
        em.createQuery(jpql.append(" order by a.serialNo").toString(), Asset.class);
    if (type != null) {
      query.setParameter("type", type);
    }
    if (supplier != null) {
      query.setParameter("supplier", supplier);
    }
    if (location != null) {
      query.setParameter("location", contains(location));
    }
    if (text != null) {
      query.setParameter("text", contains(text));
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<String> findSuppliers() {
    return em.createQuery(
            "select distinct a.supplier from Asset a order by a.supplier", String.class)
        .getResultList();
  }

  @Override
  public List<AssetFaults> countFaults(AssetGrouping by, Instant from, Instant to) {
    String key =
        switch (by) {
          case SUPPLIER -> "a.supplier";
          case MODEL -> "a.model";
          case LOCATION -> "a.location";
        };
    return em
        .createQuery(
            "select "
                + key
                + ", count(t), sum(coalesce(t.partsCostFen, 0) + coalesce(t.labourCostFen, 0))"
                + " from Ticket t join Asset a on a.id = t.assetId"
                + " where t.createdAt >= :from and t.createdAt < :to"
                + " group by "
                + key
                + " order by count(t) desc, "
                + key,
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            r ->
                new AssetFaults(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    r[2] == null ? 0 : ((Number) r[2]).longValue()))
        .toList();
  }

  @Override
  public Map<Long, Long> countTicketsSince(Instant since, long atLeast) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "select t.assetId, count(t) from Ticket t"
                + " where t.assetId is not null and t.createdAt >= :since"
                + " group by t.assetId having count(t) >= :atLeast"
                + " order by count(t) desc, t.assetId",
            Object[].class)
        .setParameter("since", since)
        .setParameter("atLeast", atLeast)
        .getResultList()
        .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return counts;
  }

  @Override
  public List<Asset> findOwnWarrantyEndingBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select a from Asset a where a.warrantyEnd between :from and :to"
                + " order by a.warrantyEnd, a.serialNo",
            Asset.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Asset> findAcceptedBetweenUnder(
      long contractId, boolean orNone, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select a from Asset a where a.warrantyEnd is null"
                + " and a.acceptedOn between :from and :to"
                + (orNone
                    ? " and (a.contractId = :contract or a.contractId is null)"
                    : " and a.contractId = :contract")
                + " order by a.acceptedOn, a.serialNo",
            Asset.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("contract", contractId)
        .getResultList();
  }

  @Override
  public List<Ticket> findTicketsOf(long assetId) {
    return em.createQuery(
            "select t from Ticket t where t.assetId = :asset order by t.createdAt desc, t.id desc",
            Ticket.class)
        .setParameter("asset", assetId)
        .getResultList();
  }

  /** A LIKE pattern for text anywhere, lower case, its wildcards taken literally. */
  private static String contains(String text) {
    return "%"
        + text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_")
        + "%";
  }

  @Override
  public Map<AssetType, Long> countByTypeUnder(long contractId, boolean defaultContract) {
    Map<AssetType, Long> counts = new java.util.EnumMap<>(AssetType.class);
    em.createQuery(
            "select a.type, count(a) from Asset a where a.contractId = :contract"
                + (defaultContract ? " or a.contractId is null" : "")
                + " group by a.type",
            Object[].class)
        .setParameter("contract", contractId)
        .getResultList()
        .forEach(row -> counts.put((AssetType) row[0], ((Number) row[1]).longValue()));
    return counts;
  }
}
