package org.liaison.enquiry.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.liaison.enquiry.access.EnquiryAccess;
import org.liaison.enquiry.intake.Enquiry;

/**
 * The casework audit trail (issue 11): every time a caller is handed the body of constituent-confidential casework
 * (the enquiry's text or the reply's), in the transaction of the read, with who they are, the role and relation that
 * let them see it, when, the operation and which body; and every erasure of a body under the retention period.
 * Enquiries that are not confidential casework get no row: their bodies are not restricted ({@link EnquiryAccess#mayReadBody}
 * shows them to every reader of the enquiry), so a record of who read them would say nothing the access rules do not.
 */
@ApplicationScoped
public class CaseworkAudit {

    private final Clock clock;
    private final SecurityIdentity identity;

    CaseworkAudit(Clock clock, SecurityIdentity identity) {
        this.clock = clock;
        this.identity = identity;
    }

    /** Records that the caller is being handed {@code bodies} of {@code enquiry} by {@code operation}, if it is confidential casework. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bodyRead(Enquiry enquiry, String operation, List<CaseworkAuditEntry.Body> bodies) {
        if (!EnquiryAccess.isConfidentialCasework(enquiry) || bodies.isEmpty()) {
            return;
        }
        write(enquiry, CaseworkAuditEntry.Action.READ, identity.getPrincipal().getName(),
                EnquiryAccess.bodyReadAllowedAs(identity, enquiry), operation, bodies);
    }

    /** Records that the retention job erased {@code bodies} of {@code enquiry} (any enquiry, confidential or not). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erasedByRetention(Enquiry enquiry, String retention, List<CaseworkAuditEntry.Body> bodies) {
        write(enquiry, CaseworkAuditEntry.Action.ERASED_BY_RETENTION, "system",
                "retention period " + retention, "CaseworkRetention", bodies);
    }

    private void write(Enquiry enquiry, CaseworkAuditEntry.Action action, String by, String allowedAs, String operation,
            List<CaseworkAuditEntry.Body> bodies) {
        CaseworkAuditEntry entry = new CaseworkAuditEntry();
        entry.enquiryId = enquiry.id;
        entry.enquiryReference = enquiry.reference;
        entry.action = action;
        entry.at = clock.instant();
        entry.bySubject = Enquiry.clip(by, 200);
        entry.allowedAs = Enquiry.clip(allowedAs, 100);
        entry.operation = operation;
        entry.bodies = String.join(",", bodies.stream().map(Enum::name).toList());
        entry.persist();
    }
}
