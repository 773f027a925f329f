package org.liaison.media;

import java.time.LocalDate;
import java.util.List;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.PoliticalGroupRecord;
import org.liaison.events.directory.WardRecord;

/**
 * The directory records media-service replicates (councillors, groups, wards), with this module's defaults, put on the
 * directory topics by the shared {@link DirectoryFixture}: each call returns once media-service's replica holds the
 * record.
 */
final class DirectoryFeed {

    /** The ward the councillors of these tests sit for; the rules under test do not look at it. */
    static final String COUNCILLORS_WARD = "E05999001";

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    /** An active councillor of {@code group} holding {@code role} from {@code from} to {@code to} (null: no role). */
    String councillor(String name, String group, String role, LocalDate from, LocalDate to) {
        List<CouncillorRecord.CouncillorRoleRecord> roles = role == null ? List.of()
                : List.of(new CouncillorRecord.CouncillorRoleRecord(role, null, null, from, to));
        return directory.councillor(name, group, roles, COUNCILLORS_WARD);
    }

    /** The ward {@code code}. */
    String ward(String code) {
        return directory.publish(new WardRecord(code, "Ward " + code)).code();
    }

    String group(String code, String name, String leaderId) {
        return directory.publish(new PoliticalGroupRecord(code, name, leaderId)).code();
    }
}
