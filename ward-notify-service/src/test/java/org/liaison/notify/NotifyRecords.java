package org.liaison.notify;

import java.util.List;
import java.util.UUID;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.OfficerRecord;

/**
 * This module's defaults for the directory records its tests publish through the shared {@link DirectoryFixture}
 * (which waits until ward-notify's replica holds them): people with the email address a test names, so that the test
 * can look for their mail. Nothing here waits.
 */
final class NotifyRecords {

    /** Members' services, who register ward matters and read the notification log. */
    static final String MEMBERS_SERVICES = DevTokens.mint("ms-officer-1", "members-services");

    private NotifyRecords() {
    }

    /** An active councillor with a fresh id and the given email, for {@code wardCodes}, in no group and with no roles. */
    static CouncillorRecord councillor(String displayName, String email, String... wardCodes) {
        return new CouncillorRecord(UUID.randomUUID().toString(), displayName, email, null, List.of(wardCodes), List.of(),
                null, null, "EMAIL", "ACTIVE");
    }

    /** An active officer with the given id and email, working office hours (Monday to Friday, 09:00 to 17:00 London). */
    static OfficerRecord officer(String id, String displayName, String email) {
        return new OfficerRecord(id, displayName, email, "Officer", "OFFICER", List.of(), List.of(), null, false,
                DirectoryFixture.OFFICE_HOURS, List.of(), "ACTIVE");
    }
}
