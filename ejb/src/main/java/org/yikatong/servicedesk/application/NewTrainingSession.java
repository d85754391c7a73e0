package org.yikatong.servicedesk.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A training session to schedule.
 *
 * @param audience who it is for, e.g. 操作员, 管理员, 服务台, 全体用户
 * @param costFen venue, materials and trainer, in fen (about 200000 a session (O&M plan))
 */
public record NewTrainingSession(
    @NotBlank @Size(max = 200) String topic,
    @NotBlank @Size(max = 100) String audience,
    @NotBlank @Size(max = 100) String trainer,
    @NotNull Instant startsAt,
    @Positive int durationMinutes,
    @NotBlank @Size(max = 200) String location,
    @PositiveOrZero long costFen) {}
