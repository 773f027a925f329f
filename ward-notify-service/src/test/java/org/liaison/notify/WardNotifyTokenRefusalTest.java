package org.liaison.notify;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.TokenRefusalContract;

@QuarkusTest
class WardNotifyTokenRefusalTest extends TokenRefusalContract {

    @Override
    protected String readablePath() {
        return "/notifications?recipient=nobody";
    }

    @Override
    protected String readerRole() {
        return "admin";
    }
}
