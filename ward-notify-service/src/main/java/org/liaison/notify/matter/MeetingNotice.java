package org.liaison.notify.matter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.infrastructure.time.ClockProducer;

/**
 * NTF-1: how much notice councillors get of a public meeting, in clear working days — the working days strictly
 * between the day they are told and the day of the meeting, as local-government notice periods are counted — and
 * whether that is shorter than the council's minimum. Working days come from the suite's one calendar
 * (the {@code working-days} module: weekends and the nation's bank holidays).
 */
@ApplicationScoped
public class MeetingNotice {

    /** The council's notice settings. */
    @ConfigMapping(prefix = "liaison.notice")
    public interface Settings {
        @WithDefault("ENGLAND_AND_WALES")
        Nation nation();

        /** Notice shorter than this many clear working days is flagged (NTF-1). */
        @WithDefault("10")
        int minimumWorkingDays();
    }

    /** Clear working days given, and whether that is short. */
    public record Given(int workingDays, boolean shortNotice) {
    }

    private final Settings settings;
    private final WorkingDayCalendar calendar;

    MeetingNotice(Settings settings) {
        this.settings = settings;
        this.calendar = new WorkingDayCalendar(settings.nation(), BankHolidays.fromRules(), Map.of());
    }

    public Given given(Instant toldAt, Instant meetingStartsAt) {
        LocalDate told = toldAt.atZone(ClockProducer.LONDON).toLocalDate();
        LocalDate meeting = meetingStartsAt.atZone(ClockProducer.LONDON).toLocalDate();
        int clear = 0;
        for (LocalDate day = told.plusDays(1); day.isBefore(meeting); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                clear++;
            }
        }
        return new Given(clear, clear < settings.minimumWorkingDays());
    }

    /** The suite's working days (weekends and the configured nation's bank holidays excluded). */
    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    public int minimumWorkingDays() {
        return settings.minimumWorkingDays();
    }
}
