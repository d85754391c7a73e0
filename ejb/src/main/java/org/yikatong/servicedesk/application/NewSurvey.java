package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A quarterly satisfaction survey to open.
 *
 * @param quarter e.g. {@code 2026-Q4}; the current quarter (Asia/Shanghai) when absent
 * @param questions the questions in order, each scored 1 to 5
 */
public record NewSurvey(
    @Size(max = 7) String quarter,
    @NotBlank @Size(max = 200) String title,
    @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> questions) {}
