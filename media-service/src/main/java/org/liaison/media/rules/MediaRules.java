package org.liaison.media.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liaison.infrastructure.time.ClockProducer;
import org.liaison.media.election.ElectionPeriod;
import org.liaison.media.release.MediaRelease;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.replica.CouncillorReplica;
import org.liaison.media.replica.GroupReplica;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

/**
 * The media protocol's checks (MR-1 to MR-8, MR-10, MR-12), run against the release as it stands and the issue date
 * it would go out on. BLOCK stops submission and issue; WARN must be attested before issue is allowed to ignore it.
 */
@ApplicationScoped
public class MediaRules {

    private final MediaSettings settings;
    private final Clock clock;

    MediaRules(MediaSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The day a release would be issued: its planned issue date, or today. */
    public LocalDate issueDate(MediaRelease release) {
        Instant when = release.plannedIssueAt != null ? release.plannedIssueAt : clock.instant();
        return when.atZone(ClockProducer.LONDON).toLocalDate();
    }

    /** Every content rule; {@code atIssue} adds MR-8 (every ward councillor told, and the lead time passed). */
    public RuleReport check(MediaRelease release, LocalDate issueDate, boolean atIssue) {
        List<Finding> findings = new ArrayList<>();
        Set<String> parties = partyNames();
        for (int i = 0; i < release.quotes.size(); i++) {
            Quote quote = release.quotes.get(i);
            String field = "quotes[" + i + "]";
            if (quote.speakerType() == PersonType.COUNCILLOR) {
                CouncillorReplica councillor = quote.speakerId() == null ? null : CouncillorReplica.findById(quote.speakerId());
                String who = councillor == null ? String.valueOf(quote.name()) : councillor.displayName;
                if (councillor == null || !councillor.holdsAnyOn(settings.quotableRoles(), issueDate)) {
                    findings.add(new Finding("MR-1", Level.BLOCK, who + " may not be quoted: on " + issueDate
                            + " they hold none of the roles whose holders are quoted (" + String.join(", ", settings.quotableRoles())
                            + ").", field + ".speakerId"));
                }
                String named = mentions(parties, (quote.name() == null ? "" : quote.name()) + " " + quote.text());
                if (named != null) {
                    findings.add(new Finding("MR-3", Level.BLOCK, "A quoted member is not given a party political "
                            + "affiliation, but this quote names \"" + named + "\".", field));
                }
                if (release.meeting != null && release.meeting.timing() == MediaRelease.Timing.BEFORE) {
                    findings.add(new Finding("MR-5", Level.BLOCK, "A release issued before a meeting is factual only: it "
                            + "quotes no councillor.", field));
                }
            } else if (quote.speakerType() == PersonType.OFFICER && !quote.factualAttested()) {
                findings.add(new Finding("MR-4", Level.WARN, "Attest that this officer's quote is factual or consistent "
                        + "with council policy.", field + ".factualAttested"));
            }
        }
        for (int i = 0; i < release.contacts.size(); i++) {
            MediaRelease.Contact contact = release.contacts.get(i);
            if (contact.personType() == PersonType.COUNCILLOR) {
                CouncillorReplica councillor = contact.personId() == null ? null : CouncillorReplica.findById(contact.personId());
                if (councillor == null || !councillor.holdsAnyOn(settings.quotableRoles(), issueDate)) {
                    findings.add(new Finding("MR-2", Level.BLOCK, "Contact details are given only for members who may be "
                            + "quoted; " + (councillor == null ? "this councillor" : councillor.displayName) + " is not one on "
                            + issueDate + ".", "contacts[" + i + "]"));
                }
            }
        }
        if (release.meeting != null && release.meeting.timing() == MediaRelease.Timing.AFTER) {
            String text = (release.title + " " + release.body).toLowerCase(Locale.ROOT);
            boolean namesAnItem = release.meeting.discussedItems().stream()
                    .anyMatch(item -> !item.isBlank() && text.contains(item.toLowerCase(Locale.ROOT).strip()));
            if (!namesAnItem) {
                findings.add(new Finding("MR-6", Level.BLOCK, "A release issued after a meeting is about items discussed at "
                        + "it: name at least one of " + release.meeting.discussedItems() + " in the title or body.",
                        "meeting.discussedItems"));
            }
        }
        electionPeriod(release, issueDate, findings);
        if (release.purpose != MediaRelease.Purpose.COUNCIL_BUSINESS) {
            findings.add(new Finding("MR-10", Level.BLOCK, "Releases are council business: none is drafted for a "
                    + "councillor's own or a party's purposes (" + release.purpose + ").", "purpose"));
        }
        String party = mentions(parties, release.title + " " + release.body);
        if (party != null && !release.partyNamesAttested) {
            findings.add(new Finding("MR-12", Level.WARN, "The release names \"" + party + "\": attest that it is not "
                    + "designed to affect support for a political party.", "partyNamesAttested"));
        }
        if (atIssue) {
            wardsTold(release, findings);
        }
        return new RuleReport(clock.instant(), issueDate, findings);
    }

    /** MR-7: in a pre-election period that meets the release, nothing controversial and nothing about a named member. */
    private void electionPeriod(MediaRelease release, LocalDate issueDate, List<Finding> findings) {
        for (ElectionPeriod election : ElectionPeriod.<ElectionPeriod>listAll()) {
            if (!election.covers(issueDate) || !election.meets(release.wardCodes)) {
                continue;
            }
            String during = " during the pre-election period of " + election.name + " (" + election.noticePublishedOn
                    + " to " + election.pollingDay + "); there is no override.";
            if (release.controversial) {
                findings.add(new Finding("MR-7", Level.BLOCK, "Nothing controversial is issued" + during, "controversial"));
            }
            if (release.quotes.stream().anyMatch(q -> q.speakerType() == PersonType.COUNCILLOR)) {
                findings.add(new Finding("MR-7", Level.BLOCK, "No councillor is quoted" + during, "quotes"));
            }
            String text = (release.title + " " + release.body).toLowerCase(Locale.ROOT);
            for (CouncillorReplica councillor : CouncillorReplica.<CouncillorReplica>listAll()) {
                if (councillor.active() && text.contains(councillor.displayName.toLowerCase(Locale.ROOT))) {
                    findings.add(new Finding("MR-7", Level.BLOCK, "Nothing links policies or achievements to a named "
                            + "councillor (" + councillor.displayName + ")" + during, "body"));
                    break;
                }
            }
        }
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

    private Set<String> partyNames() {
        Set<String> names = new LinkedHashSet<>(settings.partyNames());
        GroupReplica.<GroupReplica>listAll().forEach(g -> names.add(g.name));
        return names;
    }

    /** The first of {@code names} that {@code text} contains as a word or phrase, ignoring case; null if none. */
    private static String mentions(Set<String> names, String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String name : names) {
            String wanted = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
            if (wanted.isBlank()) {
                continue;
            }
            if (lower.contains(wanted)) {
                return name;
            }
        }
        return null;
    }
}
