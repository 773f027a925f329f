package org.liaison.enquiry;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.ServiceEndpointsContract;

@QuarkusTest
class EnquiryEndpointsTest extends ServiceEndpointsContract {
}
