package org.liaison.media.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.media.rules.ExampleCouncil.CERI_EVANS;
import static org.liaison.media.rules.ExampleCouncil.DAI_EVANS;
import static org.liaison.media.rules.ExampleCouncil.GREEN;
import static org.liaison.media.rules.ExampleCouncil.JONES;
import static org.liaison.media.rules.ExampleCouncil.LOWE;
import static org.liaison.media.rules.ExampleCouncil.OKAFOR;
import static org.liaison.media.rules.ExampleCouncil.PRICE;
import static org.liaison.media.rules.ExampleCouncil.SHAH_JONES;
import static org.liaison.media.rules.ExampleCouncil.officerQuote;
import static org.liaison.media.rules.ExampleCouncil.release;
import static org.liaison.media.rules.ExampleCouncil.where;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.media.rules.CouncillorMentions.Found;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;
import org.liaison.media.rules.RuleSnapshot.Election;

/**
 * MR-7: in a pre-election period, no councillor named, however the release names them. The by-election for Abbey ward
 * has its notice published on 1 March 2030 and polling day on 10 April 2030; releases are checked for 20 March 2030.
 */
class Mr7CouncillorMentionsTest {

    static final Election ABBEY_BY_ELECTION = new Election("Abbey ward by-election", LocalDate.parse("2030-03-01"),
            LocalDate.parse("2030-04-10"), false, List.of("E05000101"));
    static final LocalDate DURING = LocalDate.parse("2030-03-20");
    static final String ABBEY = "E05000101";
    static final String DURING_TEXT = " during the pre-election period of Abbey ward by-election (2030-03-01 to 2030-04-10); "
            + "there is no override.";

    final PreElectionPeriod rule = new PreElectionPeriod();
    final CouncillorMentions mentions = new CouncillorMentions(ExampleCouncil.COUNCILLORS);

    List<Finding> check(ReleaseContent release, LocalDate day) {
        return rule.check(release, ExampleCouncil.snapshot(ABBEY_BY_ELECTION), day);
    }

    @Tag("MR-7")
    @Test
    void MR_7_councillor_and_full_name_in_the_body() {
        ReleaseContent release = release("New play area opens in Abbey Park",
                "The new play area in Abbey Park opened on Saturday. Councillor Ben Lowe, who campaigned for the "
                        + "equipment, cut the ribbon.").wards(ABBEY).content();
        assertEquals(List.of(new Finding("MR-7", Level.BLOCK, "Nothing links policies or achievements to a named councillor "
                + "(Cllr Ben Lowe)" + DURING_TEXT, "body")), check(release, DURING));
    }

    @Tag("MR-7")
    @Test
    void MR_7_cllr_and_surname_that_fits_two_active_councillors_names_both() {
        ReleaseContent release = release("Abbey Road crossing goes live",
                "The crossing on Abbey Road is now open, following a petition presented by Cllr Evans last year.")
                .wards(ABBEY).content();
        assertEquals(List.of(new Finding("MR-7", Level.BLOCK, "Nothing links policies or achievements to a named councillor "
                + "(\"Cllr Evans\", who could be Cllr Ceri Evans or Councillor Dai Evans)" + DURING_TEXT, "body")),
                check(release, DURING));
    }

    @Tag("MR-7")
    @Test
    void MR_7_a_full_name_without_a_title_and_a_title_with_an_initial() {
        ReleaseContent release = release("Ben Lowe thanks volunteers",
                "Cllr B. Lowe thanked the forty volunteers who cleared the brook.").wards(ABBEY).content();
        assertEquals(List.of("MR-7 title", "MR-7 body"), where(check(release, DURING)));
    }

    @Tag("MR-7")
    @Test
    void MR_7_a_councillor_named_in_an_officers_quote() {
        ReleaseContent release = release("Abbey library refurbishment complete",
                "Abbey Library reopens on Monday with a new children's area.").wards(ABBEY)
                .quote(officerQuote("Head of Libraries", "We are grateful to Cllr Shah-Jones for her support.")).content();
        assertEquals(List.of(new Finding("MR-7", Level.BLOCK, "Nothing links policies or achievements to a named councillor "
                + "(Cllr Priya Shah-Jones)" + DURING_TEXT, "quotes[0].text")), check(release, DURING));
    }

    @Tag("MR-7")
    @Test
    void MR_7_no_councillor_named_green_lane_lowe_street_and_a_former_councillor_are_not_mentions() {
        ReleaseContent release = release("Resurfacing on Green Lane and Lowe Street",
                "Resurfacing of Green Lane and Lowe Street starts on 22 March. Every councillor green-lit the budget last "
                        + "year. The scheme was first proposed by former councillor Ben Okafor.").wards(ABBEY).content();
        assertEquals(List.of(), check(release, DURING));
    }

    @Tag("MR-7")
    @Test
    void MR_7_outside_the_period_or_the_wards_the_same_text_is_fine() {
        ReleaseContent abbey = release("Abbey Park play area", "Councillor Ben Lowe cut the ribbon.").wards(ABBEY).content();
        ReleaseContent elsewhere = release("Riverside play area", "Councillor Ben Lowe cut the ribbon.").wards("E05000102")
                .content();
        assertEquals(List.of(), check(abbey, LocalDate.parse("2030-04-11")), "the day after polling day");
        assertEquals(List.of(), check(abbey, LocalDate.parse("2030-02-28")), "the day before the notice");
        assertEquals(List.of(), check(elsewhere, DURING));
        assertEquals(List.of("MR-7 body"), where(check(abbey, LocalDate.parse("2030-04-10"))), "polling day is inside");
    }

    @Tag("MR-7")
    @Test
    void MR_7_controversial_and_quoting_a_councillor_have_no_override() {
        ReleaseContent release = release("Consultation on closing Abbey Road to through traffic",
                "A six-week consultation starts today.").wards(ABBEY).controversial()
                .quote(ExampleCouncil.councillorQuote(CERI_EVANS, "We want to hear from everyone.")).content();
        assertEquals(List.of("MR-7 controversial", "MR-7 quotes"), where(check(release, DURING)));
    }

    @Tag("MR-7")
    @Test
    void MR_7_the_forms_a_councillor_is_found_by() {
        assertEquals(List.of(LOWE), mentions.in("Councillor Lowe said").councillors(), "Sue Lowe is a former councillor");
        assertEquals(List.of(LOWE), mentions.in("COUNCILLOR BEN LOWE").councillors());
        assertEquals(List.of(LOWE), mentions.in("Cllr. Lowe's petition").councillors());
        assertEquals(List.of(PRICE), mentions.in("opened by Councillor Dr Price").councillors());
        assertEquals(List.of(PRICE), mentions.in("opened by Ada Price").councillors());
        assertEquals(List.of(SHAH_JONES), mentions.in("Cllr Shah-Jones").councillors(), "not Cllr Jones");
        assertEquals(List.of(JONES, SHAH_JONES), mentions.in("Cllr Jones and Cllr Shah-Jones").councillors());
        assertEquals(List.of(GREEN), mentions.in("Cllr Green opened the green space").councillors());
        assertEquals(List.of(OKAFOR), mentions.in("Ben Okafor").councillors(), "found; MR-7 ignores former councillors");
        Found evans = mentions.in("Cllr Evans");
        assertEquals(List.of(), evans.councillors());
        assertEquals(List.of(CERI_EVANS, DAI_EVANS), evans.ambiguous().get(0).candidates());
        assertEquals(List.of(CERI_EVANS), mentions.in("Cllr C Evans").councillors());
        assertEquals(List.of(), mentions.in("Lowe Street; councillor green; the council's Green Lane depot; Evans said")
                .councillors());
        assertEquals(true, mentions.in("Lowe Street; councillor green; Evans said").isEmpty());
        RuleSnapshot.Councillor field = ExampleCouncil.active("c-field", "Cllr Ann Field MBE", "LAB");
        assertEquals(List.of(field), new CouncillorMentions(List.of(field)).in("Cllr Field, Ann Field and Cllr A. Field")
                .councillors());
        RuleSnapshot.Councillor oNeill = ExampleCouncil.active("c-oneill", "Cllr Siobhan O'Neill", "LAB");
        assertEquals(List.of(oNeill), new CouncillorMentions(List.of(oNeill)).in("Cllr O\u2019Neill").councillors());
        assertEquals(3, new CouncillorMentions(List.of(field)).in("Cllr Field, Ann Field and Cllr A. Field").mentions().size());
    }
}
