package org.metrolex.comparison.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When each participant holds the artefact, in working days (JJF 1117 §5.4: the protocol fixes the circulation and
 * each laboratory's measuring period). The pilot measures first, from the start date; then the laboratories in their
 * order. In a ring the artefact goes from one laboratory straight to the next; in a petal it returns to the pilot
 * after each laboratory and leaves again for the next. Every leg of transport and every holding period is counted in
 * working days, so a national holiday stretches the calendar and a 调休 Saturday shortens it.
 *
 * @param slots        one per participant, the pilot first
 * @param returnToPilot the day the artefact is back with the pilot at the end
 */
public record CirculationSchedule(ScheduleKind kind, List<Slot> slots, LocalDate returnToPilot) {

    /**
     * One participant's period: the artefact arrives on {@code receive} and leaves on {@code send}.
     *
     * @param position 0 for the pilot, then 1, 2, … in circulation order
     */
    public record Slot(int position, LocalDate receive, LocalDate send) {
    }

    public CirculationSchedule {
        slots = List.copyOf(slots);
    }

    /**
     * @param participants how many participants, the pilot included (at least 2)
     * @param holding      working days each participant keeps the artefact
     * @param transport    working days of one leg of transport
     */
    public static CirculationSchedule plan(ScheduleKind kind, LocalDate start, int participants, int holding, int transport,
                                           WorkingDays days) {
        if (participants < 2 || holding < 1 || transport < 0) {
            throw new IllegalArgumentException("a schedule needs the pilot and one laboratory, holding ≥ 1, transport ≥ 0");
        }
        List<Slot> slots = new ArrayList<>();
        LocalDate pilotSends = days.add(start, holding);
        slots.add(new Slot(0, start, pilotSends));
        LocalDate leaves = pilotSends;
        for (int position = 1; position < participants; position++) {
            LocalDate receive = days.add(leaves, transport);
            LocalDate send = days.add(receive, holding);
            slots.add(new Slot(position, receive, send));
            leaves = kind == ScheduleKind.RING ? send : days.add(send, transport);
        }
        LocalDate back = kind == ScheduleKind.RING ? days.add(leaves, transport) : leaves;
        return new CirculationSchedule(kind, slots, back);
    }
}
