package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.yikatong.servicedesk.domain.asset.AssetType;

/**
 * An asset as it is registered or changed.
 *
 * @param acceptedOn the day it was accepted (验收合格之日): its free warranty runs from it
 * @param warrantyEnd the last day of its free warranty when set for this asset; null for its
 *     contract's warranty months from acceptance
 * @param terminalCode the platform's terminal it is, if any
 * @param contractCode the service contract it falls under; null for the default contract
 */
public record NewAsset(
    @NotBlank @Size(max = 64) String serialNo,
    @NotNull AssetType type,
    @NotBlank @Size(max = 100) String model,
    @NotBlank @Size(max = 100) String location,
    @NotBlank @Size(max = 100) String supplier,
    @NotNull LocalDate acceptedOn,
    LocalDate warrantyEnd,
    @Size(max = 8) String terminalCode,
    @Size(max = 32) String contractCode,
    @Size(max = 200) String note) {}
