package org.liaison.media.release;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.events.Topic;
import org.liaison.events.media.ReleaseApproved;
import org.liaison.events.media.ReleaseClosed;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;
import org.liaison.media.release.MediaRelease.Status;
import org.liaison.media.rules.MediaRules;
import org.liaison.media.rules.RuleReport;

/**
 * A release's life: DRAFT → IN_REVIEW (submit runs the checks; any BLOCK stops it) → APPROVED (comms) → ISSUED;
 * IN_REVIEW → DRAFT (changes requested); any open state → DISPUTED → decided by the council profile's decider only
 * (MR-9, media.release-dispute-decider: the chief executive by default; {@link org.liaison.media.rules.DisputeDecider}) →
 * APPROVED or REJECTED; open or disputed → WITHDRAWN. An edit after approval sends it back to DRAFT. Every change
 * carries the version it was made against (If-Match; 412 when stale) and every transition is kept with the rule
 * report at that moment. Approval, issue, withdrawal and rejection are events on {@code media.events} (outbox).
 */
@ApplicationScoped
public class ReleaseWorkflow {

    public enum Action { SUBMIT, APPROVE, REQUEST_CHANGES, DISPUTE, DECIDE, WITHDRAW, ISSUE }

    public enum Decision { APPROVED, REJECTED }

    private final MediaRules rules;
    private final Outbox outbox;
    private final Clock clock;
    private final SecurityIdentity identity;

    ReleaseWorkflow(MediaRules rules, Outbox outbox, Clock clock, SecurityIdentity identity) {
        this.rules = rules;
        this.outbox = outbox;
        this.clock = clock;
        this.identity = identity;
    }

    @Transactional
    public MediaRelease create(ReleaseRequest request) {
        MediaRelease release = new MediaRelease();
        release.id = UUID.randomUUID();
        release.status = Status.DRAFT;
        release.version = 1;
        release.createdBy = me();
        release.createdAt = clock.instant();
        release.updatedAt = release.createdAt;
        apply(request, release);
        release.ruleReport = rules.check(release, rules.issueDate(release), false);
        release.persist();
        record(release, null, Status.DRAFT, "drafted");
        return release;
    }

    /** An edit, against the version the editor saw; after approval the release goes back to DRAFT. */
    @Transactional
    public MediaRelease update(UUID id, String ifMatch, ReleaseRequest request) {
        MediaRelease release = current(id, ifMatch);
        if (!release.status.open()) {
            throw ProblemException.conflict(null, "A release that is " + release.status + " cannot be edited.");
        }
        apply(request, release);
        release.version++;
        release.updatedAt = clock.instant();
        release.ruleReport = rules.check(release, rules.issueDate(release), false);
        if (release.status == Status.APPROVED) {
            Status from = release.status;
            release.status = Status.DRAFT;
            release.wardsToldAt = null; // what the councillors were told of has changed
            record(release, from, Status.DRAFT, "edited after approval");
        }
        return release;
    }

    /**
     * The rules a release as written would meet on submission, before it is saved (the editor's report as the text
     * changes): nothing is stored, and the wards are checked against the directory as on saving.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleReport check(ReleaseRequest request) {
        MediaRelease draft = new MediaRelease();
        draft.status = Status.DRAFT;
        apply(request, draft);
        return rules.check(draft, rules.issueDate(draft), false);
    }

    /** A dry run of every rule against the release as it stands (issue rules included), changing nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleReport dryRun(UUID id) {
        MediaRelease release = find(id);
        return rules.check(release, rules.issueDate(release), true);
    }

    @Transactional
    public MediaRelease act(UUID id, String ifMatch, Action action, String why, Decision decision) {
        MediaRelease release = current(id, ifMatch);
        Status from = release.status;
        Status to = switch (action) {
            case SUBMIT -> {
                from(release, Status.DRAFT);
                yield Status.IN_REVIEW;
            }
            case APPROVE -> {
                from(release, Status.IN_REVIEW);
                yield Status.APPROVED;
            }
            case REQUEST_CHANGES -> {
                from(release, Status.IN_REVIEW);
                required(why, "why", "say what should change");
                yield Status.DRAFT;
            }
            case DISPUTE -> {
                if (!release.status.open()) {
                    throw wrongState(release, "disputed");
                }
                required(why, "why", "say what the disagreement is about");
                yield Status.DISPUTED;
            }
            case DECIDE -> {
                from(release, Status.DISPUTED);
                if (decision == null) {
                    throw ProblemException.badRequest("decision", "must be APPROVED or REJECTED");
                }
                required(why, "why", "give the reasons for the decision");
                yield decision == Decision.APPROVED ? Status.APPROVED : Status.REJECTED;
            }
            case WITHDRAW -> {
                if (!release.status.open() && release.status != Status.DISPUTED) {
                    throw wrongState(release, "withdrawn");
                }
                yield Status.WITHDRAWN;
            }
            case ISSUE -> {
                from(release, Status.APPROVED);
                yield Status.ISSUED;
            }
        };
        boolean checked = to == Status.IN_REVIEW || to == Status.APPROVED || to == Status.ISSUED;
        if (checked) {
            boolean atIssue = to == Status.ISSUED;
            RuleReport report = rules.check(release, atIssue ? rules.today() : rules.issueDate(release), atIssue);
            if (report.blocked()) {
                RuleReport.Finding first = report.firstBlock().orElseThrow();
                List<Problem.FieldError> errors = new ArrayList<>();
                report.findings().stream().filter(f -> f.level() == RuleReport.Level.BLOCK)
                        .forEach(f -> errors.add(new Problem.FieldError(f.field(), "[" + f.ruleId() + "] " + f.message(), null)));
                throw new ProtocolRuleViolation(first.ruleId(), "The release cannot be " + to.name().toLowerCase()
                        .replace('_', ' ') + ": " + first.message(), errors);
            }
            release.ruleReport = report;
        }
        release.status = to;
        release.version++;
        release.updatedAt = clock.instant();
        if (to == Status.ISSUED) {
            release.issuedAt = clock.instant();
        }
        record(release, from, to, why);
        publish(release, to, why);
        return release;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaRelease find(UUID id) {
        MediaRelease release = MediaRelease.findById(id);
        if (release == null) {
            throw ProblemException.notFound("There is no release " + id + ".");
        }
        return release;
    }

    private void publish(MediaRelease release, Status to, String why) {
        Instant now = clock.instant();
        String key = release.id.toString();
        switch (to) {
            case APPROVED -> outbox.publish(Topic.MEDIA_EVENTS, key, ReleaseApproved.TYPE, new ReleaseApproved(key,
                    release.title, summary(release.body), release.wardCodes, release.plannedIssueAt, release.version, now));
            case ISSUED -> outbox.publish(Topic.MEDIA_EVENTS, key, ReleaseClosed.ISSUED,
                    new ReleaseClosed(key, release.title, to.name(), why, now));
            case WITHDRAWN -> outbox.publish(Topic.MEDIA_EVENTS, key, ReleaseClosed.WITHDRAWN,
                    new ReleaseClosed(key, release.title, to.name(), why, now));
            case REJECTED -> outbox.publish(Topic.MEDIA_EVENTS, key, ReleaseClosed.REJECTED,
                    new ReleaseClosed(key, release.title, to.name(), why, now));
            default -> {
            }
        }
    }

    private static String summary(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 500 ? flat : flat.substring(0, 497) + "...";
    }

    /** The release, locked, if {@code ifMatch} names its current version: 428 without one or with *, 412 when stale. */
    private MediaRelease current(UUID id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(new Problem("about:blank", "Precondition Required", 428,
                    "Send If-Match with the release's ETag (its version), so that nobody overwrites a change they did not see.",
                    null, List.of(new Problem.FieldError("If-Match", "is required", null))));
        }
        MediaRelease release = MediaRelease.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (release == null) {
            throw ProblemException.notFound("There is no release " + id + ".");
        }
        String wanted = ifMatch.strip().replace("W/", "").replace("\"", "");
        if (wanted.equals("*")) {
            throw new ProblemException(new Problem("about:blank", "Precondition Required", 428,
                    "If-Match: * matches whatever version the release is now, so it cannot protect a change; send the "
                            + "ETag of the version you read (now " + release.version + ").",
                    null, List.of(new Problem.FieldError("If-Match", "must name a version, not *", null))));
        }
        if (!wanted.equals(String.valueOf(release.version))) {
            throw new ProblemException(new Problem("about:blank", "Precondition Failed", 412, "The release has changed since "
                    + "version " + wanted + "; it is now version " + release.version + ". Reload it and try again.", null,
                    List.of(new Problem.FieldError("If-Match", "stale: current version is " + release.version, null))));
        }
        return release;
    }

    private void record(MediaRelease release, Status from, Status to, String why) {
        ReleaseTransition transition = new ReleaseTransition();
        transition.releaseId = release.id;
        transition.at = clock.instant();
        transition.actor = me();
        transition.role = roleOf();
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.why = why == null || why.isBlank() ? null : why.strip();
        transition.ruleReport = release.ruleReport;
        transition.persist();
    }

    private static void from(MediaRelease release, Status expected) {
        if (release.status != expected) {
            throw ProblemException.conflict(null, "The release is " + release.status + "; this step is for a release that is "
                    + expected + ".");
        }
    }

    private static ProblemException wrongState(MediaRelease release, String what) {
        return ProblemException.conflict(null, "A release that is " + release.status + " cannot be " + what + ".");
    }

    private static void required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, message);
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private String roleOf() {
        for (String role : List.of(Roles.CHIEF_EXECUTIVE, Roles.MONITORING_OFFICER, Roles.COMMS, Roles.MEMBERS_SERVICES,
                Roles.OFFICER, Roles.ADMIN)) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return "unknown";
    }

    private static void apply(ReleaseRequest request, MediaRelease release) {
        org.liaison.media.replica.WardReplica.requireKnown("wardCodes", request.wardCodes() == null ? List.of() : request.wardCodes());
        release.title = request.title().strip();
        release.body = request.body();
        release.quotes = new ArrayList<>(request.quotes() == null ? List.of() : request.quotes().stream()
                .map(q -> new MediaRelease.Quote(q.speakerType(), q.speakerId(), q.name(), q.text(), q.factualAttested())).toList());
        release.contacts = new ArrayList<>(request.contacts() == null ? List.of() : request.contacts().stream()
                .map(c -> new MediaRelease.Contact(c.personType(), c.personId(), c.text())).toList());
        release.meeting = request.meeting() == null ? null : new MediaRelease.Meeting(request.meeting().title(),
                request.meeting().date(), request.meeting().timing(), request.meeting().discussedItems());
        release.wardCodes = new ArrayList<>(request.wardCodes() == null ? List.of() : request.wardCodes());
        release.controversial = request.controversial();
        release.ceremonial = request.ceremonial();
        release.purpose = request.purpose();
        release.partyNamesAttested = request.partyNamesAttested();
        release.plannedIssueAt = request.plannedIssueAt() == null ? null : request.plannedIssueAt().toInstant();
    }
}
