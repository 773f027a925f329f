package org.liaison.directory;

import jakarta.inject.Singleton;
import org.liaison.embedded.quarkus.MovableClock;

/**
 * Replaces the default clock in this module's tests: the service reads the suite's "now" (its roles "held today",
 * its timestamps), not the machine's, and a test can move time instead of waiting.
 */
@Singleton
public class TestClock extends MovableClock {
}
