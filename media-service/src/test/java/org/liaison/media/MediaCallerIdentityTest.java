package org.liaison.media;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.quarkus.CallerIdentityContract;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.OfficerRecord;

/** media-service finds the caller in its replica of the directory, fed from the directory topics. */
@QuarkusTest
class MediaCallerIdentityTest extends CallerIdentityContract {

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @Override
    protected String councillor(String email, boolean serving) {
        String id = UUID.randomUUID().toString();
        directory.publish(new CouncillorRecord(id, "Cllr " + email, email, null, List.of(directory.ward("Abbey")), List.of(),
                null, null, "EMAIL", serving ? "ACTIVE" : "FORMER"));
        return id;
    }

    @Override
    protected String officer(String email) {
        String id = UUID.randomUUID().toString();
        directory.publish(new OfficerRecord(id, "Officer " + email, email, "Officer", "OFFICER", List.of(), List.of(), null,
                false, DirectoryFixture.OFFICE_HOURS, List.of(), "ACTIVE"));
        return id;
    }
}
