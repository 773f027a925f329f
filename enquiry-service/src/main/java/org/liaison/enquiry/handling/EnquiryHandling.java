package org.liaison.enquiry.handling;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.enquiry.calendar.CouncilCalendar;
import org.liaison.enquiry.calendar.SlaSettings;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.enquiry.replica.CouncillorReplica;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.events.Topic;
import org.liaison.events.enquiry.HoldingReplySent;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;

/** What officers do with an enquiry once it is theirs. */
@ApplicationScoped
public class EnquiryHandling {

    private final CouncilCalendar calendar;
    private final SlaSettings sla;
    private final Outbox outbox;
    private final Clock clock;
    private final SecurityIdentity identity;

    EnquiryHandling(CouncilCalendar calendar, SlaSettings sla, Outbox outbox, Clock clock, SecurityIdentity identity) {
        this.calendar = calendar;
        this.sla = sla;
        this.outbox = outbox;
        this.clock = clock;
        this.identity = identity;
    }

    /** ENQ-7: explain the delay and move the due date; the councillor is emailed and the new date is chased. */
    @Transactional
    public Enquiry holdingReply(UUID id, HoldingReplyRequest request) {
        Enquiry enquiry = handledByCaller(id);
        if (enquiry.status != Enquiry.Status.ASSIGNED && enquiry.status != Enquiry.Status.HOLDING_REPLY_SENT) {
            throw ProblemException.conflict(null, "Enquiry " + enquiry.reference + " is " + enquiry.status
                    + "; a holding reply is for an enquiry still being worked on.");
        }
        Instant now = clock.instant();
        WorkingDayCalendar workingDays = calendar.clock().calendar();
        HoldingReplyDeadline.check(now, enquiry.dueAt, request.newTargetDate(), workingDays, sla.zone());
        Instant previousDue = enquiry.dueAt;
        if (enquiry.originalDueAt == null) {
            enquiry.originalDueAt = previousDue;
        }
        enquiry.dueAt = ZonedDateTime.of(request.newTargetDate(), sla.closeOfBusiness(), sla.zone()).toInstant();
        enquiry.holdingReplyReason = request.reason().strip();
        enquiry.holdingReplyAt = now;
        enquiry.status = Enquiry.Status.HOLDING_REPLY_SENT;
        CouncillorReplica councillor = CouncillorReplica.findById(enquiry.councillorId);
        OfficerReplica officer = OfficerReplica.findById(enquiry.assignedOfficerId);
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), HoldingReplySent.TYPE, new HoldingReplySent(
                enquiry.id.toString(), enquiry.reference, enquiry.councillorId,
                councillor == null ? "Councillor" : councillor.displayName, councillor == null ? null : councillor.email,
                enquiry.subject, officer == null ? "the officer" : officer.displayName, enquiry.holdingReplyReason,
                previousDue, enquiry.dueAt));
        return enquiry;
    }

    /** The enquiry, locked for update, if the caller is its officer or manages them. */
    private Enquiry handledByCaller(UUID id) {
        Enquiry enquiry = Enquiry.findById(id, LockModeType.PESSIMISTIC_WRITE);
        String me = identity.getPrincipal().getName();
        if (enquiry == null || !(enquiry.assignedOfficerId.equals(me) || OfficerReplica.managedBy(enquiry.assignedOfficerId, me))) {
            throw new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.NOT_FOUND,
                    "There is no enquiry " + id + " assigned to you or to someone you manage."));
        }
        return enquiry;
    }
}
