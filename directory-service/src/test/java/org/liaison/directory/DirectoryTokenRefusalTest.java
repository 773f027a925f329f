package org.liaison.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.TokenRefusalContract;

@QuarkusTest
class DirectoryTokenRefusalTest extends TokenRefusalContract {

    @Override
    protected String readablePath() {
        return "/wards?size=1";
    }

    @Override
    protected String readerRole() {
        return "admin";
    }
}
