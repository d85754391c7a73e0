package org.yikatong.inspection.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A schedule: a template on a recurrence, for a technician. Either {@code everyHours} (every N
 * hours within duty hours) or {@code weekday} and {@code at} (weekly).
 *
 * @param graceMinutes how long after its planned time a round is due; null for one interval
 */
public record NewSchedule(
    @NotNull Long templateId,
    Integer everyHours,
    DayOfWeek weekday,
    LocalTime at,
    Integer graceMinutes,
    @NotBlank @Size(max = 64) String assignee) {}
