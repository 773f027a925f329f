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
import org.liaison.enquiry.access.EnquiryAccess;
import org.liaison.enquiry.audit.CaseworkAuditEntry;
import org.liaison.enquiry.audit.CaseworkAudit;
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
    private final CaseworkAudit audit;

    EnquiryIntake(CouncilCalendar calendar, SlaSettings sla, CouncilSettings council, EnquiryPolicy policy, Outbox outbox,
            Clock clock, SecurityIdentity identity, CaseworkAudit audit) {
        this.audit = audit;
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
            NamedOfficerRule.check(named, request.significance(), handlesOpenEnquiry, policy.directApproach());
            EnquiryRouter.Unavailable unavailable = EnquiryRouter.unavailable(named, councillorId, today, ConflictReplica::between);
            if (unavailable == null) {
                String reason = "Assigned to " + named.displayName + ", named by the councillor";
                routing = new EnquiryRouter.Routing(named.id, named.displayName, reason, reason);
            } else {
                // ENQ-4 / DIR-5: a named officer who is absent or has a declared relationship with the councillor is
                // passed over like an absent key contact, and the public reason does not say which it was
                String who = "the officer the councillor named (" + named.displayName + ")";
                routing = routeByArea(area, councillorId, today, List.of(who + " is " + unavailable.publicly()),
                        List.of(who + " " + unavailable.restricted()));
            }
        } else {
            routing = routeByArea(area, councillorId, today, List.of(), List.of());
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
        enquiry.significance = request.significance();
        enquiry.constituentConfidential = request.constituentConfidential();
        enquiry.doNotCopy = request.doNotCopy();
        enquiry.receivedAt = receivedAt;
        enquiry.clockStartsAt = deadline.clockStartsAt();
        enquiry.dueAt = deadline.dueAt();
        enquiry.assignedOfficerId = routing.officerId();
        enquiry.routingReason = Enquiry.clip(routing.reason(), 500);
        enquiry.restrictedRoutingReason = Enquiry.clip(routing.restrictedReason(), 1000);
        enquiry.status = Enquiry.Status.ASSIGNED;
        enquiry.persist();
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), EnquiryReceived.TYPE, new EnquiryReceived(
                enquiry.id.toString(), enquiry.reference, councillorId, councillor.displayName, councillor.email,
                enquiry.subject, area.code, area.name, routing.officerId(), routing.officerName(), enquiry.routingReason,
                receivedAt, enquiry.dueAt));
        return enquiry;
    }

    private static EnquiryRouter.Routing routeByArea(ServiceAreaReplica area, String councillorId, LocalDate today,
            List<String> passedOverPublicly, List<String> passedOverRestricted) {
        return EnquiryRouter.route(area, councillorId, today, id -> OfficerReplica.findById(id), ConflictReplica::between,
                        passedOverPublicly, passedOverRestricted)
                .orElseThrow(() -> ProblemException.conflict("ENQ-4", "serviceAreaCode", "No officer of " + area.name
                        + " (key contact, head of service or director) is known to Liaison yet, so the enquiry has "
                        + "nobody to go to. Try again shortly; if this persists, ask members' services to check the "
                        + "service area's officers in the directory."));
    }

    /** Filters of {@code GET /enquiries}; null means "any". */
    public record Search(Enquiry.Status status, String serviceArea, String assignedTo, String councillor, Boolean overdue) {
    }

    /**
     * Lists what the caller may see: a councillor their own; an officer those assigned to them or to anyone
     * they manage; members' services, admins, the chief executive and the monitoring officer all
     * ({@link EnquiryAccess#seesEveryEnquiry}). Bodies are never listed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.liaison.infrastructure.rest.Page<EnquiryView> search(Search search, org.liaison.infrastructure.rest.PageRequest page) {
        String me = identity.getPrincipal().getName();
        List<String> where = new java.util.ArrayList<>();
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        boolean overview = EnquiryAccess.seesEveryEnquiry(identity);
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
                .map(e -> EnquiryView.of(e, false, EnquiryAccess.mayReadRestrictedReason(identity)));
    }

    /**
     * The enquiry ({@link EnquiryAccess#READ} has let the caller in), with the body where they may read it; handing over
     * the body of confidential casework is recorded in the casework audit, in this transaction.
     */
    @Transactional
    public EnquiryView read(UUID id) {
        Enquiry enquiry = existing(id);
        EnquiryView view = EnquiryView.of(enquiry, EnquiryAccess.mayReadBody(identity, enquiry),
                EnquiryAccess.mayReadRestrictedReason(identity));
        List<CaseworkAuditEntry.Body> bodies = new java.util.ArrayList<>();
        if (view.body() != null) {
            bodies.add(CaseworkAuditEntry.Body.ENQUIRY);
        }
        if (view.reply() != null && view.reply().body() != null) {
            bodies.add(CaseworkAuditEntry.Body.REPLY);
        }
        audit.bodyRead(enquiry, "GET /enquiries/{id}", bodies);
        return view;
    }

    /**
     * "Explain this date" for one enquiry: day 0 and each counted working day from receipt (or from an overturned
     * decline), each skipped day with why, then any holding reply and any move caused by a holiday-list change.
     */
    public DueDateExplanation explainDueDate(UUID id) {
        Enquiry enquiry = existing(id);
        SlaClock.Deadline deadline = calendar.clock().due(enquiry.slaClockFrom(), sla.workingDays());
        boolean overturned = !enquiry.slaClockFrom().equals(enquiry.receivedAt);
        DueDateExplanation.HoldingReply holding = enquiry.holdingReplyAt == null ? null
                : new DueDateExplanation.HoldingReply(enquiry.holdingReplyAt, enquiry.holdingReplyReason,
                        enquiry.originalDueAt, enquiry.dueAt);
        return new DueDateExplanation(enquiry.id, enquiry.reference, enquiry.slaClockFrom(),
                overturned ? "the chief executive overturned the decline" : "received", calendar.defaultNation(),
                sla.workingDays(), deadline.clockStartsAt(), deadline.dueAt(), deadline.days(), holding,
                EnquiryView.of(enquiry, false, false).dueDateChanges(), enquiry.dueAt);
    }

    private static Enquiry existing(UUID id) {
        Enquiry enquiry = Enquiry.findById(id);
        if (enquiry == null) {
            throw ProblemException.notFound("There is no enquiry " + id + ".");
        }
        return enquiry;
    }

    private static String reference(int year) {
        long next = ((Number) Enquiry.getEntityManager().createNativeQuery("select nextval('enquiry_reference_seq')")
                .getSingleResult()).longValue();
        return String.format("ENQ-%d-%06d", year, next);
    }
}
