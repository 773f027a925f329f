package org.liaison.media;

import jakarta.inject.Singleton;
import org.liaison.embedded.quarkus.MovableClock;

/** Replaces the default clock in this module's tests, so a test can move time instead of waiting. */
@Singleton
public class TestClock extends MovableClock {
}
