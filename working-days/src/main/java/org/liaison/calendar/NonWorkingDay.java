package org.liaison.calendar;

import java.time.LocalDate;

/** Why a date is not a working day, in words a council officer recognises. */
public record NonWorkingDay(LocalDate date, Reason reason, String name) {

    public enum Reason { WEEKEND, BANK_HOLIDAY, CLOSURE_DAY }

    public String describe() {
        return switch (reason) {
            case WEEKEND -> name;
            case BANK_HOLIDAY -> "bank holiday: " + name;
            case CLOSURE_DAY -> "council closure day: " + name;
        };
    }
}
