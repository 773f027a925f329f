package org.liaison.enquiry;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.TokenRefusalContract;

@QuarkusTest
class EnquiryTokenRefusalTest extends TokenRefusalContract {

    @Override
    protected String readablePath() {
        return "/enquiries?size=1";
    }

    @Override
    protected String readerRole() {
        return "members-services";
    }
}
