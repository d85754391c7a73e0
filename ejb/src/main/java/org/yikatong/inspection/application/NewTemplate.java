package org.yikatong.inspection.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.yikatong.inspection.domain.InspectionKind;
import org.yikatong.servicedesk.domain.ticket.TicketCategory;
import org.yikatong.terminal.domain.TerminalType;

/**
 * An inspection template as the helpdesk writes it.
 *
 * @param targetType all terminals of this type, or null
 * @param targetArea a location or area, or null; at least one of the two
 * @param items the checklist, in order
 */
public record NewTemplate(
    @NotBlank @Size(max = 100) String name,
    @NotNull InspectionKind kind,
    TerminalType targetType,
    @Size(max = 100) String targetArea,
    @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items) {

  /** One checklist line and the ticket category its failure is filed under. */
  public record Item(@NotBlank @Size(max = 200) String text, @NotNull TicketCategory category) {}
}
