package org.liaison.enquiry.chasing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** ENQ-8: how often the chaser runs, and the council profile's chase ladder (P13; Liaison's defaults 1, 2 and 5). */
@ConfigMapping(prefix = "liaison.chase")
public interface ChaseSettings {

    @WithDefault("15m")
    String every();

    @WithDefault("1")
    int reminderWorkingDaysBeforeDue();

    @WithDefault("2")
    int headOfServiceWorkingDaysAfterDue();

    @WithDefault("5")
    int directorWorkingDaysAfterDue();

    default ChaseLadder.Steps steps() {
        return new ChaseLadder.Steps(reminderWorkingDaysBeforeDue(), headOfServiceWorkingDaysAfterDue(),
                directorWorkingDaysAfterDue());
    }

}
