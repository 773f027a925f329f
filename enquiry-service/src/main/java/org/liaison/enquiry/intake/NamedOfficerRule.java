package org.liaison.enquiry.intake;

import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-5: councillors go to key contacts or heads of service and above, not straight to junior staff. An
 * enquiry may name an officer below SERVICE_MANAGER only when that officer already handles an open enquiry
 * of the same councillor.
 */
public final class NamedOfficerRule {

    private NamedOfficerRule() {
    }

    public static void check(OfficerReplica named, boolean alreadyHandlesAnOpenEnquiryOfTheCouncillor) {
        if (!named.atLeast("SERVICE_MANAGER") && !alreadyHandlesAnOpenEnquiryOfTheCouncillor) {
            throw new ProtocolRuleViolation("ENQ-5", named.displayName + " is not a key contact or senior officer. Under "
                    + "the protocol, councillors raise enquiries with key contacts or heads of service and above; leave the "
                    + "officer out and the enquiry is routed to the service area's key contact.");
        }
    }
}
