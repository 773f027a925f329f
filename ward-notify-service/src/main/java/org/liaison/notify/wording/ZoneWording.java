package org.liaison.notify.wording;

import io.quarkus.qute.TemplateExtension;
import java.time.ZonedDateTime;
import org.liaison.infrastructure.council.CouncilTime;

/**
 * What the emails call the council's time zone after a time ({@code {view.dueAt.zoneName}}: "UK time", "Eastern Time"),
 * from the zone the time is in, which the composers set to the council's ({@code liaison.council.zone}).
 */
@TemplateExtension
public final class ZoneWording {

    private ZoneWording() {
    }

    static String zoneName(ZonedDateTime at) {
        return CouncilTime.zoneName(at.getZone());
    }
}
