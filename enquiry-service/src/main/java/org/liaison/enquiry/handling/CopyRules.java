package org.liaison.enquiry.handling;

import java.util.List;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-10: no blind copies, ever. A reply copied to other members tells the original member so. Casework
 * about a single constituent is not copied without the original member's consent; {@code doNotCopy}
 * forbids copying altogether; matters of general ward interest may be copied to other members.
 */
public final class CopyRules {

    private CopyRules() {
    }

    public static void check(Enquiry enquiry, List<String> copyTo, boolean originalMemberConsented, List<String> bcc) {
        if (bcc != null) {
            throw new ProtocolRuleViolation("ENQ-10", "Blind copies are never sent. Name anyone who should see the reply "
                    + "in copyTo, and the councillor will be told who received it.");
        }
        if (copyTo.isEmpty()) {
            return;
        }
        if (enquiry.doNotCopy) {
            throw new ProtocolRuleViolation("ENQ-10", "The councillor asked that this enquiry is not copied to anyone "
                    + "(doNotCopy); send the reply to them alone.");
        }
        if (enquiry.category == Enquiry.Category.CASEWORK && !originalMemberConsented) {
            throw new ProtocolRuleViolation("ENQ-10", "Casework about a constituent is copied to other members only with "
                    + "the original member's consent; ask them, then set originalMemberConsented.");
        }
    }
}
