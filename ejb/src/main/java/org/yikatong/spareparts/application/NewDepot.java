package org.yikatong.spareparts.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A depot. */
public record NewDepot(
    @NotBlank @Size(max = 16) String code,
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 100) String location) {}
