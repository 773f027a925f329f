package org.liaison.enquiry.intake;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.liaison.calendar.SlaClock;
import org.liaison.enquiry.calendar.CouncilCalendar;
import org.liaison.enquiry.calendar.SlaSettings;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.enquiry.replica.ConflictReplica;
import org.liaison.enquiry.replica.CouncillorReplica;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.enquiry.replica.ServiceAreaReplica;
import org.liaison.events.Topic;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;

/** Receives a councillor's enquiry: starts its clock (ENQ-3), routes it (ENQ-4, ENQ-5) and announces it. */
@ApplicationScoped
public class EnquiryIntake {

    private final CouncilCalendar calendar;
    private final SlaSettings sla;
    private final CouncilSettings council;
    private final EnquiryPolicy policy;
    private final Outbox outbox;
    private final Clock clock;
    private final SecurityIdentity identity;

    EnquiryIntake(CouncilCalendar calendar, SlaSettings sla, CouncilSettings council, EnquiryPolicy policy, Outbox outbox,
            Clock clock, SecurityIdentity identity) {
        this.calendar = calendar;
        this.sla = sla;
        this.council = council;
        this.policy = policy;
        this.outbox = outbox;
        this.clock = clock;
        this.identity = identity;
    }

    @Transactional
    public Enquiry receive(String councillorId, EnquiryRequest request) {
        CouncillorReplica councillor = CouncillorReplica.findById(councillorId);
        if (councillor == null || !"ACTIVE".equals(councillor.status)) {
            throw new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.FORBIDDEN,
                    "Only a serving councillor in the directory can raise an enquiry; your id " + councillorId
                            + " is not one (yet). Ask members' services to check the directory."));
        }
        ServiceAreaReplica area = ServiceAreaReplica.findById(request.serviceAreaCode());
        if (area == null) {
            throw new ProblemException(Problem.unprocessable("Choose one of the council's service areas.",
                    List.of(new Problem.FieldError("serviceAreaCode", "service area " + request.serviceAreaCode() + " is not known"))));
        }
        Instant receivedAt = clock.instant();
        ZoneId zone = council.zone();
        LocalDate today = receivedAt.atZone(zone).toLocalDate();
        EnquiryRouter.Routing routing;
        if (request.officerId() != null && !request.officerId().isBlank()) {
            OfficerReplica named = OfficerReplica.findById(request.officerId());
            if (named == null || !named.active()) {
                throw new ProblemException(Problem.unprocessable("Name an active officer, or leave officerId out.",
                        List.of(new Problem.FieldError("officerId", "no active officer has id " + request.officerId()))));
            }
            boolean handlesOpenEnquiry = Enquiry.count("councillorId = ?1 and assignedOfficerId = ?2 and status in ?3",
                    councillorId, named.id, List.of(Enquiry.Status.ASSIGNED, Enquiry.Status.HOLDING_REPLY_SENT)) > 0;
            NamedOfficerRule.check(named, handlesOpenEnquiry, policy.directApproach());
            routing = new EnquiryRouter.Routing(named.id, named.displayName, "Assigned to " + named.displayName
                    + ", named by the councillor");
        } else {
            routing = EnquiryRouter.route(area, councillorId, today, id -> OfficerReplica.findById(id), ConflictReplica::between)
                    .orElseThrow(() -> ProblemException.conflict("ENQ-4", "serviceAreaCode", "No officer of " + area.name
                            + " (key contact, head of service or director) is known to Liaison yet, so the enquiry has "
                            + "nobody to go to. Try again shortly; if this persists, ask members' services to check the "
                            + "service area's officers in the directory."));
        }
        SlaClock.Deadline deadline = calendar.clock().due(receivedAt, sla.workingDays());

        Enquiry enquiry = new Enquiry();
        enquiry.id = UUID.randomUUID();
        enquiry.reference = reference(receivedAt.atZone(zone).getYear());
        enquiry.councillorId = councillorId;
        enquiry.subject = request.subject().strip();
        enquiry.body = request.body();
        enquiry.serviceAreaCode = area.code;
        enquiry.wardCode = request.wardCode();
        enquiry.category = request.category();
        enquiry.constituentConfidential = request.constituentConfidential();
        enquiry.doNotCopy = request.doNotCopy();
        enquiry.receivedAt = receivedAt;
        enquiry.clockStartsAt = deadline.clockStartsAt();
        enquiry.dueAt = deadline.dueAt();
        enquiry.assignedOfficerId = routing.officerId();
        enquiry.routingReason = routing.reason();
        enquiry.status = Enquiry.Status.ASSIGNED;
        enquiry.persist();
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), EnquiryReceived.TYPE, new EnquiryReceived(
                enquiry.id.toString(), enquiry.reference, councillorId, councillor.displayName, councillor.email,
                enquiry.subject, area.code, area.name, routing.officerId(), routing.officerName(), routing.reason(),
                receivedAt, enquiry.dueAt));
        return enquiry;
    }

    /** Filters of {@code GET /enquiries}; null means "any". */
    public record Search(Enquiry.Status status, String serviceArea, String assignedTo, String councillor, Boolean overdue) {
    }

    /**
     * Lists what the caller may see: a councillor their own; an officer those assigned to them or to anyone
     * they manage; members' services, admins and the chief executive all. Bodies are never listed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.liaison.infrastructure.rest.Page<EnquiryView> search(Search search, org.liaison.infrastructure.rest.PageRequest page) {
        String me = identity.getPrincipal().getName();
        List<String> where = new java.util.ArrayList<>();
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        boolean overview = identity.hasRole(Roles.MEMBERS_SERVICES) || identity.hasRole(Roles.ADMIN)
                || identity.hasRole(Roles.CHIEF_EXECUTIVE);
        if (!overview) {
            if (identity.hasRole(Roles.OFFICER)) {
                where.add("(e.assignedOfficerId in :team or e.councillorId = :me)");
                params.and("team", OfficerReplica.teamOf(me)).and("me", me);
            } else {
                where.add("e.councillorId = :me");
                params.and("me", me);
            }
        }
        if (search.status() != null) {
            where.add("e.status = :status");
            params.and("status", search.status());
        }
        if (search.serviceArea() != null) {
            where.add("e.serviceAreaCode = :area");
            params.and("area", search.serviceArea());
        }
        if (search.assignedTo() != null) {
            where.add("e.assignedOfficerId = :assignedTo");
            params.and("assignedTo", search.assignedTo());
        }
        if (search.councillor() != null) {
            where.add("e.councillorId = :councillor");
            params.and("councillor", search.councillor());
        }
        if (search.overdue() != null) {
            where.add(search.overdue() ? "(e.status in :open and e.dueAt < :now)" : "not (e.status in :open and e.dueAt < :now)");
            params.and("open", List.of(Enquiry.Status.ASSIGNED, Enquiry.Status.HOLDING_REPLY_SENT)).and("now", clock.instant());
        }
        String query = "from Enquiry e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.receivedAt desc, e.id";
        var found = Enquiry.<Enquiry>find(query, params).page(page.toPanache());
        return new org.liaison.infrastructure.rest.Page<>(found.list(), page.page, page.size, found.count())
                .map(e -> EnquiryView.of(e, false));
    }

    /** Who may read which enquiry, and whether the body too. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EnquiryView read(UUID id) {
        Enquiry enquiry = visible(id);
        String me = identity.getPrincipal().getName();
        boolean ownOrHandling = enquiry.councillorId.equals(me) || enquiry.assignedOfficerId.equals(me)
                || OfficerReplica.managedBy(enquiry.assignedOfficerId, me);
        boolean confidentialCasework = enquiry.constituentConfidential && enquiry.category == Enquiry.Category.CASEWORK;
        return EnquiryView.of(enquiry, ownOrHandling || !confidentialCasework);
    }

    /**
     * "Explain this date" for one enquiry: day 0 and each counted working day from receipt (or from an overturned
     * decline), each skipped day with why, then any holding reply and any move caused by a holiday-list change.
     */
    public DueDateExplanation explainDueDate(UUID id) {
        Enquiry enquiry = visible(id);
        SlaClock.Deadline deadline = calendar.clock().due(enquiry.slaClockFrom(), sla.workingDays());
        boolean overturned = !enquiry.slaClockFrom().equals(enquiry.receivedAt);
        DueDateExplanation.HoldingReply holding = enquiry.holdingReplyAt == null ? null
                : new DueDateExplanation.HoldingReply(enquiry.holdingReplyAt, enquiry.holdingReplyReason,
                        enquiry.originalDueAt, enquiry.dueAt);
        return new DueDateExplanation(enquiry.id, enquiry.reference, enquiry.slaClockFrom(),
                overturned ? "the chief executive overturned the decline" : "received", calendar.defaultNation(),
                sla.workingDays(), deadline.clockStartsAt(), deadline.dueAt(), deadline.days(), holding,
                EnquiryView.of(enquiry, false).dueDateChanges(), enquiry.dueAt);
    }

    /** The enquiry if the caller may see it: its councillor, its officer and their managers, members' services. */
    private Enquiry visible(UUID id) {
        Enquiry enquiry = Enquiry.findById(id);
        String me = identity.getPrincipal().getName();
        boolean staffOverview = identity.hasRole(Roles.MEMBERS_SERVICES) || identity.hasRole(Roles.ADMIN);
        boolean own = enquiry != null && enquiry.councillorId.equals(me);
        boolean handling = enquiry != null && (enquiry.assignedOfficerId.equals(me) || OfficerReplica.managedBy(enquiry.assignedOfficerId, me));
        if (enquiry == null || !(own || handling || staffOverview)) {
            throw ProblemException.notFound("There is no enquiry " + id + " that you can see.");
        }
        return enquiry;
    }

    private static String reference(int year) {
        long next = ((Number) Enquiry.getEntityManager().createNativeQuery("select nextval('enquiry_reference_seq')")
                .getSingleResult()).longValue();
        return String.format("ENQ-%d-%06d", year, next);
    }
}
