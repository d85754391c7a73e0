package org.yikatong.terminal.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.yikatong.terminal.domain.TerminalType;

/**
 * A terminal to register.
 *
 * @param terminalId 8 upper-case letters or digits (ISO 8583 field 41)
 * @param type kind of device
 * @param merchantCode the merchant it belongs to; required for a POS
 * @param location where it stands
 */
public record NewTerminal(
    @NotNull @Pattern(regexp = "[A-Z0-9]{8}", message = "must be 8 upper-case letters or digits")
        String terminalId,
    @NotNull TerminalType type,
    @Size(max = 15) String merchantCode,
    @NotBlank @Size(max = 100) String location) {}
