package org.liaison.enquiry.handling;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.enquiry.calendar.CouncilCalendar;
import org.liaison.enquiry.calendar.SlaSettings;
import org.liaison.enquiry.intake.EnquiryPolicy;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.enquiry.replica.ConflictReplica;
import org.liaison.enquiry.replica.CouncillorReplica;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.enquiry.replica.ServiceAreaReplica;
import org.liaison.events.Topic;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryDeclineDisputed;
import org.liaison.events.enquiry.EnquiryDisputeDecided;
import org.liaison.events.enquiry.EnquiryReassigned;
import org.liaison.events.enquiry.HoldingReplySent;
import org.liaison.infrastructure.casework.SealingKeys;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/** What officers do with an enquiry once it is theirs. */
@ApplicationScoped
public class EnquiryHandling {

    private final CouncilCalendar calendar;
    private final SlaSettings sla;
    private final CouncilSettings council;
    private final EnquiryPolicy policy;
    private final Outbox outbox;
    private final Clock clock;
    private final SecurityIdentity identity;
    private final SealingKeys keys;
    private final CopyPolicy copies;
    private final InformationRequestPolicy informationRequests;

    EnquiryHandling(CouncilCalendar calendar, SlaSettings sla, CouncilSettings council, EnquiryPolicy policy, Outbox outbox,
            Clock clock, SecurityIdentity identity, SealingKeys keys, CopyPolicy copies,
            InformationRequestPolicy informationRequests) {
        this.keys = keys;
        this.copies = copies;
        this.informationRequests = informationRequests;
        this.calendar = calendar;
        this.sla = sla;
        this.council = council;
        this.policy = policy;
        this.outbox = outbox;
        this.clock = clock;
        this.identity = identity;
    }

    /** A reply cannot be sent without the hub's public key: a missing or bad key stops the service at start. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        keys.sealer();
    }

    /** ENQ-7: explain the delay and move the due date; the councillor is emailed and the new date is chased. */
    @Transactional
    public Enquiry holdingReply(UUID id, HoldingReplyRequest request) {
        Enquiry enquiry = locked(id);
        if (enquiry.status != Enquiry.Status.ASSIGNED && enquiry.status != Enquiry.Status.HOLDING_REPLY_SENT) {
            throw ProblemException.conflict(null, "Enquiry " + enquiry.reference + " is " + enquiry.status
                    + "; a holding reply is for an enquiry still being worked on.");
        }
        Instant now = clock.instant();
        WorkingDayCalendar workingDays = calendar.clock().calendar();
        HoldingReplyDeadline.check(now, enquiry.dueAt, request.newTargetDate(), workingDays, council.zone(),
                policy.holdingReply().maxExtraWorkingDays());
        Instant previousDue = enquiry.dueAt;
        if (enquiry.originalDueAt == null) {
            enquiry.originalDueAt = previousDue;
        }
        enquiry.dueAt = ZonedDateTime.of(request.newTargetDate(), council.closeOfBusiness(), council.zone()).toInstant();
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

    /** ENQ-7: the new target dates a holding reply may give now (none once the enquiry is due or no longer open). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HoldingReplyDates holdingReplyDates(UUID id) {
        Enquiry enquiry = found(id);
        int cap = policy.holdingReply().maxExtraWorkingDays();
        boolean workedOn = enquiry.status == Enquiry.Status.ASSIGNED || enquiry.status == Enquiry.Status.HOLDING_REPLY_SENT;
        return new HoldingReplyDates(enquiry.id, enquiry.dueAt, cap, !workedOn ? List.of()
                : HoldingReplyDeadline.allowedDates(clock.instant(), enquiry.dueAt, calendar.clock().calendar(),
                        council.zone(), cap));
    }

    /**
     * The officers {@link #reassign} would accept for this enquiry now, by name: active officers of its service area's
     * team, other than the one who has it, without a declared relationship with the councillor (left out unexplained,
     * DIR-5).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReassignCandidate> reassignCandidates(UUID id) {
        Enquiry enquiry = found(id);
        ServiceAreaReplica area = ServiceAreaReplica.findById(enquiry.serviceAreaCode);
        if (area == null || !enquiry.status.open()) {
            return List.of();
        }
        List<String> team = new ArrayList<>(ServiceAreaTeam.of(area));
        team.remove(enquiry.assignedOfficerId);
        if (team.isEmpty()) {
            return List.of();
        }
        return OfficerReplica.<OfficerReplica>list("id in ?1 order by displayName, id", team).stream()
                .filter(OfficerReplica::active)
                .filter(officer -> !ConflictReplica.between(enquiry.councillorId, officer.id))
                .map(officer -> new ReassignCandidate(officer.id, officer.displayName, officer.seniority))
                .toList();
    }

    public record HoldingReplyDates(UUID id, Instant dueAt, int maxExtraWorkingDays, List<java.time.LocalDate> dates) {
    }

    public record ReassignCandidate(String officerId, String displayName, String seniority) {
    }

    /**
     * ENQ-10: the full reply, copied openly (never blind) and only as the councillor's wishes allow. The event carries
     * the reply sealed for the email hub alone ({@link SealingKeys}), never in clear.
     */
    @Transactional
    public Enquiry reply(UUID id, ReplyRequest request) {
        Enquiry enquiry = locked(id);
        requireOpen(enquiry, "replied to");
        CopyRules.refuseBlindCopies(request.bcc());
        refuseAssertedConsent(request.originalMemberConsented());
        List<EnquiryAnswered.Member> copied = new ArrayList<>();
        List<CopyRules.Member> copies = new ArrayList<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.copyTo().size(); i++) {
            String memberId = request.copyTo().get(i);
            CouncillorReplica member = CouncillorReplica.findById(memberId);
            if (member == null) {
                unknown.add(new Problem.FieldError("copyTo[" + i + "]", "no councillor has id " + memberId));
            } else if (!memberId.equals(enquiry.councillorId) && copied.stream().noneMatch(c -> c.id().equals(memberId))) {
                copied.add(new EnquiryAnswered.Member(member.id, member.displayName, member.email));
                copies.add(new CopyRules.Member(i, member.id, member.displayName, member.wardCodes));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("A reply is copied only to councillors in the directory.", unknown));
        }
        CopyRules.check(this.copies.policy(), new CopyRules.Subject(enquiry.category, enquiry.doNotCopy, enquiry.wardCode,
                CopyConsent.of(enquiry.id)), copies, wardCouncillors(enquiry));
        Instant now = clock.instant();
        enquiry.lateExplanation = LateReply.explanation(sla.responseStandard(), now, enquiry.dueAt,
                enquiry.holdingReplyAt != null, request.lateExplanation(), council.zone());
        enquiry.answeredAt = now;
        enquiry.replyBody = request.body();
        enquiry.copiedTo = copied.isEmpty() ? null : String.join(",", copied.stream().map(EnquiryAnswered.Member::id).toList());
        enquiry.status = Enquiry.Status.ANSWERED;
        CouncillorReplica councillor = CouncillorReplica.findById(enquiry.councillorId);
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), EnquiryAnswered.TYPE, new EnquiryAnswered(
                enquiry.id.toString(), enquiry.reference, enquiry.councillorId, nameOf(councillor), emailOf(councillor),
                enquiry.subject, officerName(enquiry), keys.sealer().seal(request.body(), enquiry.id.toString()), copied, now,
                !LateReply.late(now, enquiry.dueAt), enquiry.lateExplanation));
        return enquiry;
    }

    /** ENQ-11: an information request declined for a legal reason, a private purpose or unreasonable cost. */
    @Transactional
    public Enquiry decline(UUID id, DeclineRequest request) {
        Enquiry enquiry = locked(id);
        requireOpen(enquiry, "declined");
        if (enquiry.category != Enquiry.Category.INFORMATION) {
            throw new ProtocolRuleViolation("ENQ-11", "Only a request for information may be declined, and only for a "
                    + "legal reason, a private purpose or an unreasonable use of resources; reply to this "
                    + enquiry.category + " enquiry, or send a holding reply.");
        }
        String me = identity.getPrincipal().getName();
        if (request.reason() == DeclineRequest.Reason.UNREASONABLE_RESOURCES) {
            InformationRequestRules.checkResourcesJudgement(informationRequests.resourcesJudgedBy(),
                    officerSnapshot(OfficerReplica.findById(me)), enquiry.assignedOfficerId);
        }
        InformationRequestRules.checkConsulted(informationRequests.consulted(), request.consulted(), request.consultation(),
                "declined");
        enquiry.declinedBy = me;
        enquiry.declineConsulted = names(request.consulted());
        enquiry.declineConsultation = blankToNull(request.consultation());
        return close(enquiry, Enquiry.Status.DECLINED, EnquiryClosedWithoutAnswer.DECLINED, request.reason().name(),
                request.explanation().strip());
    }

    /**
     * ENQ-11: the councillor disputes a decline; it goes to the council profile's decider (the chief executive by
     * default; {@link InformationRequestRules}), who is emailed the request, the reason it was declined and the
     * councillor's grounds. A decline is disputed once.
     */
    @Transactional
    public Enquiry dispute(UUID id, DisputeRequest request) {
        Enquiry enquiry = locked(id);
        if (enquiry.status != Enquiry.Status.DECLINED || enquiry.disputedAt != null) {
            throw ProblemException.conflict("ENQ-11", enquiry.disputedAt != null
                    ? "The decline of enquiry " + enquiry.reference + " was already disputed; the decision on it stands."
                    : "Enquiry " + enquiry.reference + " is " + enquiry.status + "; only a declined request can be disputed.");
        }
        InformationRequestRules.Decider decider = InformationRequestRules.effectiveDecider(informationRequests.disputeDecider());
        OfficerReplica chiefExecutive = disputeGoesTo(decider, enquiry);
        Instant now = clock.instant();
        enquiry.disputeDecider = decider.name();
        enquiry.status = Enquiry.Status.DECLINE_DISPUTED;
        enquiry.disputeGrounds = request.grounds().strip();
        enquiry.disputedAt = now;
        CouncillorReplica councillor = CouncillorReplica.findById(enquiry.councillorId);
        OfficerReplica declinedBy = enquiry.declinedBy == null ? null : OfficerReplica.findById(enquiry.declinedBy);
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), EnquiryDeclineDisputed.TYPE, new EnquiryDeclineDisputed(
                enquiry.id.toString(), enquiry.reference, enquiry.councillorId, nameOf(councillor), enquiry.subject,
                declinedBy == null ? officerName(enquiry) : declinedBy.displayName, enquiry.declineReason,
                enquiry.declineExplanation, enquiry.disputeGrounds, chiefExecutive.id, chiefExecutive.displayName,
                chiefExecutive.email, now, decider.inEmails()));
        return enquiry;
    }

    /**
     * ENQ-11: the council profile's decider decides a disputed decline (who may: {@link
     * org.liaison.enquiry.access.EnquiryAccess#DECIDE_DISPUTE}), having consulted whom the profile names. Upheld, the
     * enquiry stays declined; overturned, it goes back to its officer to answer, with a new due date counted from the
     * decision and chased as usual.
     */
    @Transactional
    public Enquiry decideDispute(UUID id, DisputeDecisionRequest request) {
        Enquiry enquiry = locked(id);
        String me = identity.getPrincipal().getName();
        OfficerReplica caller = OfficerReplica.findById(me);
        if (enquiry.status != Enquiry.Status.DECLINE_DISPUTED) {
            throw ProblemException.conflict("ENQ-11", "Enquiry " + enquiry.reference + " is " + enquiry.status
                    + "; there is no disputed decline to decide.");
        }
        InformationRequestRules.checkConsulted(informationRequests.consulted(), request.consulted(), request.consultation(),
                "decided on dispute");
        Instant now = clock.instant();
        enquiry.disputeConsulted = names(request.consulted());
        enquiry.disputeConsultation = blankToNull(request.consultation());
        enquiry.disputeOutcome = request.outcome().name();
        enquiry.disputeExplanation = request.explanation().strip();
        enquiry.disputeDecidedAt = now;
        enquiry.disputeDecidedBy = me;
        if (request.outcome() == EnquiryDisputeDecided.Outcome.UPHELD) {
            enquiry.status = Enquiry.Status.DECLINED;
        } else {
            OfficerReplica officer = enquiry.declinedBy == null ? null : OfficerReplica.findById(enquiry.declinedBy);
            if (officer != null && officer.active()) {
                enquiry.assignedOfficerId = officer.id;
            }
            org.liaison.calendar.SlaClock.Deadline deadline = calendar.clock().due(now, sla.workingDays());
            enquiry.status = Enquiry.Status.ASSIGNED;
            enquiry.closedAt = null;
            enquiry.dueAt = deadline.dueAt();
            enquiry.escalationLevel = 0;
        }
        CouncillorReplica councillor = CouncillorReplica.findById(enquiry.councillorId);
        OfficerReplica officer = OfficerReplica.findById(enquiry.assignedOfficerId);
        boolean overturned = request.outcome() == EnquiryDisputeDecided.Outcome.OVERTURNED;
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), EnquiryDisputeDecided.TYPE, new EnquiryDisputeDecided(
                enquiry.id.toString(), enquiry.reference, enquiry.councillorId, nameOf(councillor), emailOf(councillor),
                enquiry.subject, request.outcome(), enquiry.disputeExplanation,
                decidedBy(enquiry, caller),
                overturned ? enquiry.assignedOfficerId : null, overturned ? officerName(enquiry) : null,
                overturned && officer != null ? officer.email : null, overturned ? enquiry.dueAt : null, now,
                (enquiry.disputeDecider == null ? InformationRequestRules.Decider.CHIEF_EXECUTIVE
                        : InformationRequestRules.Decider.valueOf(enquiry.disputeDecider)).inEmails()));
        return enquiry;
    }

    private static OfficerReplica chiefExecutive() {
        return OfficerReplica.<OfficerReplica>find("seniority = ?1 and status = ?2 order by id", "CHIEF_EXECUTIVE", "ACTIVE")
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.conflict("ENQ-11", "A disputed decline goes to the chief executive, and "
                        + "the directory has no active chief executive; members' services must add one first."));
    }

    private static java.util.Optional<OfficerReplica> holding(String statutoryRole) {
        return OfficerReplica.<OfficerReplica>find("select o from OfficerReplica o join o.statutoryRoles r "
                + "where r = ?1 and o.status = ?2 order by o.id", statutoryRole, "ACTIVE").firstResultOptional();
    }

    /**
     * ENQ-11: the officer a disputed decline is sent to under the profile: the chief executive; the head of paid service
     * (the chief executive when no officer holds that role); the monitoring officer (also for the Standards Committee,
     * whose decision the monitoring officer records); the service area's director or head of service; the declining
     * officer's line manager.
     */
    private static OfficerReplica disputeGoesTo(InformationRequestRules.Decider decider, Enquiry enquiry) {
        ServiceAreaReplica area = ServiceAreaReplica.findById(enquiry.serviceAreaCode);
        OfficerReplica decliner = enquiry.declinedBy == null ? null : OfficerReplica.findById(enquiry.declinedBy);
        String who = decider.words();
        java.util.Optional<OfficerReplica> officer = switch (decider) {
            case HEAD_OF_PAID_SERVICE -> java.util.Optional.of(holding("HEAD_OF_PAID_SERVICE").orElseGet(EnquiryHandling::chiefExecutive));
            case MONITORING_OFFICER, STANDARDS_COMMITTEE -> holding("MONITORING_OFFICER");
            case DIRECTOR -> java.util.Optional.ofNullable(area == null ? null : (OfficerReplica) OfficerReplica.findById(area.directorId));
            case HEAD_OF_SERVICE -> java.util.Optional.ofNullable(area == null ? null : (OfficerReplica) OfficerReplica.findById(area.headOfServiceId));
            case LINE_MANAGER -> java.util.Optional.ofNullable(decliner == null || decliner.lineManagerId == null ? null
                    : (OfficerReplica) OfficerReplica.findById(decliner.lineManagerId));
            default -> java.util.Optional.of(chiefExecutive());
        };
        return officer.filter(OfficerReplica::active).orElseThrow(() -> ProblemException.conflict("ENQ-11",
                "Under this council's protocol a disputed decline goes to " + who + (decider == InformationRequestRules.Decider.STANDARDS_COMMITTEE
                        ? ", through the monitoring officer," : "") + " and the directory has no active officer for that; "
                        + "members' services must add one first."));
    }

    private static String decidedBy(Enquiry enquiry, OfficerReplica caller) {
        String name = caller == null ? null : caller.displayName;
        if (InformationRequestRules.Decider.STANDARDS_COMMITTEE.name().equals(enquiry.disputeDecider)) {
            return "The Standards Committee" + (name == null ? "" : " (recorded by " + name + ", monitoring officer)");
        }
        return name == null ? "The chief executive" : name;
    }

    /** What the ENQ-11 rules need of an officer. */
    static InformationRequestRules.Officer officerSnapshot(OfficerReplica officer) {
        return officer == null || !officer.active() ? null
                : new InformationRequestRules.Officer(officer.id, officer.seniority, officer.statutoryRoles);
    }

    /**
     * ENQ-10: the councillor records their own consent to copying their casework enquiry's reply (who may: {@link
     * org.liaison.enquiry.access.EnquiryAccess#OWN}): to any councillor, or to those listed; neither withdraws it.
     */
    @Transactional
    public CopyConsent.View recordCopyConsent(UUID id, CopyConsentRequest request) {
        Enquiry enquiry = locked(id);
        requireOpen(enquiry, "given consent to copy");
        if (enquiry.category != Enquiry.Category.CASEWORK) {
            throw new ProtocolRuleViolation("ENQ-10", "Consent to copy is asked only for casework about a single "
                    + "constituent; a " + enquiry.category + " enquiry's reply is copied as the council's protocol allows "
                    + "for matters of general or ward interest, or not at all if you set doNotCopy when raising it.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.anyCouncillor() && !request.councillorIds().isEmpty()) {
            errors.add(new Problem.FieldError("councillorIds", "leave empty when anyCouncillor is true"));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < request.councillorIds().size(); i++) {
            String councillorId = request.councillorIds().get(i).strip();
            CouncillorReplica councillor = CouncillorReplica.findById(councillorId);
            if (councillor == null || !councillor.active()) {
                errors.add(new Problem.FieldError("councillorIds[" + i + "]", "no active councillor has id " + councillorId));
            } else if (councillorId.equals(enquiry.councillorId)) {
                errors.add(new Problem.FieldError("councillorIds[" + i + "]", "is you: the reply comes to you anyway"));
            } else if (!ids.contains(councillorId)) {
                ids.add(councillorId);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProtocolRuleViolation("ENQ-10", "Consent to copy names the councillors the reply may also go to, or "
                    + "any councillor.", errors);
        }
        CopyConsent consent = CopyConsent.findById(enquiry.id);
        if (consent == null) {
            consent = new CopyConsent();
            consent.enquiryId = enquiry.id;
        }
        consent.anyCouncillor = request.anyCouncillor();
        consent.councillorIds = String.join(",", ids);
        consent.recordedAt = clock.instant();
        consent.recordedBy = identity.getPrincipal().getName();
        consent.persist();
        return CopyConsent.View.of(enquiry.id, consent);
    }

    /** ENQ-10: what the councillor consented to (who may: {@link org.liaison.enquiry.access.EnquiryAccess#READ}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CopyConsent.View copyConsent(UUID id) {
        Enquiry enquiry = found(id);
        return CopyConsent.View.of(enquiry.id, CopyConsent.findById(enquiry.id));
    }

    /** ENQ-10: the officer cannot say that the councillor consented; the councillor records it. */
    private static void refuseAssertedConsent(Boolean originalMemberConsented) {
        if (originalMemberConsented != null) {
            throw new ProtocolRuleViolation("ENQ-10", "The councillor records their own consent to copying their casework "
                    + "(POST /enquiries/{id}/copy-consent); a reply cannot assert it. Leave originalMemberConsented out.",
                    List.of(new Problem.FieldError("originalMemberConsented", "the councillor records their own consent")));
        }
    }

    /** ENQ-10: the other active councillors of the enquiry's ward, by name. */
    private static List<CopyRules.Member> wardCouncillors(Enquiry enquiry) {
        if (enquiry.wardCode == null) {
            return List.of();
        }
        return CouncillorReplica.<CouncillorReplica>list("select c from CouncillorReplica c join c.wardCodes w "
                + "where w = ?1 and c.status = ?2 order by c.displayName, c.id", enquiry.wardCode, "ACTIVE").stream()
                .filter(c -> !c.id.equals(enquiry.councillorId))
                .map(c -> new CopyRules.Member(-1, c.id, c.displayName, c.wardCodes)).toList();
    }

    private static String names(List<InformationRequestRules.Decider> deciders) {
        return deciders == null || deciders.isEmpty() ? null
                : String.join(",", deciders.stream().distinct().map(Enum::name).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Reassign (who may: {@link org.liaison.enquiry.access.EnquiryAccess#REASSIGN}): the enquiry goes to another active
     * officer of its service area (its key contact, head of service or director, or someone in their line management)
     * who has no declared relationship with the councillor (DIR-5; the refusal does not say why, ENQ-4). The clock does
     * not restart; the reason is added to the routing record.
     */
    @Transactional
    public Enquiry reassign(UUID id, ReassignRequest request) {
        Enquiry enquiry = locked(id);
        String me = identity.getPrincipal().getName();
        requireOpen(enquiry, "reassigned");
        OfficerReplica target = OfficerReplica.findById(request.officerId());
        if (target == null || !target.active()) {
            throw new ProblemException(Problem.unprocessable("Reassign to an active officer.",
                    List.of(new Problem.FieldError("officerId", "no active officer has id " + request.officerId()))));
        }
        ServiceAreaReplica area = ServiceAreaReplica.findById(enquiry.serviceAreaCode);
        if (area == null || !ServiceAreaTeam.of(area).contains(target.id)) {
            throw new ProblemException(Problem.unprocessable("An enquiry stays in its service area: reassign it to the "
                    + "area's key contact, head of service or director, or to an officer in their line management.",
                    List.of(new Problem.FieldError("officerId", target.displayName + " is not an officer of service area "
                            + enquiry.serviceAreaCode))));
        }
        if (ConflictReplica.between(enquiry.councillorId, target.id)) {
            throw new ProblemException(Problem.unprocessable("Choose another officer of the service area.",
                    List.of(new Problem.FieldError("officerId", target.displayName
                            + " cannot take this councillor's enquiries; the monitoring officer can say more"))));
        }
        String previous = enquiry.assignedOfficerId;
        enquiry.assignedOfficerId = target.id;
        String note = " | Reassigned to " + target.displayName + ": " + request.reason().strip();
        enquiry.routingReason = Enquiry.clip(enquiry.routingReason + note, 500);
        enquiry.restrictedRoutingReason = Enquiry.clip(
                (enquiry.restrictedRoutingReason == null ? enquiry.routingReason : enquiry.restrictedRoutingReason) + note, 1000);
        CouncillorReplica councillor = CouncillorReplica.findById(enquiry.councillorId);
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), EnquiryReassigned.TYPE, new EnquiryReassigned(
                enquiry.id.toString(), enquiry.reference, previous, target.id, target.displayName, request.reason().strip(), me,
                clock.instant(), target.email, enquiry.subject, enquiry.dueAt, enquiry.councillorId, nameOf(councillor),
                emailOf(councillor)));
        return enquiry;
    }

    /** The councillor withdraws their own enquiry; the officer stops work on it. */
    @Transactional
    public Enquiry withdraw(UUID id) {
        Enquiry enquiry = locked(id);
        requireOpen(enquiry, "withdrawn");
        return close(enquiry, Enquiry.Status.WITHDRAWN, EnquiryClosedWithoutAnswer.WITHDRAWN, null, null);
    }

    private Enquiry close(Enquiry enquiry, Enquiry.Status status, String eventType, String reason, String explanation) {
        Instant now = clock.instant();
        enquiry.status = status;
        enquiry.closedAt = now;
        enquiry.declineReason = reason;
        enquiry.declineExplanation = explanation;
        CouncillorReplica councillor = CouncillorReplica.findById(enquiry.councillorId);
        OfficerReplica officer = OfficerReplica.findById(enquiry.assignedOfficerId);
        outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), eventType, new EnquiryClosedWithoutAnswer(
                enquiry.id.toString(), enquiry.reference, enquiry.councillorId, nameOf(councillor), emailOf(councillor),
                enquiry.subject, officerName(enquiry), reason, explanation, now, enquiry.assignedOfficerId,
                officer == null ? null : officer.email, !EnquiryClosedWithoutAnswer.DECLINED.equals(eventType) ? null
                        : InformationRequestRules.effectiveDecider(informationRequests.disputeDecider()).inEmails()));
        return enquiry;
    }

    private static void requireOpen(Enquiry enquiry, String action) {
        if (!enquiry.status.open()) {
            throw ProblemException.conflict(null, "Enquiry " + enquiry.reference + " is already " + enquiry.status
                    + " and cannot be " + action + ".");
        }
    }

    private static String nameOf(CouncillorReplica councillor) {
        return councillor == null ? "Councillor" : councillor.displayName;
    }

    private static String emailOf(CouncillorReplica councillor) {
        return councillor == null ? null : councillor.email;
    }

    private static String officerName(Enquiry enquiry) {
        OfficerReplica officer = OfficerReplica.findById(enquiry.assignedOfficerId);
        return officer == null ? "the officer" : officer.displayName;
    }

    private static Enquiry found(UUID id) {
        Enquiry enquiry = Enquiry.findById(id);
        if (enquiry == null) {
            throw ProblemException.notFound("There is no enquiry with id " + id + ".");
        }
        return enquiry;
    }

    /** The enquiry, locked for update ({@link org.liaison.enquiry.access.EnquiryAccess} has let the caller in). */
    private static Enquiry locked(UUID id) {
        Enquiry enquiry = Enquiry.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (enquiry == null) {
            throw ProblemException.notFound("There is no enquiry " + id + ".");
        }
        return enquiry;
    }
}
