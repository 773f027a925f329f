package org.liaison.enquiry.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The council profile's enquiry policy (docs/council-profiles.md): who may be named (P2), the holding-reply cap (P13). */
@ConfigMapping(prefix = "liaison.enquiry")
public interface EnquiryPolicy {

    DirectApproach directApproach();

    HoldingReply holdingReply();

    /** P2, ENQ-5: the lowest officer a councillor may name, and when a more junior one may be named anyway. */
    interface DirectApproach {
        /** An officer seniority (CHIEF_EXECUTIVE ... OFFICER). */
        @WithDefault("SERVICE_MANAGER")
        String lowestSeniority();

        /** OFFICER_HANDLES_AN_OPEN_ENQUIRY lets a junior officer who already handles an open enquiry of the councillor be named. */
        @WithDefault("OFFICER_HANDLES_AN_OPEN_ENQUIRY")
        List<String> exceptions();

        default boolean openEnquiryException() {
            return exceptions().contains("OFFICER_HANDLES_AN_OPEN_ENQUIRY");
        }
    }

    /** P13, ENQ-7. */
    interface HoldingReply {
        /** How many working days after the old due date a holding reply's new target date may be. */
        @WithDefault("20")
        int maxExtraWorkingDays();
    }
}
