package org.liaison.infrastructure.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one source of "now". Unit and Quarkus tests replace it to move time instead of sleeping; system tests
 * of the packaged suite set {@code liaison.clock.offset-file} so that all services move together
 * ({@link OffsetFileClock}). Production leaves that unset and gets the system clock.
 */
@Singleton
public class ClockProducer {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "liaison.clock.offset-file") Optional<Path> offsetFile) {
        if (offsetFile.isPresent()) {
            LOG.warnf("TEST/DEMO ONLY: this service's clock is offset by the duration in %s", offsetFile.get());
            return new OffsetFileClock(offsetFile.get(), LONDON);
        }
        return Clock.system(LONDON);
    }
}
