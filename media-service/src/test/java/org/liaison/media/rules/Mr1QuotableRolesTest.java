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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

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
}
