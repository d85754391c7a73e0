package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.servicedesk.domain.ticket.TicketChannel;
import org.yikatong.servicedesk.domain.ticket.TicketLevel;

/**
 * A fault report.
 *
 * @param level the level the helpdesk sets; empty to take the suggested one
 * @param campusWide the fault affects the whole campus (suggests level 1)
 * @param journalEntryId a journal entry the report is about (a disputed payment), if any
 * @param contract the code of the service contract the ticket falls under; empty for the default
 * @param assetSerial the serial number of the registered asset at fault, if known; empty to take
 *     the asset registered for the terminal, if any
 */
public record NewTicket(
    @NotNull TicketChannel channel,
    @NotBlank @Size(max = 100) String reporterName,
    @Size(max = 100) String reporterContact,
    @Size(max = 32) String reporterHolderNo,
    @Size(max = 8) String terminalId,
    @Size(max = 100) String location,
    @NotNull TicketCategory category,
    TicketLevel level,
    boolean campusWide,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 2000) String description,
    Long journalEntryId,
    @Size(max = 32) String contract,
    @Size(max = 64) String assetSerial) {}
