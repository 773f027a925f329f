package org.liaison.media.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.media.release.MediaRelease.Contact;
import org.liaison.media.release.MediaRelease.Meeting;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleSnapshot.Councillor;
import org.liaison.media.rules.RuleSnapshot.Role;

/**
 * A small council for the rule tests, written out as plain data: its councillors (some sharing a surname, one whose
 * surname is also a party's short form, one FORMER with a role the directory never closed), the profile's party names
 * as application.properties gives them, and a release builder.
 */
final class ExampleCouncil {

    static final LocalDate ELECTED = LocalDate.parse("2024-05-16");

    static final Councillor POWELL = active("c-powell", "Cllr Grace Powell", "LAB", role("CABINET_MEMBER", ELECTED, null));
    static final Councillor CERI_EVANS = active("c-ceri-evans", "Cllr Ceri Evans", "LAB", role("LEADER", ELECTED, null));
    static final Councillor DAI_EVANS = active("c-dai-evans", "Councillor Dai Evans", "CON");
    static final Councillor LOWE = active("c-lowe", "Cllr Ben Lowe", "LD");
    static final Councillor SUE_LOWE = new Councillor("c-sue-lowe", "Cllr Sue Lowe", "FORMER", "LD", List.of());
    static final Councillor GREEN = active("c-green", "Cllr Tom Green", "CON");
    static final Councillor REID = active("c-reid", "Councillor Tom Reid", "CON",
            role("COMMITTEE_CHAIR", ELECTED, LocalDate.parse("2027-05-19")));
    static final Councillor SHAH_JONES = active("c-shah-jones", "Cllr Priya Shah-Jones", "GRN");
    static final Councillor JONES = active("c-jones", "Cllr Alan Jones", "IND");
    /** Stood down in 2026; the directory still shows the cabinet role with no end date. */
    static final Councillor OKAFOR = new Councillor("c-okafor", "Cllr Ben Okafor", "FORMER", "LAB",
            List.of(role("CABINET_MEMBER", ELECTED, null)));
    /** Mayor-elect: the role starts at annual council on 20 May 2027. */
    static final Councillor PRICE = active("c-price", "Cllr Dr Ada Price", "CON",
            role("MAYOR", LocalDate.parse("2027-05-20"), null));

    static final List<Councillor> COUNCILLORS = List.of(POWELL, CERI_EVANS, DAI_EVANS, LOWE, SUE_LOWE, GREEN, REID,
            SHAH_JONES, JONES, OKAFOR, PRICE);

    /** The party settings of application.properties, and the directory's one local group. */
    static final PartyVocabulary PARTIES = PartyVocabulary.of(
            List.of("Labour", "Conservative", "Liberal Democrat", "Liberal Democrats", "Green Party", "Reform UK",
                    "Plaid Cymru", "SNP", "Scottish National Party"),
            List.of("Tory=Conservative", "Tories=Conservative", "Conservatives=Conservative", "Lib Dem=Liberal Democrat",
                    "Lib Dems=Liberal Democrat"),
            List.of("Lab=Labour", "Con=Conservative", "LD=Liberal Democrat", "Green=Green Party", "Greens=Green Party",
                    "Reform=Reform UK", "Plaid=Plaid Cymru"),
            List.of("Riverside Independents"));

    static final List<String> QUOTABLE_ROLES = List.of("LEADER", "CABINET_MEMBER", "COMMITTEE_CHAIR", "MAYOR",
            "DEPUTY_MAYOR", "SHERIFF");

    private ExampleCouncil() {
    }

    static RuleSnapshot snapshot(RuleSnapshot.Election... elections) {
        return new RuleSnapshot(COUNCILLORS, PARTIES, List.of(elections));
    }

    static Councillor active(String id, String name, String group, Role... roles) {
        return new Councillor(id, name, "ACTIVE", group, List.of(roles));
    }

    static Role role(String role, LocalDate from, LocalDate to) {
        return new Role(role, from, to);
    }

    static Quote councillorQuote(Councillor who, String text) {
        return new Quote(PersonType.COUNCILLOR, who.id(), null, text, false);
    }

    static Quote officerQuote(String name, String text) {
        return new Quote(PersonType.OFFICER, null, name, text, true);
    }

    /** "MR-3 body" for each finding, to compare a whole report at a glance. */
    static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.field()).toList();
    }

    /** A release as the comms team drafts it: title and body; add quotes, contacts, a meeting, wards. */
    static Draft release(String title, String body) {
        return new Draft(title, body);
    }

    static final class Draft {
        private final String title;
        private final String body;
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Contact> contacts = new ArrayList<>();
        private final List<String> wards = new ArrayList<>();
        private Meeting meeting;
        private boolean controversial;
        private boolean partyNamesAttested;
        private boolean ceremonial;

        private Draft(String title, String body) {
            this.title = title;
            this.body = body;
        }

        Draft quote(Quote quote) {
            quotes.add(quote);
            return this;
        }

        Draft contact(Councillor who, String text) {
            contacts.add(new Contact(PersonType.COUNCILLOR, who.id(), text));
            return this;
        }

        Draft meeting(Meeting meeting) {
            this.meeting = meeting;
            return this;
        }

        Draft wards(String... codes) {
            wards.addAll(List.of(codes));
            return this;
        }

        Draft controversial() {
            controversial = true;
            return this;
        }

        Draft ceremonial() {
            ceremonial = true;
            return this;
        }

        Draft partyNamesAttested() {
            partyNamesAttested = true;
            return this;
        }

        ReleaseContent content() {
            return new ReleaseContent(title, body, quotes, contacts, meeting, wards, controversial, partyNamesAttested,
                    ceremonial);
        }
    }
}
