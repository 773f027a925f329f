package org.liaison.media.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.media.release.MediaRelease.Meeting;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Timing;
import org.liaison.media.rules.RuleReport.Finding;
import org.liaison.media.rules.RuleReport.Level;

/**
 * MR-5 and MR-6: whether a release goes out before or after its meeting is decided by the dates (both London dates):
 * the issue date before the meeting's date is BEFORE, after it is AFTER, whatever the drafter declared. Only on the
 * meeting's own day do the dates not tell, and then the declared {@code meeting.timing} decides; if none is declared,
 * the release must satisfy both rules or say which it is.
 * <ul>
 * <li>MR-5: a release issued before a meeting is factual only: it quotes no councillor.</li>
 * <li>MR-6: a release issued after a meeting is about items discussed at it: the title or body names at least one.</li>
 * </ul>
 */
public final class MeetingTiming {

    /** BEFORE or AFTER the meeting on {@code issueDate}; on the meeting day, as declared (null if not declared). */
    public static Timing of(Meeting meeting, LocalDate issueDate) {
        if (issueDate.isBefore(meeting.date())) {
            return Timing.BEFORE;
        }
        if (issueDate.isAfter(meeting.date())) {
            return Timing.AFTER;
        }
        return meeting.timing();
    }

    public List<Finding> check(ReleaseContent release, LocalDate issueDate) {
        Meeting meeting = release.meeting();
        List<Finding> findings = new ArrayList<>();
        if (meeting == null) {
            return findings;
        }
        if (meeting.date() == null) {
            findings.add(new Finding("MR-5", Level.BLOCK, "The release is about the meeting \"" + meeting.title()
                    + "\" but gives no date for it: give meeting.date, so that the rules can tell whether the release goes "
                    + "out before or after it.", "meeting.date"));
            return findings;
        }
        Timing timing = of(meeting, issueDate);
        String when = " (" + meeting.title() + " is on " + meeting.date() + "; the release goes out on " + issueDate
                + (meeting.timing() != null && timing != null && meeting.timing() != timing
                        ? ", so it is " + timing + " the meeting, although it is declared " + meeting.timing() : "")
                + ")";
        if (timing == null) {
            String undeclared = "The release goes out on the day of the meeting (" + meeting.title() + ", " + meeting.date()
                    + ") and does not say whether before or after it: set meeting.timing. ";
            if (release.quotesACouncillor()) {
                findings.add(new Finding("MR-5", Level.BLOCK, undeclared + "Before the meeting it may quote no councillor.",
                        "meeting.timing"));
            }
            if (!namesAnItem(release)) {
                findings.add(new Finding("MR-6", Level.BLOCK, undeclared + "After the meeting it names at least one of "
                        + meeting.discussedItems() + ".", "meeting.timing"));
            }
            return findings;
        }
        if (timing == Timing.BEFORE) {
            for (int i = 0; i < release.quotes().size(); i++) {
                if (release.quotes().get(i).speakerType() == PersonType.COUNCILLOR) {
                    findings.add(new Finding("MR-5", Level.BLOCK, "A release issued before a meeting is factual only: it "
                            + "quotes no councillor" + when + ".", "quotes[" + i + "]"));
                }
            }
        } else if (!namesAnItem(release)) {
            findings.add(new Finding("MR-6", Level.BLOCK, "A release issued after a meeting is about items discussed at "
                    + "it: name at least one of " + meeting.discussedItems() + " in the title or body" + when + ".",
                    "meeting.discussedItems"));
        }
        return findings;
    }

    private static boolean namesAnItem(ReleaseContent release) {
        String text = (release.title() + " " + release.body()).toLowerCase(Locale.ROOT);
        return release.meeting().discussedItems().stream()
                .anyMatch(item -> !item.isBlank() && text.contains(item.toLowerCase(Locale.ROOT).strip()));
    }
}
