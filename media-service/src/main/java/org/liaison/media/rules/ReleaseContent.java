package org.liaison.media.rules;

import java.util.List;
import org.liaison.media.release.MediaRelease;
import org.liaison.media.release.MediaRelease.Contact;
import org.liaison.media.release.MediaRelease.Meeting;
import org.liaison.media.release.MediaRelease.PersonType;
import org.liaison.media.release.MediaRelease.Quote;

/**
 * The parts of a release the content rules read, as plain data (no entity, no database); {@code ceremonial}: the release
 * is about a ceremonial event (the only kind on which holders of ceremonial-only roles are quoted, MR-1).
 */
public record ReleaseContent(String title, String body, List<Quote> quotes, List<Contact> contacts, Meeting meeting,
        List<String> wardCodes, boolean controversial, boolean partyNamesAttested, boolean ceremonial) {

    public ReleaseContent {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
    }

    /** A release not marked ceremonial. */
    public ReleaseContent(String title, String body, List<Quote> quotes, List<Contact> contacts, Meeting meeting,
            List<String> wardCodes, boolean controversial, boolean partyNamesAttested) {
        this(title, body, quotes, contacts, meeting, wardCodes, controversial, partyNamesAttested, false);
    }

    public static ReleaseContent of(MediaRelease release) {
        return new ReleaseContent(release.title, release.body, release.quotes, release.contacts, release.meeting,
                release.wardCodes, release.controversial, release.partyNamesAttested, release.ceremonial);
    }

    public boolean quotesACouncillor() {
        return quotes.stream().anyMatch(q -> q.speakerType() == PersonType.COUNCILLOR);
    }
}
