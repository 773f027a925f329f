package org.liaison.media.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.media.rules.ExampleCouncil.CERI_EVANS;
import static org.liaison.media.rules.ExampleCouncil.GREEN;
import static org.liaison.media.rules.ExampleCouncil.POWELL;
import static org.liaison.media.rules.ExampleCouncil.councillorQuote;
import static org.liaison.media.rules.ExampleCouncil.release;
import static org.liaison.media.rules.ExampleCouncil.where;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

/** MR-3: no party affiliation for a quoted member, in the quote or where the release introduces them. */
class Mr3QuotedMemberAffiliationTest {

    final QuotedMemberAffiliation rule = new QuotedMemberAffiliation();

    List<Finding> check(ReleaseContent release) {
        return rule.check(release, ExampleCouncil.snapshot());
    }

    static final String GARDEN_WASTE = "Councillor Grace Powell (Lab), Cabinet Member for Environment, said: \"Residents "
            + "told us they wanted this back.\"";

    @Tag("MR-3")
    @Test
    void MR_3_a_party_abbreviation_in_brackets_after_the_quoted_member_in_the_body() {
        ReleaseContent release = release("Free garden waste collections return",
                "Free fortnightly garden waste collections return on Monday 14 June.\n\n" + GARDEN_WASTE)
                .quote(councillorQuote(POWELL, "Residents told us they wanted this back.")).content();
        assertEquals(List.of(new Finding("MR-3", Level.BLOCK, "A quoted member is not given a party political affiliation, "
                + "but the body introduces Cllr Grace Powell with \"Lab\" (Labour): \"Councillor Grace Powell (Lab), Cabinet "
                + "Member for Environment,\".", "body")), check(release));
    }

    @Tag("MR-3")
    @Test
    void MR_3_the_party_before_the_name_and_after_a_quote_in_the_body() {
        ReleaseContent before = release("New play area for Abbey Park",
                "Work starts next week on a new play area in Abbey Park. Labour councillor Grace Powell welcomed the "
                        + "scheme.").quote(councillorQuote(POWELL, "Families have waited a long time for this.")).content();
        assertEquals(List.of("MR-3 body"), where(check(before)));

        ReleaseContent after = release("New play area for Abbey Park",
                "\u201CFamilies have waited a long time for this,\u201D said Cllr Grace Powell (Lab/Co-op), who represents "
                        + "Abbey ward.").quote(councillorQuote(POWELL, "Families have waited a long time for this.")).content();
        assertEquals(List.of("MR-3 body"), where(check(after)));
        assertEquals(true, check(after).get(0).message().contains("\"Lab\" (Labour)"), check(after).toString());
    }

    @Tag("MR-3")
    @Test
    void MR_3_a_surname_that_fits_two_councillors_one_of_them_quoted_names_the_candidates() {
        ReleaseContent release = release("Council leader welcomes bus funding",
                "The council has secured \u00A31.2m for new bus routes. Lib Dem group leader Cllr Evans said the routes "
                        + "would help outlying villages.")
                .quote(councillorQuote(CERI_EVANS, "This is a good day for bus users.")).content();
        assertEquals(List.of(new Finding("MR-3", Level.BLOCK, "A quoted member is not given a party political affiliation, "
                + "but the body introduces \"Cllr Evans\" (Cllr Ceri Evans or Councillor Dai Evans) with \"Lib Dem\" "
                + "(Liberal Democrat): \"Lib Dem group leader Cllr Evans\".", "body")), check(release));
    }

    @Tag("MR-3")
    @Test
    void MR_3_the_quote_itself_and_the_name_given_with_it() {
        ReleaseContent inName = release("Town centre parking review", "The review closes on 30 June.")
                .quote(new Quote(PersonType.COUNCILLOR, POWELL.id(), "Cllr Grace Powell (Con)", "Have your say.", false))
                .content();
        assertEquals(List.of(new Finding("MR-3", Level.BLOCK, "A quoted member is not given a party political affiliation, "
                + "but this quote names \"Con\" (Conservative).", "quotes[0]")), check(inName));
        ReleaseContent inWords = release("Town centre parking review", "The review closes on 30 June.")
                .quote(councillorQuote(POWELL, "Unlike the Tories, we listen to residents.")).content();
        assertEquals(List.of(new Finding("MR-3", Level.BLOCK, "A quoted member is not given a party political affiliation, "
                + "but this quote names \"Tories\" (Conservative).", "quotes[0]")), check(inWords));
    }

    @Tag("MR-3")
    @Test
    void MR_3_a_quoted_member_named_only_by_the_name_given_with_the_quote() {
        ReleaseContent release = release("Recycling rates up",
                "Recycling rose to 52% last year. Cllr Powell (Green), Cabinet Member for Environment, thanked residents.")
                .quote(new Quote(PersonType.COUNCILLOR, null, "Councillor Grace Powell", "Thank you, everyone.", false))
                .content();
        assertEquals(List.of("MR-3 body"), where(check(release)));
    }

    @Tag("MR-3")
    @Test
    void MR_3_not_a_party_green_space_the_science_lab_a_consultation_or_another_members_party() {
        ReleaseContent release = release("Green light for Abbey Green park improvements",
                "Councillor Grace Powell, Cabinet Member for Environment, said the new green space at Abbey Green would "
                        + "open in July. Pupils from the Science Lab at Mill Lane School planted the first trees. The Con "
                        + "Club on Station Road has offered its car park. A consultation on the wider Reform of parks runs "
                        + "to 30 June. Councillor Tom Reid (Con), who chairs the Planning Committee, also welcomed it.")
                .quote(councillorQuote(POWELL, "Parks are for everyone.")).content();
        assertEquals(List.of(), check(release));
    }

    @Tag("MR-3")
    @Test
    void MR_3_a_quoted_member_whose_surname_is_a_party_short_form() {
        ReleaseContent plain = release("Cycle lane extended",
                "Cllr Tom Green, who chairs the Transport Committee, said the lane would be finished by August.")
                .quote(councillorQuote(GREEN, "Cyclists will notice the difference.")).content();
        assertEquals(List.of(), check(plain));
        ReleaseContent labelled = release("Cycle lane extended",
                "Cllr Green (Con), who chairs the Transport Committee, said the lane would be finished by August.")
                .quote(councillorQuote(GREEN, "Cyclists will notice the difference.")).content();
        assertEquals(List.of("MR-3 body"), where(check(labelled)));
    }

    @Tag("MR-3")
    @Test
    void MR_3_a_party_next_to_another_member_in_the_same_sentence_is_not_the_quoted_members() {
        ReleaseContent release = release("Cross-party support for the new leisure centre",
                "Councillor Grace Powell and Conservative councillor Tom Reid visited the site on Friday.")
                .quote(councillorQuote(POWELL, "This centre will serve the whole borough.")).content();
        assertEquals(List.of(), check(release));
    }
}
