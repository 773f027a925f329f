package org.liaison.notify.matter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.jboss.logging.Logger;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.events.calendar.NonWorkingDaysRecord;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.notify.replica.NonWorkingDaysReplica;

/**
 * NTF-1: how much notice councillors get of a public meeting, in clear working days — the working days strictly
 * between the day they are told and the day of the meeting, as local-government notice periods are counted — and
 * whether that is shorter than the council's minimum. Working days come from the suite's one calendar: the
 * {@code working-days} module's arithmetic, the council profile's nation ({@code liaison.council}), and enquiry-service's
 * imported bank holidays and closure days as replicated from {@code calendar.non-working-days}, so a notice here and an
 * SLA due date there never disagree about a day. When that calendar changes (a closure day added or taken away), the
 * notice of every coming public meeting is counted again ({@link #recount}), not only that of meetings registered after.
 */
@ApplicationScoped
public class MeetingNotice {

    /** The council's notice settings (the council profile's notices.public-meeting.minimum-working-days, P11). */
    @ConfigMapping(prefix = "liaison.notice")
    public interface Settings {
        /** Notice shorter than this many clear working days is flagged (NTF-1). */
        @WithDefault("10")
        int minimumWorkingDays();

        /** Whether a consultation's ward councillors are told or consulted (notices.consultation.ward-councillors, P12). */
        @WithDefault("TOLD_AT_THE_OUTSET")
        WardCouncillorsConsulted.Policy consultationWardCouncillors();
    }

    /** Clear working days given, and whether that is short. */
    public record Given(int workingDays, boolean shortNotice) {
    }

    private final Settings settings;
    private final CouncilSettings council;
    private static final Logger LOG = Logger.getLogger(MeetingNotice.class);

    private final ObjectMapper json;
    private final Clock clock;
    private volatile WorkingDayCalendar calendar;

    MeetingNotice(Settings settings, CouncilSettings council, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.council = council;
        this.json = json;
        this.clock = clock;
    }

    public Given given(Instant toldAt, Instant meetingStartsAt) {
        int clear = calendar().clearWorkingDaysBetween(toldAt.atZone(council.zone()).toLocalDate(),
                meetingStartsAt.atZone(council.zone()).toLocalDate());
        return new Given(clear, clear < settings.minimumWorkingDays());
    }

    /** The suite's working days: weekends, the nation's bank holidays and the council's closure days excluded. */
    public boolean isWorkingDay(LocalDate day) {
        return calendar().isWorkingDay(day);
    }

    public int minimumWorkingDays() {
        return settings.minimumWorkingDays();
    }

    /** NTF-2: the council's consultation policy (P12). */
    public WardCouncillorsConsulted.Policy consultationPolicy() {
        return settings.consultationWardCouncillors();
    }

    /**
     * The replica changed (called in the consumer's transaction, with what it stored): the calendar is rebuilt, and the
     * coming public meetings' notice counted again on it in the same transaction.
     */
    public void use(NonWorkingDaysRecord days) {
        calendar = build(days);
        recount();
    }

    /**
     * NTF-1 on the calendar as it is now: every active public meeting still to come gets its clear working days and
     * short-notice flag counted again from when its councillors were told. Returns how many changed.
     */
    int recount() {
        Instant now = clock.instant();
        List<Matter> coming = Matter.list("kind = ?1 and status = ?2 and startsAt > ?3 and noticeCountedFrom is not null",
                MatterKind.PUBLIC_MEETING, Matter.Status.ACTIVE, now);
        int changed = 0;
        for (Matter meeting : coming) {
            Given given = given(meeting.noticeCountedFrom, meeting.startsAt);
            if (!Integer.valueOf(given.workingDays()).equals(meeting.noticeWorkingDays) || given.shortNotice() != meeting.shortNotice) {
                meeting.noticeWorkingDays = given.workingDays();
                meeting.shortNotice = given.shortNotice();
                changed++;
            }
        }
        if (changed > 0) {
            LOG.infof("The council's calendar changed: the notice of %d coming public meeting(s) was counted again (NTF-1)", changed);
        }
        return changed;
    }

    private WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null) {
            NonWorkingDaysReplica stored = QuarkusTransaction.joiningExisting()
                    .call(() -> NonWorkingDaysReplica.<NonWorkingDaysReplica>findById(NonWorkingDaysRecord.KEY));
            current = build(stored == null ? null : read(stored.record));
            calendar = current;
        }
        return current;
    }

    private NonWorkingDaysRecord read(String record) {
        try {
            return json.readValue(record, NonWorkingDaysRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored non-working days cannot be read", e);
        }
    }

    private WorkingDayCalendar build(NonWorkingDaysRecord days) {
        Map<Nation, Map<LocalDate, String>> imported = new EnumMap<>(Nation.class);
        Map<LocalDate, String> closures = new TreeMap<>();
        if (days != null) {
            days.importedBankHolidays().forEach(h -> imported.computeIfAbsent(Nation.valueOf(h.nation()), n -> new TreeMap<>())
                    .put(h.day(), h.title()));
            days.closureDays().forEach(c -> closures.put(c.day(), c.reason()));
        }
        return new WorkingDayCalendar(council.nation(), new BankHolidays(imported), closures);
    }
}
