package org.gridx.core.calendar.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The weekly schedule as the API shows it and as {@code work_calendar.week} stores it: {@code {"mon": [{"from", "to"}], …}}. */
final class WeekJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<CalendarInput.Span>>> WEEK = new TypeReference<>() {
    };

    private WeekJson() {
    }

    static Map<String, List<CalendarInput.Span>> view(WorkSchedule schedule) {
        Map<String, List<CalendarInput.Span>> week = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(CalendarCheck.key(d), schedule.week().get(d).stream()
                    .map(h -> new CalendarInput.Span(h.fromText(), h.toText())).toList());
        }
        return week;
    }

    static String write(WorkSchedule schedule) {
        try {
            return JSON.writeValueAsString(view(schedule));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored week in Monday-to-Sunday order (jsonb keeps its keys in an order of its own). */
    static Map<String, List<CalendarInput.Span>> read(String json) {
        try {
            Map<String, List<CalendarInput.Span>> stored = JSON.readValue(json, WEEK);
            Map<String, List<CalendarInput.Span>> week = new LinkedHashMap<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                week.put(CalendarCheck.key(d), stored.getOrDefault(CalendarCheck.key(d), List.of()));
            }
            return week;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored week of the calendar is not readable", e);
        }
    }
}
