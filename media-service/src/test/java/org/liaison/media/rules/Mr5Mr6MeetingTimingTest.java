package org.liaison.media.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.liaison.media.rules.ExampleCouncil.CERI_EVANS;
import static org.liaison.media.rules.ExampleCouncil.councillorQuote;
import static org.liaison.media.rules.ExampleCouncil.release;
import static org.liaison.media.rules.ExampleCouncil.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.media.release.MediaRelease;
import org.liaison.media.release.MediaRelease.Meeting;
import org.liaison.media.release.MediaRelease.Timing;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

/** MR-5 and MR-6: the meeting's date and the issue date decide BEFORE or AFTER, not the drafter's flag. */
class Mr5Mr6MeetingTimingTest {

    static final LocalDate CABINET = LocalDate.parse("2027-06-15");
    static final List<String> ITEMS = List.of("Abbey Road crossing", "Depot extension");

    final MeetingTiming rule = new MeetingTiming();

    static ReleaseContent cabinetRelease(Timing declared, String body) {
        return release("Cabinet to consider road safety schemes", body)
                .meeting(new Meeting("Cabinet", CABINET, declared, ITEMS))
                .quote(councillorQuote(CERI_EVANS, "I am confident the crossing will go ahead.")).content();
    }

    @Tag("MR-5")
    @Test
    void MR_5_declared_after_but_the_meeting_is_still_to_come_so_no_councillor_quote() {
        ReleaseContent release = cabinetRelease(Timing.AFTER,
                "Cabinet will consider the Abbey Road crossing on Tuesday 15 June. The report is on the council's website.");
        assertEquals(List.of(new Finding("MR-5", Level.BLOCK, "A release issued before a meeting is factual only: it quotes "
                + "no councillor (Cabinet is on 2027-06-15; the release goes out on 2027-06-10, so it is BEFORE the meeting, "
                + "although it is declared AFTER).", "quotes[0]")), rule.check(release, LocalDate.parse("2027-06-10")));
    }

    @Tag("MR-6")
    @Test
    void MR_6_declared_before_but_the_meeting_has_happened_so_it_names_an_item() {
        ReleaseContent release = release("Council sets out summer events programme",
                "Twenty free events run in the borough's parks from July to September.")
                .meeting(new Meeting("Cabinet", CABINET, Timing.BEFORE, ITEMS)).content();
        assertEquals(List.of(new Finding("MR-6", Level.BLOCK, "A release issued after a meeting is about items discussed at "
                + "it: name at least one of [Abbey Road crossing, Depot extension] in the title or body (Cabinet is on "
                + "2027-06-15; the release goes out on 2027-06-17, so it is AFTER the meeting, although it is declared "
                + "BEFORE).", "meeting.discussedItems")), rule.check(release, LocalDate.parse("2027-06-17")));
    }

    @Tag("MR-6")
    @Test
    void MR_6_after_the_meeting_a_release_about_a_discussed_item_with_a_quote_is_fine() {
        ReleaseContent release = cabinetRelease(null,
                "Cabinet last night approved the Abbey Road crossing. Work starts in September.");
        assertEquals(List.of(), rule.check(release, LocalDate.parse("2027-06-16")));
    }

    @Tag("MR-5")
    @Test
    void MR_5_on_the_meeting_day_the_declared_timing_decides() {
        String body = "Cabinet this evening approved the Abbey Road crossing.";
        assertEquals(List.of(), rule.check(cabinetRelease(Timing.AFTER, body), CABINET));
        assertEquals(List.of("MR-5 quotes[0]"), where(rule.check(cabinetRelease(Timing.BEFORE, body), CABINET)));
    }

    @Tag("MR-5")
    @Test
    void MR_5_on_the_meeting_day_without_a_declared_timing_the_rule_asks_for_it() {
        ReleaseContent release = cabinetRelease(null, "Cabinet meets tonight.");
        String undeclared = "The release goes out on the day of the meeting (Cabinet, 2027-06-15) and does not say whether "
                + "before or after it: set meeting.timing. ";
        assertEquals(List.of(
                new Finding("MR-5", Level.BLOCK, undeclared + "Before the meeting it may quote no councillor.", "meeting.timing"),
                new Finding("MR-6", Level.BLOCK, undeclared + "After the meeting it names at least one of [Abbey Road "
                        + "crossing, Depot extension].", "meeting.timing")), rule.check(release, CABINET));
        ReleaseContent factual = release("Depot extension: Cabinet meets tonight", "The Depot extension report is online.")
                .meeting(new Meeting("Cabinet", CABINET, null, ITEMS)).content();
        assertEquals(List.of(), rule.check(factual, CABINET), "fine either way, so nothing to ask");
    }

    @Tag("MR-5")
    @Test
    void MR_5_a_meeting_without_a_date_is_reported_as_missing() {
        ReleaseContent release = release("Depot extension", "The Depot extension goes to committee.")
                .meeting(new Meeting("Planning Committee", null, Timing.BEFORE, ITEMS)).content();
        assertEquals(List.of(new Finding("MR-5", Level.BLOCK, "The release is about the meeting \"Planning Committee\" but "
                + "gives no date for it: give meeting.date, so that the rules can tell whether the release goes out before or "
                + "after it.", "meeting.date")), rule.check(release, LocalDate.parse("2027-06-10")));
    }

    @Tag("MR-5")
    @Test
    void MR_5_the_issue_date_is_the_london_date_of_the_planned_issue() {
        MediaRules rules = new MediaRules(new DefaultSettings(), Clock.fixed(Instant.parse("2027-06-01T09:00:00Z"),
                ZoneOffset.UTC), java.time.ZoneId.of("Europe/London"));
        MediaRelease release = new MediaRelease();
        release.plannedIssueAt = Instant.parse("2027-06-14T23:30:00Z"); // 00:30 BST on Tuesday 15 June
        assertEquals(CABINET, rules.issueDate(release));
        release.plannedIssueAt = null;
        assertEquals(LocalDate.parse("2027-06-01"), rules.issueDate(release), "not planned: the day it is checked");
    }

    @Tag("MR-5")
    @Test
    void MR_5_the_issue_date_is_a_date_in_the_councils_time_zone() {
        // calendar.zone (liaison.council.zone): the same instant is Monday 14 June in a council on New York time
        MediaRules rules = new MediaRules(new DefaultSettings(), Clock.fixed(Instant.parse("2027-06-01T02:00:00Z"),
                ZoneOffset.UTC), java.time.ZoneId.of("America/New_York"));
        MediaRelease release = new MediaRelease();
        release.plannedIssueAt = Instant.parse("2027-06-14T23:30:00Z");
        assertEquals(LocalDate.parse("2027-06-14"), rules.issueDate(release));
        assertEquals(LocalDate.parse("2027-05-31"), rules.today(), "22:00 on 31 May in New York");
    }

    /** MediaSettings as the defaults give them. */
    static final class DefaultSettings implements MediaSettings {
        @Override
        public List<String> quotableRoles() {
            return ExampleCouncil.QUOTABLE_ROLES;
        }

        @Override
        public List<String> partyNames() {
            return ExampleCouncil.PARTIES.names();
        }

        @Override
        public List<String> partyAliases() {
            return ExampleCouncil.PARTIES.aliases().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        }

        @Override
        public List<String> partyShortForms() {
            return ExampleCouncil.PARTIES.shortForms().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        }

        @Override
        public boolean noPartyAffiliationInQuotes() {
            return true;
        }

        @Override
        public boolean meetingTimingRules() {
            return true;
        }

        @Override
        public Duration leadTime() {
            return Duration.ofHours(24);
        }

        @Override
        public List<String> quotableCommitteeChairs() {
            return QuotableRoles.COMMITTEE_KINDS;
        }

        @Override
        public List<String> ceremonialOnlyRoles() {
            return List.of("NONE");
        }

        @Override
        public PreElectionScope preElectionScope() {
            return PreElectionScope.ELECTION_WARDS;
        }

        @Override
        public String releaseDisputeDecider() {
            return "CHIEF_EXECUTIVE";
        }
    }
}
