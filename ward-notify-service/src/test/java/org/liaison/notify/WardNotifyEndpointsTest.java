package org.liaison.notify;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.ServiceEndpointsContract;

@QuarkusTest
class WardNotifyEndpointsTest extends ServiceEndpointsContract {
}
