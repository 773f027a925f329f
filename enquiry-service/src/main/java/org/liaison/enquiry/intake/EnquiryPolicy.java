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

        /**
         * OFFICER_HANDLES_AN_OPEN_ENQUIRY lets a junior officer who already handles an open enquiry of the councillor be
         * named; ROUTINE_SERVICE_QUERY lets a routine service query name one.
         */
        @WithDefault("OFFICER_HANDLES_AN_OPEN_ENQUIRY")
        List<String> exceptions();

        /** EVERY_ENQUIRY, or STRATEGIC_OR_SIGNIFICANT_ISSUES: only such issues must go to the lowest seniority or above. */
        @WithDefault("EVERY_ENQUIRY")
        String appliesTo();

        default boolean openEnquiryException() {
            return exceptions().contains("OFFICER_HANDLES_AN_OPEN_ENQUIRY");
        }

        default boolean routineServiceQueryException() {
            return exceptions().contains("ROUTINE_SERVICE_QUERY");
        }

        default boolean onlyStrategicOrSignificantIssues() {
            return "STRATEGIC_OR_SIGNIFICANT_ISSUES".equals(appliesTo());
        }
    }

    /** P13, ENQ-7. */
    interface HoldingReply {
        /** How many working days after the old due date a holding reply's new target date may be. */
        @WithDefault("20")
        int maxExtraWorkingDays();
    }
}
