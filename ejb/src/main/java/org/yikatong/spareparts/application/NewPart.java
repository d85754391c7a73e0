package org.yikatong.spareparts.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A spare part for the catalogue, or its changed description (the code stays). */
public record NewPart(
    @NotBlank @Size(max = 32) String code,
    @NotBlank @Size(max = 100) String name,
    @NotBlank @Size(max = 16) String unit,
    @PositiveOrZero int reorderLevel,
    @PositiveOrZero long unitCostFen) {}
