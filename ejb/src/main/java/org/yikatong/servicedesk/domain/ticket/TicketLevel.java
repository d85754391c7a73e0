package org.yikatong.servicedesk.domain.ticket;

/**
 * The grade of a fault (O&M plan): level 1 — the system down, the whole campus affected (handled
 * within 2 h); level 2 — single devices down, some users affected (4 h); level 3 — information
 * updates and queries (24 h).
 */
public enum TicketLevel {
  LEVEL_1,
  LEVEL_2,
  LEVEL_3;

  /**
   * The level a report suggests; the helpdesk sets the level it decides.
   *
   * @param campusWide the fault affects the whole campus (many terminals, a central system)
   */
  public static TicketLevel suggest(TicketCategory category, boolean campusWide) {
    if (campusWide) {
      return LEVEL_1;
    }
    return category == TicketCategory.OPERATOR_ERROR ? LEVEL_3 : LEVEL_2;
  }
}
