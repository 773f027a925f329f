package org.liaison.enquiry.intake;

import java.util.Locale;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-5: councillors go to key contacts or senior officers, not straight to junior staff. An enquiry may name an
 * officer below the council profile's lowest seniority (liaison-default: SERVICE_MANAGER) only under one of the
 * profile's exceptions (P2): the officer already handles an open enquiry of the same councillor
 * (OFFICER_HANDLES_AN_OPEN_ENQUIRY); the enquiry is a routine service query (ROUTINE_SERVICE_QUERY, 003 B §3.9); or the
 * rule applies only to strategic or significant issues (applies-to STRATEGIC_OR_SIGNIFICANT_ISSUES, 000 §23.4) and the
 * enquiry is not one.
 */
public final class NamedOfficerRule {

    /** The profile's P2 settings as this rule needs them. */
    public record Policy(String lowestSeniority, boolean openEnquiryException, boolean routineServiceQueryException,
            boolean onlyStrategicOrSignificantIssues) {

        static Policy of(EnquiryPolicy.DirectApproach settings) {
            return new Policy(settings.lowestSeniority(), settings.openEnquiryException(),
                    settings.routineServiceQueryException(), settings.onlyStrategicOrSignificantIssues());
        }
    }

    private NamedOfficerRule() {
    }

    public static void check(OfficerReplica named, Enquiry.Significance significance,
            boolean alreadyHandlesAnOpenEnquiryOfTheCouncillor, EnquiryPolicy.DirectApproach settings) {
        check(named, significance, alreadyHandlesAnOpenEnquiryOfTheCouncillor, Policy.of(settings));
    }

    public static void check(OfficerReplica named, Enquiry.Significance significance,
            boolean alreadyHandlesAnOpenEnquiryOfTheCouncillor, Policy policy) {
        Enquiry.Significance kind = significance == null ? Enquiry.Significance.ORDINARY : significance;
        if (named.atLeast(policy.lowestSeniority())
                || policy.openEnquiryException() && alreadyHandlesAnOpenEnquiryOfTheCouncillor
                || policy.routineServiceQueryException() && kind == Enquiry.Significance.ROUTINE_SERVICE_QUERY
                || policy.onlyStrategicOrSignificantIssues() && kind != Enquiry.Significance.STRATEGIC_OR_SIGNIFICANT) {
            return;
        }
        String level = words(policy.lowestSeniority()) + " level or above";
        String why;
        if (policy.onlyStrategicOrSignificantIssues()) {
            why = "strategic or significant issues go to officers at " + level;
        } else if (policy.routineServiceQueryException()) {
            why = "councillors raise enquiries other than routine service queries (such as a missed bin or a pothole) "
                    + "with officers at " + level;
        } else {
            why = "councillors raise enquiries with officers at " + level;
        }
        throw new ProtocolRuleViolation("ENQ-5", named.displayName + " is not a key contact or senior officer. Under "
                + "the protocol, " + why + "; leave the officer out and the enquiry is routed to the service area's "
                + "key contact.");
    }

    private static String words(String seniority) {
        return seniority.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
