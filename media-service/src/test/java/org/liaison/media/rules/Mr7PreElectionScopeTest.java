package org.liaison.media.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.media.rules.ExampleCouncil.release;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;
import org.liaison.media.rules.RuleSnapshot.Election;

/**
 * MR-7's scope (P6, media.pre-election.scope): ward by ward (ELECTION_WARDS, Liaison's default), or, as 000 §23.14(e)
 * has it, "from notice of an election in the council's area" (COUNCIL_AREA): once any election of the council is in its
 * period, every release is covered, about other wards or about none.
 */
class Mr7PreElectionScopeTest {

    static final Election ABBEY_BY_ELECTION = new Election("Abbey ward by-election", LocalDate.parse("2030-03-01"),
            LocalDate.parse("2030-04-10"), false, List.of("E05000101"));
    static final String MILL = "E05000102";
    static final LocalDate DURING = LocalDate.parse("2030-03-20");

    final PreElectionPeriod wardByWard = new PreElectionPeriod(false);
    final PreElectionPeriod councilArea = new PreElectionPeriod(true);

    @Tag("MR-7")
    @Test
    void MR_7_ward_by_ward_a_by_election_does_not_touch_a_release_about_other_wards_or_none() {
        RuleSnapshot snapshot = ExampleCouncil.snapshot(ABBEY_BY_ELECTION);
        assertEquals(List.of(), wardByWard.check(release("Mill Lane resurfacing", "Work starts on Monday.").wards(MILL)
                .controversial().content(), snapshot, DURING));
        assertEquals(List.of(), wardByWard.check(release("Council tax set", "Band D rises by 2.99%.").controversial()
                .content(), snapshot, DURING));
    }

    @Tag("MR-7")
    @Test
    void MR_7_council_area_any_election_in_its_period_covers_every_release() {
        RuleSnapshot snapshot = ExampleCouncil.snapshot(ABBEY_BY_ELECTION);
        String during = " during the pre-election period of Abbey ward by-election (2030-03-01 to 2030-04-10), which "
                + "covers every release of the council (media.pre-election.scope: COUNCIL_AREA), not only those about its "
                + "wards; there is no override.";
        assertEquals(List.of(new Finding("MR-7", Level.BLOCK, "Nothing controversial is issued" + during, "controversial")),
                councilArea.check(release("Council tax set", "Band D rises by 2.99%.").controversial().content(),
                        snapshot, DURING));
        assertEquals(List.of(new Finding("MR-7", Level.BLOCK, "Nothing links policies or achievements to a named councillor "
                + "(Cllr Grace Powell)" + during, "body")),
                councilArea.check(release("Mill Lane resurfacing", "Cllr Grace Powell secured the funding.").wards(MILL)
                        .content(), snapshot, DURING));
        assertEquals(List.of(), councilArea.check(release("Council tax set", "Band D rises by 2.99%.").controversial()
                .content(), snapshot, LocalDate.parse("2030-04-11")), "after polling day");
    }
}
