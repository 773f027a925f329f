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
import org.liaison.infrastructure.council.CouncilSettings;

/**
 * The one source of "now", in the council's zone ({@code liaison.council.zone}). Unit and Quarkus tests replace it to
 * move time instead of sleeping; system tests of the packaged suite set {@code liaison.clock.offset-file} so that all
 * services move together ({@link OffsetFileClock}). Production leaves that unset and gets the system clock.
 */
@Singleton
public class ClockProducer {

    /**
     * @deprecated the council's zone is {@link CouncilSettings#zone()}; this constant remains only for media-service's
     *     last uses, which move to the council's zone with it.
     */
    @Deprecated
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "liaison.clock.offset-file") Optional<Path> offsetFile, CouncilSettings council) {
        if (offsetFile.isPresent()) {
            LOG.warnf("TEST/DEMO ONLY: this service's clock is offset by the duration in %s", offsetFile.get());
            return new OffsetFileClock(offsetFile.get(), council.zone());
        }
        return Clock.system(council.zone());
    }
}
