package org.liaison.web.pages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.web.api.Release;

/**
 * The release editor as typed: the comms team's words, the speakers they quote, the meeting, the wards and the issue
 * date (GOV.UK date inputs, the council's time). It turns into media-service's draft, which the service validates and checks
 * against the media rules; only what a browser form cannot say itself (a date that is no date) is refused here.
 */
public record ReleaseForm(String title, String body, String purpose, List<String> wardCodes, boolean controversial,
        boolean ceremonial, boolean partyNamesAttested, DateInput issueDate, String issueTime, List<QuoteField> quotes, String meetingTitle,
        DateInput meetingDate, String meetingTiming, String meetingItems) {

    /** Two quotes: a councillor's and an officer's is the usual release; more are added once these are used. */
    public static final int QUOTE_SLOTS = 2;

    /** The form's fields, by the names media-service uses for them, in the order the page shows them. */
    public static final List<FormErrors.Field> FIELDS = List.of(
            new FormErrors.Field("title", "Title", "Enter a title"),
            new FormErrors.Field("body", "Text of the release", "Enter the text of the release"),
            new FormErrors.Field("purpose", "Purpose", "Select what the release is for"),
            new FormErrors.Field("plannedIssueAt", "Planned issue", "Enter the planned issue date"),
            new FormErrors.Field("quotes", "Quotes", "Check the quotes"),
            new FormErrors.Field("quotes[0].text", "First quote", "Enter the words of the first quote"),
            new FormErrors.Field("quotes[1].text", "Second quote", "Enter the words of the second quote"),
            new FormErrors.Field("meeting", "Meeting", "Check the meeting"),
            new FormErrors.Field("wardCodes", "Wards", "Check the wards"),
            new FormErrors.Field("controversial", "Controversial", "Say whether the release is controversial"),
            new FormErrors.Field("ceremonial", "Ceremonial event", "Say whether the release is about a ceremonial event"));

    /** One quote: {@code speaker} is "COUNCILLOR:id" or "OFFICER:id" from the list of speakers, or empty. */
    public record QuoteField(String speaker, String text, boolean factualAttested) {
        static final QuoteField EMPTY = new QuoteField("", "", false);

        boolean blank() {
            return speaker.isEmpty() && text.isEmpty();
        }
    }

    public static final ReleaseForm EMPTY = new ReleaseForm("", "", "COUNCIL_BUSINESS", List.of(), false, false, false,
            DateInput.EMPTY, "", List.of(QuoteField.EMPTY, QuoteField.EMPTY), "", DateInput.EMPTY, "", "");

    /** The form's fields as the browser sent them. */
    public static ReleaseForm from(Map<String, List<String>> fields) {
        List<QuoteField> quotes = new ArrayList<>();
        for (int i = 0; i < QUOTE_SLOTS; i++) {
            quotes.add(new QuoteField(one(fields, "quote" + i + "Speaker"), one(fields, "quote" + i + "Text"),
                    "true".equals(one(fields, "quote" + i + "Attested"))));
        }
        return new ReleaseForm(one(fields, "title"), one(fields, "body"), one(fields, "purpose"),
                fields.getOrDefault("wardCodes", List.of()).stream().map(String::strip).filter(c -> !c.isEmpty()).toList(),
                "true".equals(one(fields, "controversial")), "true".equals(one(fields, "ceremonial")),
                "true".equals(one(fields, "partyNamesAttested")),
                DateInput.from(fields, "issue"), one(fields, "issueTime"), quotes, one(fields, "meetingTitle"),
                DateInput.from(fields, "meeting"), one(fields, "meetingTiming"), one(fields, "meetingItems"));
    }

    /** A stored release, to edit. */
    public static ReleaseForm of(Release release) {
        List<QuoteField> quotes = new ArrayList<>();
        for (Release.Quote quote : release.quotes()) {
            quotes.add(new QuoteField(quote.speakerId() == null ? "" : quote.speakerType() + ":" + quote.speakerId(),
                    quote.text() == null ? "" : quote.text(), quote.factualAttested()));
        }
        while (quotes.size() < QUOTE_SLOTS) {
            quotes.add(QuoteField.EMPTY);
        }
        ZonedDateTime issue = release.plannedIssueAt() == null ? null : release.plannedIssueAt().atZone(Formats.zone());
        Release.Meeting meeting = release.meeting();
        return new ReleaseForm(release.title(), release.body(), release.purpose(), release.wardCodes(),
                release.controversial(), release.ceremonial(), release.partyNamesAttested(),
                DateInput.of(issue == null ? null : issue.toLocalDate()),
                issue == null ? "" : String.format("%02d:%02d", issue.getHour(), issue.getMinute()), quotes,
                meeting == null ? "" : meeting.title(), DateInput.of(meeting == null ? null : meeting.date()),
                meeting == null || meeting.timing() == null ? "" : meeting.timing(),
                meeting == null || meeting.discussedItems() == null ? "" : String.join("\n", meeting.discussedItems()));
    }

    /** What the form says, as media-service's draft, or what is wrong with a date or time that the service never sees. */
    public Result toDraft() {
        List<FormErrors.Entry> errors = new ArrayList<>();
        ZonedDateTime plannedIssueAt = null;
        if (!issueDate.blank() || !issueTime.isEmpty()) {
            LocalDate day = issueDate.date("plannedIssueAt", "The planned issue date", errors);
            LocalTime time = DateInput.time(issueTime, LocalTime.of(9, 0), "issueTime", "The planned issue time", errors);
            if (day != null && time != null) {
                plannedIssueAt = day.atTime(time).atZone(Formats.zone());
            }
        }
        List<Release.Quote> quoted = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteField quote = quotes.get(i);
            if (quote.blank()) {
                continue;
            }
            if (quote.speaker().isEmpty()) {
                errors.add(new FormErrors.Entry("quote" + i + "Speaker", "Select who is quoted"));
                continue;
            }
            String[] speaker = quote.speaker().split(":", 2);
            quoted.add(new Release.Quote(speaker[0], speaker.length > 1 ? speaker[1] : null, null, quote.text(),
                    quote.factualAttested()));
        }
        Release.Meeting meeting = null;
        if (!meetingTitle.isEmpty() || !meetingDate.blank()) {
            LocalDate on = meetingDate.date("meeting", "The meeting date", errors);
            List<String> items = meetingItems.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            meeting = new Release.Meeting(meetingTitle, on, meetingTiming.isEmpty() ? null : meetingTiming, items);
        }
        Release.Draft draft = new Release.Draft(title, body, quoted, meeting, wardCodes, controversial, ceremonial,
                purpose.isEmpty() ? null : purpose, partyNamesAttested,
                plannedIssueAt == null ? null : plannedIssueAt.toOffsetDateTime());
        return new Result(draft, new FormErrors(errors));
    }

    /** The draft to send, unless {@code errors} says the form cannot be sent as it is. */
    public record Result(Release.Draft draft, FormErrors errors) {
    }

    private static String one(Map<String, List<String>> fields, String name) {
        return FormFields.one(fields, name);
    }
}
