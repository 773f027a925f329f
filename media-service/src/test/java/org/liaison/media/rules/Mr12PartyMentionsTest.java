package org.liaison.media.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.media.rules.ExampleCouncil.release;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.media.rules.PartyMentions.PartyMention;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

/** MR-12 (and the party finding MR-3 shares): parties however a release names them, and the words that are not. */
class Mr12PartyMentionsTest {

    final PartyNamesAttestation rule = new PartyNamesAttestation();
    final PartyMentions parties = new PartyMentions(ExampleCouncil.PARTIES);

    List<Finding> check(ReleaseContent release) {
        return rule.check(release, ExampleCouncil.snapshot());
    }

    List<String> named(String text) {
        return parties.in(text).stream().map(PartyMention::described).toList();
    }

    @Tag("MR-12")
    @Test
    void MR_12_a_party_abbreviation_in_an_attribution_warns() {
        ReleaseContent release = release("Council tax support scheme agreed",
                "Full Council agreed the scheme on Wednesday. Councillor Tom Reid (Con), who proposed an amendment, said "
                        + "more households should qualify.").content();
        assertEquals(List.of(new Finding("MR-12", Level.WARN, "The release names \"Con\" (Conservative): attest that it is "
                + "not designed to affect support for a political party.", "partyNamesAttested")), check(release));
        assertEquals(List.of(), check(release("Council tax support scheme agreed",
                "Councillor Tom Reid (Con), who proposed an amendment, said more households should qualify.")
                .partyNamesAttested().content()));
    }

    @Tag("MR-12")
    @Test
    void MR_12_names_aliases_and_short_forms_before_a_word_for_a_partys_people() {
        ReleaseContent release = release("BUDGET 2027: LABOUR AND TORIES AGREE",
                "Green councillors abstained. The Lib Dems proposed an amendment on libraries, which the Riverside "
                        + "Independents supported.").content();
        assertEquals(List.of(new Finding("MR-12", Level.WARN, "The release names \"LABOUR\" (Labour), \"TORIES\" "
                + "(Conservative), \"Green\" (Green Party), \"Lib Dems\" (Liberal Democrat), \"Riverside Independents\": "
                + "attest that it is not designed to affect support for a political party.", "partyNamesAttested")),
                check(release));
    }

    @Tag("MR-12")
    @Test
    void MR_12_ordinary_words_are_not_parties() {
        ReleaseContent release = release("Green light for Riverside laboratory and green space",
                "Work on the new Science Lab at Mill Lane School starts in July, alongside a green space on Green Lane. "
                        + "The consultation on the Reform of bus routes closes on 30 June; labour costs are a conservative "
                        + "estimate. The Learning Disability (LD) Partnership Board meets on 3 July, and the Abbey Green "
                        + "councillors will attend. The Con Club has lent its hall. A plaid blanket was found at the depot.")
                .content();
        assertEquals(List.of(), check(release));
    }

    @Tag("MR-12")
    @Test
    void MR_12_short_forms_count_in_brackets_after_a_name_or_before_party_people() {
        assertEquals(List.of("\"Lab\" (Labour)"), named("Cllr Grace Powell (Lab/Co-op), Abbey ward"));
        assertEquals(List.of("\"LD\" (Liberal Democrat)"), named("Councillor Ben Lowe (LD) said"));
        assertEquals(List.of("\"Reform\" (Reform UK)"), named("The Reform group tabled a motion."));
        assertEquals(List.of("\"Plaid\" (Plaid Cymru)"), named("two Plaid councillors"));
        assertEquals(List.of("\"Green Party\""), named("The Green Party group"), "the longer form wins");
        assertEquals(List.of(), named("the Abbey Green councillors"), "a ward called Abbey Green");
        assertEquals(List.of(), named("adults with a Learning Disability (LD) and their carers"));
        assertEquals(List.of(), named("a Labourer, a Labrador and the Conservatoire"));
        assertEquals(List.of("\"Conservatives\" (Conservative)"), named("the Conservatives' amendment"));
    }
}
