package org.liaison.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A system test on the shared packaged suite with the sample council loaded, free to move the suite's clock: time is
 * back to real when the class ends, so the next test class starts where it expects.
 */
abstract class MovingClockSuiteTest {

    static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
        suite.loadSampleCouncil();
    }

    @AfterAll
    static void realTimeAgain() {
        if (suite != null) {
            suite.resetClock();
        }
    }
}
