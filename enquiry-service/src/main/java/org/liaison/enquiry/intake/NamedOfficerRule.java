package org.liaison.enquiry.intake;

import java.util.Locale;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-5: councillors go to key contacts or senior officers, not straight to junior staff. An enquiry may name an
 * officer below the council profile's lowest seniority (liaison-default: SERVICE_MANAGER) only when that officer
 * already handles an open enquiry of the same councillor, and only if the profile lists that exception (P2).
 */
public final class NamedOfficerRule {

    private NamedOfficerRule() {
    }

    public static void check(OfficerReplica named, boolean alreadyHandlesAnOpenEnquiryOfTheCouncillor,
            EnquiryPolicy.DirectApproach policy) {
        check(named, alreadyHandlesAnOpenEnquiryOfTheCouncillor, policy.lowestSeniority(), policy.openEnquiryException());
    }

    public static void check(OfficerReplica named, boolean alreadyHandlesAnOpenEnquiryOfTheCouncillor, String lowestSeniority,
            boolean openEnquiryException) {
        if (named.atLeast(lowestSeniority) || openEnquiryException && alreadyHandlesAnOpenEnquiryOfTheCouncillor) {
            return;
        }
        throw new ProtocolRuleViolation("ENQ-5", named.displayName + " is not a key contact or senior officer. Under "
                + "the protocol, councillors raise enquiries with officers at " + words(lowestSeniority) + " level or "
                + "above; leave the officer out and the enquiry is routed to the service area's key contact.");
    }

    private static String words(String seniority) {
        return seniority.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
