package org.liaison.notify.matter;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;
import org.liaison.notify.delivery.CalendarInvitation;

/**
 * A councillor's own view of their wards' matters: those that concern them (they were told, or are to be told: HUB-6's
 * recipients, not taken off), never one nobody is to be told of (a courtesy visit, withheld parish correspondence).
 * Coming ones first, soonest first; then those without a date or already begun, from the last {@link #RECENT}, newest
 * first. And a matter with a start and an end as an event for their own calendar (NTF-1).
 */
@ApplicationScoped
public class CouncillorMatters {

    /** How far back "earlier" matters go. */
    static final Duration RECENT = Duration.ofDays(90);

    public enum When { COMING, PAST }

    private static final String CONCERNS = "from Matter m where m.id in (select r.matterId from MatterRecipient r"
            + " where r.councillorId = :councillor and r.removedAt is null)"
            + " and m.courtesyVisit = false and m.withheldReason is null";
    private static final String COMING = CONCERNS + " and m.startsAt >= :now order by m.startsAt, m.registeredAt, m.id";
    private static final String PAST = CONCERNS + " and ((m.startsAt < :now and m.startsAt >= :since)"
            + " or (m.startsAt is null and m.registeredAt >= :since))"
            + " order by coalesce(m.startsAt, m.registeredAt) desc, m.id";

    private final MatterCompliance compliance;
    private final Clock clock;
    private final String organizer;
    private final ZoneId zone;

    CouncillorMatters(MatterCompliance compliance, Clock clock, @ConfigProperty(name = "quarkus.mailer.from") String from,
            CouncilSettings council) {
        this.compliance = compliance;
        this.clock = clock;
        this.zone = council.zone();
        this.organizer = MatterMailComposer.addressOf(from);
    }

    /** The matters concerning {@code councillorId}: coming, past, or (null) coming then past. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CouncillorMatter> of(String councillorId, When when, PageRequest page) {
        Instant now = clock.instant();
        Parameters coming = Parameters.with("councillor", councillorId).and("now", now);
        Parameters past = Parameters.with("councillor", councillorId).and("now", now).and("since", now.minus(RECENT));
        PanacheQuery<Matter> comingQuery = Matter.find(COMING, coming);
        PanacheQuery<Matter> pastQuery = Matter.find(PAST, past);
        long comingTotal = when == When.PAST ? 0 : comingQuery.count();
        long pastTotal = when == When.COMING ? 0 : pastQuery.count();
        long total = comingTotal + pastTotal;
        long from = (long) page.page * page.size;
        List<Matter> found = new ArrayList<>();
        if (from < comingTotal) { // what is left of the coming ones, then (for both) the past ones after them
            found.addAll(comingQuery.range((int) from, (int) Math.min(from + page.size, comingTotal) - 1).list());
        }
        int left = page.size - found.size();
        if (left > 0 && from + found.size() < total) {
            int pastFrom = (int) Math.max(0, from - comingTotal);
            found.addAll(pastQuery.range(pastFrom, pastFrom + left - 1).list());
        }
        Map<UUID, MatterRecipient> recipients = recipients(councillorId, found);
        List<CouncillorMatter> items = found.stream()
                .map(m -> CouncillorMatter.of(m, recipients.get(m.id), compliance.toldOf(m.id, councillorId))).toList();
        return new Page<>(items, page.page, page.size, total);
    }

    /**
     * NTF-1: the matter as an event for the councillor's own calendar, the same event as their emailed invitation (its
     * UID and SEQUENCE), marked cancelled once it is off. 404 when it does not concern them or has no start and end.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Calendar calendar(String councillorId, UUID matterId) {
        Matter matter = Matter.findById(matterId);
        if (matter == null || matter.exempt() || MatterRecipient.count(
                "matterId = ?1 and councillorId = ?2 and removedAt is null", matterId, councillorId) == 0) {
            throw ProblemException.notFound("No matter " + matterId + " concerns councillor " + councillorId
                    + ": only the matters of their wards they are told of have a calendar event here.");
        }
        if (!hasCalendarEvent(matter)) {
            throw ProblemException.notFound("\"" + matter.title + "\" has no start and end time, so it has no calendar event.");
        }
        CalendarInvitation.Details details = new CalendarInvitation.Details(matter.calendarUid, matter.calendarSequence,
                matter.title, matter.description, matter.location, matter.startsAt, matter.endsAt, organizer, null, null);
        String ics = matter.status == Matter.Status.CANCELLED ? CalendarInvitation.publishCancelled(details, clock.instant())
                : CalendarInvitation.publish(details, clock.instant());
        return new Calendar(fileName(matter, zone), ics);
    }

    /** An iCalendar file and the name to save it as. */
    public record Calendar(String fileName, String ics) {
    }

    static boolean hasCalendarEvent(Matter matter) {
        return matter.startsAt != null && matter.endsAt != null;
    }

    /** "2027-02-04-abbey-road-traffic-scheme.ics": the day (the council's) and the title's words, nothing a header could break on. */
    static String fileName(Matter matter, ZoneId zone) {
        String words = matter.title == null ? "" : Normalizer.normalize(matter.title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (words.length() > 60) {
            words = words.substring(0, 60).replaceAll("-+$", "");
        }
        String day = matter.startsAt.atZone(zone).toLocalDate().toString();
        return day + (words.isEmpty() ? "" : "-" + words) + ".ics";
    }

    /**
     * NTF-2 (P12): a consulted ward councillor's views on a consultation, recorded with the evidence that they were told
     * (given again, they replace the last). 404 when the matter does not concern them; 422 NTF-2 when it is not a
     * consultation they are consulted on, or it is cancelled or closed.
     */
    @Transactional
    public CouncillorMatter giveViews(String councillorId, UUID matterId, String views) {
        Matter matter = Matter.findById(matterId);
        MatterRecipient recipient = matter == null || matter.exempt() ? null : MatterRecipient.<MatterRecipient>find(
                "matterId = ?1 and councillorId = ?2 and removedAt is null", matterId, councillorId).firstResult();
        if (recipient == null) {
            throw ProblemException.notFound("No matter " + matterId + " concerns councillor " + councillorId
                    + ": a councillor gives views on their own wards' consultations.");
        }
        Instant now = clock.instant();
        WardCouncillorsConsulted.mayGiveViews(matter.kind, matter.councillorsConsulted,
                matter.status == Matter.Status.CANCELLED, matter.endsAt, now);
        recipient.views = views.strip();
        recipient.viewsGivenAt = now;
        return CouncillorMatter.of(matter, recipient, compliance.toldOf(matter.id, councillorId));
    }

    private static Map<UUID, MatterRecipient> recipients(String councillorId, List<Matter> matters) {
        if (matters.isEmpty()) {
            return Map.of();
        }
        return MatterRecipient.<MatterRecipient>list("councillorId = ?1 and matterId in ?2", councillorId,
                        matters.stream().map(m -> m.id).toList())
                .stream().collect(Collectors.toMap(r -> r.matterId, r -> r, (a, b) -> a));
    }
}
