package org.liaison.infrastructure.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now". Tests replace it to move time instead of sleeping. */
@Singleton
public class ClockProducer {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
