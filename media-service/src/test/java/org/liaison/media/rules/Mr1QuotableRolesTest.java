package org.liaison.media.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.media.rules.ExampleCouncil.OKAFOR;
import static org.liaison.media.rules.ExampleCouncil.POWELL;
import static org.liaison.media.rules.ExampleCouncil.PRICE;
import static org.liaison.media.rules.ExampleCouncil.REID;
import static org.liaison.media.rules.ExampleCouncil.councillorQuote;
import static org.liaison.media.rules.ExampleCouncil.release;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;
import org.liaison.media.rules.RuleSnapshot.Councillor;
import org.liaison.media.rules.RuleSnapshot.Role;

/** MR-1 (and MR-2, which asks the same question of contacts): quotable on the issue date, and an active councillor. */
class Mr1QuotableRolesTest {

    static final LocalDate ISSUE_DAY = LocalDate.parse("2027-06-10");
    static final String ROLES = "LEADER, CABINET_MEMBER, COMMITTEE_CHAIR, MAYOR, DEPUTY_MAYOR, SHERIFF";

    final QuotableRoles rule = new QuotableRoles(ExampleCouncil.QUOTABLE_ROLES);

    List<Finding> check(ReleaseContent release, LocalDate day) {
        return rule.check(release, ExampleCouncil.snapshot(), day);
    }

    @Tag("MR-1")
    @Test
    void MR_1_an_active_cabinet_member_is_quoted() {
        ReleaseContent release = release("Free garden waste collections return for spring",
                "Residents can put garden waste out for free collection from Monday 14 June.")
                .quote(councillorQuote(POWELL, "We know how much residents value this service.")).content();
        assertEquals(List.of(), check(release, ISSUE_DAY));
    }

    @Tag("MR-1")
    @Test
    void MR_1_a_former_councillor_with_an_open_ended_role_is_not_quotable() {
        ReleaseContent release = release("Tributes paid to long-serving cabinet member",
                "Former cabinet member Ben Okafor has been thanked for eight years' work on the Riverside regeneration.")
                .quote(councillorQuote(OKAFOR, "It has been a privilege to serve.")).content();
        assertEquals(List.of(new Finding("MR-1", Level.BLOCK, "Cllr Ben Okafor may not be quoted: they are not an active "
                + "councillor (the directory shows them as FORMER).", "quotes[0].speakerId")), check(release, ISSUE_DAY));
    }

    @Tag("MR-1")
    @Test
    void MR_1_a_role_that_ended_before_the_issue_date_does_not_count() {
        // Cllr Reid chaired Planning until annual council on 19 May 2027
        ReleaseContent release = release("Planning Committee approves Abbey Road crossing",
                "The crossing will be built this summer.").quote(councillorQuote(REID, "This will make the school run safer."))
                .content();
        assertEquals(List.of(new Finding("MR-1", Level.BLOCK, "Councillor Tom Reid may not be quoted: on 2027-06-10 they "
                + "hold none of the roles whose holders are quoted (" + ROLES + ").", "quotes[0].speakerId")),
                check(release, ISSUE_DAY));
        assertEquals(List.of(), check(release, LocalDate.parse("2027-05-19")), "still chair on the last day of the term");
    }

    @Tag("MR-1")
    @Test
    void MR_1_a_role_that_starts_after_the_issue_date_does_not_count_yet() {
        ReleaseContent release = release("Mayor-elect to open Riverside food festival",
                "The festival runs on the Riverside Green from 12 to 14 May.")
                .quote(councillorQuote(PRICE, "I look forward to meeting traders.")).content();
        assertEquals(List.of("MR-1"), check(release, LocalDate.parse("2027-05-12")).stream().map(Finding::ruleId).toList());
        assertEquals(List.of(), check(release, LocalDate.parse("2027-05-20")), "Mayor from annual council on 20 May");
    }

    @Tag("MR-1")
    @Test
    void MR_1_a_councillor_quote_without_a_directory_id_is_not_quotable() {
        ReleaseContent release = release("Library opening hours extended", "Central Library opens until 8pm on Thursdays.")
                .quote(new Quote(PersonType.COUNCILLOR, null, "Cllr Sam Field", "Good news for students.", false))
                .content();
        assertEquals(List.of(new Finding("MR-1", Level.BLOCK, "Cllr Sam Field may not be quoted: no directory id is given "
                + "for them.", "quotes[0].speakerId")), check(release, ISSUE_DAY));
    }

    @Tag("MR-2")
    @Test
    void MR_2_no_contact_details_for_a_former_councillor() {
        ReleaseContent release = release("Riverside regeneration: next steps", "Drop-in sessions start on 21 June.")
                .contact(POWELL, "Cllr Powell via the press office, 01632 960111")
                .contact(OKAFOR, "07700 900456").content();
        assertEquals(List.of(new Finding("MR-2", Level.BLOCK, "Contact details are given only for members who may be "
                + "quoted; Cllr Ben Okafor is not one on 2027-06-10: they are not an active councillor (the directory shows "
                + "them as FORMER).", "contacts[1]")), check(release, ISSUE_DAY));
    }

    // ---- P3 as seed 001 §39 has it: chairs of scrutiny and regulatory committees; the Mayor about ceremonial events only

    static final List<String> ROLES_001 = List.of("LEADER", "CABINET_MEMBER", "COMMITTEE_CHAIR", "MAYOR", "DEPUTY_MAYOR");
    /** The committees as directory.committees gives them: code to kind. */
    static final Map<String, String> COMMITTEES = Map.of("OSC", "SCRUTINY", "LIC", "REGULATORY", "ALLOT", "OTHER",
            "CAB", "CABINET");
    static final Councillor NYE = ExampleCouncil.active("c-nye", "Cllr Ivy Nye", "LAB",
            new Role("COMMITTEE_CHAIR", "OSC", ExampleCouncil.ELECTED, null));
    static final Councillor HALL = ExampleCouncil.active("c-hall", "Cllr Ravi Hall", "CON",
            new Role("COMMITTEE_CHAIR", "LIC", ExampleCouncil.ELECTED, null));
    static final Councillor ASH = ExampleCouncil.active("c-ash", "Cllr Rob Ash", "CON",
            new Role("COMMITTEE_CHAIR", "ALLOT", ExampleCouncil.ELECTED, null));
    /** Chairs a committee the directory has removed (a tombstone on directory.committees). */
    static final Councillor FOX = ExampleCouncil.active("c-fox", "Cllr Jo Fox", "LD",
            new Role("COMMITTEE_CHAIR", "GONE", ExampleCouncil.ELECTED, null));
    static final Councillor HART = ExampleCouncil.active("c-hart", "Cllr May Hart", "IND",
            new Role("MAYOR", ExampleCouncil.ELECTED, null));
    /** Deputy Mayor and a cabinet member: quotable as a cabinet member on any release. */
    static final Councillor COLE = ExampleCouncil.active("c-cole", "Cllr Kit Cole", "LAB",
            new Role("DEPUTY_MAYOR", ExampleCouncil.ELECTED, null), new Role("CABINET_MEMBER", ExampleCouncil.ELECTED, null));

    final QuotableRoles rule001 = new QuotableRoles(ROLES_001, List.of("SCRUTINY", "REGULATORY"), List.of("MAYOR", "DEPUTY_MAYOR"));

    static RuleSnapshot snapshot001() {
        return new RuleSnapshot(List.of(NYE, HALL, ASH, FOX, HART, COLE, POWELL), COMMITTEES, ExampleCouncil.PARTIES, List.of());
    }

    @Tag("MR-1")
    @Test
    void MR_1_with_001s_committee_kinds_a_scrutiny_or_regulatory_chair_is_quoted_and_another_chair_is_not() {
        ReleaseContent scrutiny = release("Scrutiny review of bus services published",
                "The review makes twelve recommendations.").quote(councillorQuote(NYE, "Residents told us what matters.")).content();
        ReleaseContent licensing = release("New taxi licensing policy agreed", "The policy starts on 1 July.")
                .quote(councillorQuote(HALL, "Passengers will be safer.")).content();
        assertEquals(List.of(), rule001.check(scrutiny, snapshot001(), ISSUE_DAY));
        assertEquals(List.of(), rule001.check(licensing, snapshot001(), ISSUE_DAY));

        ReleaseContent allotments = release("Allotment rents held for 2027", "Rents stay at 2026 levels.")
                .quote(councillorQuote(ASH, "Growing your own should be affordable.")).content();
        assertEquals(List.of(new Finding("MR-1", Level.BLOCK, "Cllr Rob Ash may not be quoted: on 2027-06-10 the only role "
                + "they hold whose holders are quoted is chair of ALLOT (kind OTHER), and only chairs of SCRUTINY, "
                + "REGULATORY committees are quoted.", "quotes[0].speakerId")),
                rule001.check(allotments, snapshot001(), ISSUE_DAY));
        assertEquals(List.of(), new QuotableRoles(ROLES_001).check(allotments, snapshot001(), ISSUE_DAY),
                "every kind listed (liaison-default): any chair");
    }

    @Tag("MR-1")
    @Test
    void MR_1_a_chair_of_a_committee_the_directory_no_longer_publishes_counts_only_when_every_kind_is_listed() {
        ReleaseContent release = release("Working group reports", "The group met six times.")
                .quote(councillorQuote(FOX, "We listened.")).content();
        assertEquals(List.of(new Finding("MR-1", Level.BLOCK, "Cllr Jo Fox may not be quoted: on 2027-06-10 the only role "
                + "they hold whose holders are quoted is chair of GONE (not a committee the directory has published), and "
                + "only chairs of SCRUTINY, REGULATORY committees are quoted.", "quotes[0].speakerId")),
                rule001.check(release, snapshot001(), ISSUE_DAY));
        assertEquals(List.of(), new QuotableRoles(ROLES_001).check(release, snapshot001(), ISSUE_DAY));
    }

    @Tag("MR-1")
    @Test
    void MR_1_a_ceremonial_only_role_is_quoted_only_on_a_release_marked_ceremonial() {
        ReleaseContent budget = release("Council tax set for 2027/28", "Band D rises by 2.99%.")
                .quote(councillorQuote(HART, "A fair settlement.")).content();
        assertEquals(List.of(new Finding("MR-1", Level.BLOCK, "Cllr May Hart may not be quoted: on 2027-06-10 they are "
                + "quoted only as MAYOR, and holders of that role are quoted only on a release about a ceremonial event; "
                + "this release is not marked ceremonial.", "quotes[0].speakerId")),
                rule001.check(budget, snapshot001(), ISSUE_DAY));
        ReleaseContent ceremony = release("Mayor's civic service at St Mary's", "The service is on Sunday 13 June.")
                .quote(councillorQuote(HART, "Everyone is welcome.")).ceremonial().content();
        assertEquals(List.of(), rule001.check(ceremony, snapshot001(), ISSUE_DAY));
        assertEquals(List.of(), new QuotableRoles(ROLES_001).check(budget, snapshot001(), ISSUE_DAY),
                "no ceremonial-only roles (liaison-default): the Mayor on any release");
    }

    @Tag("MR-1")
    @Test
    void MR_1_a_holder_of_a_ceremonial_only_role_and_another_quotable_role_is_quoted_on_any_release() {
        ReleaseContent release = release("Council tax set for 2027/28", "Band D rises by 2.99%.")
                .quote(councillorQuote(COLE, "A fair settlement.")).content();
        assertEquals(List.of(), rule001.check(release, snapshot001(), ISSUE_DAY));
    }

    @Tag("MR-2")
    @Test
    void MR_2_no_contact_details_for_a_ceremonial_only_role_on_a_release_not_ceremonial() {
        ReleaseContent release = release("Council tax set for 2027/28", "Band D rises by 2.99%.")
                .contact(HART, "The Mayor's office, 01632 960222").contact(NYE, "01632 960333").content();
        assertEquals(List.of("MR-2 contacts[0]"), ExampleCouncil.where(rule001.check(release, snapshot001(), ISSUE_DAY)));
    }
}
