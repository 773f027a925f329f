package org.liaison.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.liaison.embedded.quarkus.ServiceEndpointsContract;

@QuarkusTest
class DirectoryEndpointsTest extends ServiceEndpointsContract {
}
