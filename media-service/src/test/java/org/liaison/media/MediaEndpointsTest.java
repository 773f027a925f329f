package org.liaison.media;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.ServiceEndpointsContract;

@QuarkusTest
class MediaEndpointsTest extends ServiceEndpointsContract {
}
