package org.liaison.media.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.media.election.ElectionPeriod;
import org.liaison.media.release.MediaRelease;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.replica.CommitteeReplica;
import org.liaison.media.replica.CouncillorReplica;
import org.liaison.media.replica.GroupReplica;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

/**
 * The media protocol's checks (MR-1 to MR-8, MR-10, MR-12), run against the release as it stands and the issue date
 * it would go out on. BLOCK stops submission and issue; WARN must be attested before issue is allowed to ignore it.
 *
 * <p>The adapter between the database and the rules: it loads a {@link RuleSnapshot} (directory replica, party names,
 * election periods) and asks the plain rule classes — {@link QuotableRoles} (MR-1, MR-2), {@link QuotedMemberAffiliation}
 * (MR-3), {@link MeetingTiming} (MR-5, MR-6), {@link PreElectionPeriod} (MR-7), {@link PartyNamesAttestation} (MR-12).
 * MR-4, MR-8 and MR-10 are small enough to stay here.
 */
@ApplicationScoped
public class MediaRules {

    private final MediaSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final QuotableRoles quotableRoles;
    private final QuotedMemberAffiliation affiliation = new QuotedMemberAffiliation();
    private final MeetingTiming meetingTiming = new MeetingTiming();
    private final PreElectionPeriod preElectionPeriod;
    private final PartyNamesAttestation partyNames = new PartyNamesAttestation();

    @Inject
    MediaRules(MediaSettings settings, Clock clock, CouncilSettings council) {
        this(settings, clock, council.zone());
    }

    /** {@code zone}: the council's time zone (P14, liaison.council.zone), in which a release's issue date is a date. */
    MediaRules(MediaSettings settings, Clock clock, ZoneId zone) {
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
        // P3: the council profile's quotable roles, whose committees' chairs count, and which roles only on ceremonial releases
        this.quotableRoles = new QuotableRoles(settings.quotableRoles(), settings.quotableCommitteeChairs(),
                settings.ceremonialOnlyRoles().stream().filter(r -> !r.equals("NONE")).toList());
        // P6: ward by ward, or every release once any election in the council's area is in its period
        this.preElectionPeriod = new PreElectionPeriod(settings.preElectionScope() == MediaSettings.PreElectionScope.COUNCIL_AREA);
        PartyVocabulary.of(settings.partyNames(), settings.partyAliases(), settings.partyShortForms(), List.of()); // fail early
    }

    /** The day a release would be issued, in the council's time zone: its planned issue date, or today. */
    public LocalDate issueDate(MediaRelease release) {
        Instant when = release.plannedIssueAt != null ? release.plannedIssueAt : clock.instant();
        return when.atZone(zone).toLocalDate();
    }

    /** Today in the council's time zone: the issue date of a release issued now. */
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** Every content rule; {@code atIssue} adds MR-8 (every ward councillor told, and the lead time passed). */
    public RuleReport check(MediaRelease release, LocalDate issueDate, boolean atIssue) {
        RuleSnapshot snapshot = snapshot();
        ReleaseContent content = ReleaseContent.of(release);
        List<Finding> findings = new ArrayList<>(quotableRoles.check(content, snapshot, issueDate));
        if (settings.noPartyAffiliationInQuotes()) { // P4: the council profile says whether MR-3 applies
            findings.addAll(affiliation.check(content, snapshot));
        }
        for (int i = 0; i < release.quotes.size(); i++) {
            Quote quote = release.quotes.get(i);
            if (quote.speakerType() == PersonType.OFFICER && !quote.factualAttested()) {
                findings.add(new Finding("MR-4", Level.WARN, "Attest that this officer's quote is factual or consistent "
                        + "with council policy.", "quotes[" + i + "].factualAttested"));
            }
        }
        if (settings.meetingTimingRules()) { // P5: the council profile says whether MR-5 and MR-6 apply
            findings.addAll(meetingTiming.check(content, issueDate));
        }
        findings.addAll(preElectionPeriod.check(content, snapshot, issueDate));
        if (release.purpose != MediaRelease.Purpose.COUNCIL_BUSINESS) {
            findings.add(new Finding("MR-10", Level.BLOCK, "Releases are council business: none is drafted for a "
                    + "councillor's own or a party's purposes (" + release.purpose + ").", "purpose"));
        }
        findings.addAll(partyNames.check(content, snapshot));
        if (atIssue) {
            wardsTold(release, findings);
        }
        return new RuleReport(clock.instant(), issueDate, findings);
    }

    /** What the rules read from the replicas and the profile, as plain data. */
    RuleSnapshot snapshot() {
        List<RuleSnapshot.Councillor> councillors = CouncillorReplica.<CouncillorReplica>listAll().stream()
                .map(c -> new RuleSnapshot.Councillor(c.id, c.displayName, c.status, c.groupCode, c.roles.stream()
                        .map(r -> new RuleSnapshot.Role(r.role(), r.committeeCode(), r.from(), r.to())).toList()))
                .toList();
        Map<String, String> committees = CommitteeReplica.<CommitteeReplica>listAll().stream()
                .collect(Collectors.toMap(c -> c.code, c -> c.kind));
        List<String> groups = GroupReplica.<GroupReplica>listAll().stream().map(g -> g.name).toList();
        List<RuleSnapshot.Election> elections = ElectionPeriod.<ElectionPeriod>listAll().stream()
                .map(e -> new RuleSnapshot.Election(e.name, e.noticePublishedOn, e.pollingDay, e.scopeAll, e.wardCodes))
                .toList();
        return new RuleSnapshot(councillors, committees, PartyVocabulary.of(settings.partyNames(), settings.partyAliases(),
                settings.partyShortForms(), groups), elections);
    }

    /** MR-8: a release about wards goes only after ward-notify reported every ward councillor told, plus the lead time. */
    private void wardsTold(MediaRelease release, List<Finding> findings) {
        if (release.wardCodes.isEmpty()) {
            return;
        }
        if (release.wardsToldAt == null) {
            findings.add(new Finding("MR-8", Level.BLOCK, "Not every councillor of " + release.wardCodes + " has been "
                    + "told of this release yet; it is issued only after ward-notify reports delivery to all of them.",
                    "wardCodes"));
        } else if (clock.instant().isBefore(release.wardsToldAt.plus(settings.leadTime()))) {
            findings.add(new Finding("MR-8", Level.BLOCK, "The ward councillors were told at " + release.wardsToldAt
                    + "; the release may be issued from " + release.wardsToldAt.plus(settings.leadTime()) + " (lead time "
                    + settings.leadTime() + ").", "wardCodes"));
        }
    }
}
