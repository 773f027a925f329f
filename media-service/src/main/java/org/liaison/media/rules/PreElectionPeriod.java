package org.liaison.media.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.rules.CouncillorMentions.Found;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;
import org.liaison.media.rules.RuleSnapshot.Councillor;
import org.liaison.media.rules.RuleSnapshot.Election;

/**
 * MR-7: from the notice of election to polling day inclusive, a release whose wards meet the election's scope (an
 * all-council election meets every release; with the council profile's {@code media.pre-election.scope: COUNCIL_AREA},
 * as 000 §23.14(e) has it, any election in the council's area meets every release, with or without wards) is nothing
 * controversial, quotes no councillor and names no active
 * councillor however it names them ({@link CouncillorMentions}: "Councillor Ben Lowe", "Ben Lowe", "Cllr Evans") in
 * its title, body or the words of its quotes. A surname that fits several active councillors still names a councillor;
 * the finding lists who it could be. There is no override.
 */
public final class PreElectionPeriod {

    private final boolean councilArea;

    /** Ward by ward: an election covers the releases about its wards (every release, for an all-council election). */
    public PreElectionPeriod() {
        this(false);
    }

    /** {@code councilArea}: every election in its period covers every release of the council. */
    public PreElectionPeriod(boolean councilArea) {
        this.councilArea = councilArea;
    }

    public List<Finding> check(ReleaseContent release, RuleSnapshot snapshot, LocalDate issueDate) {
        List<Finding> findings = new ArrayList<>();
        CouncillorMentions councillors = null;
        for (Election election : snapshot.elections()) {
            boolean meets = election.meets(release.wardCodes());
            if (!election.covers(issueDate) || !(meets || councilArea)) {
                continue;
            }
            String during = " during the pre-election period of " + election.name() + " (" + election.noticePublishedOn()
                    + " to " + election.pollingDay() + ")" + (meets ? "" : ", which covers every release of the council "
                    + "(media.pre-election.scope: COUNCIL_AREA), not only those about its wards") + "; there is no override.";
            if (release.controversial()) {
                findings.add(new Finding("MR-7", Level.BLOCK, "Nothing controversial is issued" + during, "controversial"));
            }
            if (release.quotesACouncillor()) {
                findings.add(new Finding("MR-7", Level.BLOCK, "No councillor is quoted" + during, "quotes"));
            }
            if (councillors == null) {
                councillors = new CouncillorMentions(snapshot.councillors());
            }
            named(councillors.in(release.title()), "title", during, findings);
            named(councillors.in(release.body()), "body", during, findings);
            for (int i = 0; i < release.quotes().size(); i++) {
                Quote quote = release.quotes().get(i);
                named(councillors.in(quote.text()), "quotes[" + i + "].text", during, findings);
            }
        }
        return findings;
    }

    private static void named(Found found, String field, String during, List<Finding> findings) {
        List<String> names = Stream.concat(
                found.councillors().stream().filter(Councillor::active).map(Councillor::displayName),
                found.ambiguous().stream().filter(a -> a.candidates().stream().anyMatch(Councillor::active))
                        .map(a -> "\"" + a.text() + "\", who could be " + a.candidateNames()))
                .distinct().toList();
        if (!names.isEmpty()) {
            findings.add(new Finding("MR-7", Level.BLOCK, "Nothing links policies or achievements to a named councillor ("
                    + String.join("; ", names) + ")" + during, field));
        }
    }
}
