package org.yikatong.servicedesk.domain.asset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yikatong.servicedesk.domain.ticket.Ticket;

/** The asset register. */
public interface AssetRepository {

  void add(Asset asset);

  Optional<Asset> findById(long id);

  Optional<Asset> findBySerial(String serialNo);

  /** The assets of these serial numbers that are registered already. */
  List<Asset> findBySerials(Collection<String> serialNos);

  /** The assets with these ids. */
  List<Asset> findByIds(Collection<Long> ids);

  /** The asset registered for the platform's terminal of that code, if any (the first by id). */
  Optional<Asset> findByTerminalCode(String terminalCode);

  /** Every asset, by serial number. */
  List<Asset> findAll();

  /**
   * How many assets of each type fall under a contract: those naming it, and for the default
   * contract also those naming none.
   */
  java.util.Map<AssetType, Long> countByTypeUnder(long contractId, boolean defaultContract);

  /**
   * The assets that match every filter given, by serial number, at most {@code max}.
   *
   * @param type only assets of this type; null for any
   * @param supplier only assets of this supplier (exactly); null for any
   * @param location only assets whose location contains this (any case); null for any
   * @param text only assets whose serial number, model, supplier, location, terminal code or note
   *     contains this (any case); null for any
   */
  List<Asset> search(AssetType type, String supplier, String location, String text, int max);

  /** The suppliers of the register, in order. */
  List<String> findSuppliers();

  /**
   * The tickets created in [from, to) that name an asset, counted per supplier, model or location
   * of the asset, with the sum of their repairs' parts and labour cost; most faults first.
   */
  List<AssetFaults> countFaults(AssetGrouping by, Instant from, Instant to);

  /**
   * The assets named by at least {@code atLeast} tickets created since {@code since}: asset id to
   * the number of tickets, most first.
   */
  Map<Long, Long> countTicketsSince(Instant since, long atLeast);

  /** The assets whose own warranty end lies in [from, to], by that end. */
  List<Asset> findOwnWarrantyEndingBetween(LocalDate from, LocalDate to);

  /**
   * The assets without an own warranty end, under the contract of this id (and, when {@code
   * orNone}, those naming no contract), accepted in [from, to].
   */
  List<Asset> findAcceptedBetweenUnder(
      long contractId, boolean orNone, LocalDate from, LocalDate to);

  /** The tickets naming the asset, newest first. */
  List<Ticket> findTicketsOf(long assetId);
}
