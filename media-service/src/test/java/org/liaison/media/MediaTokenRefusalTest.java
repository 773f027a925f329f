package org.liaison.media;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.TokenRefusalContract;

@QuarkusTest
class MediaTokenRefusalTest extends TokenRefusalContract {

    @Override
    protected String readablePath() {
        return "/elections";
    }

    @Override
    protected String readerRole() {
        return "admin";
    }
}
