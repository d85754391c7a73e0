package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.yikatong.servicedesk.domain.complaint.ComplaintChannel;

/**
 * A complaint to record. A card holder files their own through the app: complainant holder number
 * and channel are then theirs, whatever is given.
 *
 * @param complainant the complainant's name (a card holder's own holder number when absent)
 * @param ticketNo the ticket the complaint is about, if any (must exist)
 * @param staffConcerned the staff member complained about, if any
 */
public record NewComplaint(
    @Size(max = 100) String complainant,
    @Size(max = 32) String complainantHolderNo,
    @Size(max = 100) String contact,
    ComplaintChannel channel,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 2000) String text,
    @Size(max = 20) String ticketNo,
    @Size(max = 100) String staffConcerned) {}
