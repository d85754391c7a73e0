package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.yikatong.servicedesk.domain.maintenance.MaintenanceKind;

/**
 * The head of a user problem feedback and resolution form: who asks and what for.
 *
 * @param requestingUnit the requesting unit or department (申请单位/部门); required, but a card holder's
 *     own request defaults to their department
 * @param requesterName the requester (申请人); required, but a card holder's own request defaults to
 *     their name
 * @param requesterContact how to reach them (联系方式)
 * @param ticketNo the fault ticket behind the request, if any
 * @param terminalId the terminal concerned, if any
 * @param description the problem or requirement (问题/需求描述)
 */
public record NewMaintenanceRequest(
    @NotNull MaintenanceKind kind,
    @Size(max = 100) String requestingUnit,
    @Size(max = 100) String requesterName,
    @Size(max = 100) String requesterContact,
    @Size(max = 24) String ticketNo,
    @Size(max = 8) String terminalId,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 2000) String description) {}
