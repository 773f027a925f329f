package org.liaison.enquiry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One access to the body of constituent-confidential casework: who, as what, when, through which operation, which body. */
@Entity
@Table(name = "casework_audit")
public class CaseworkAuditEntry extends PanacheEntityBase {

    public enum Action { READ, ERASED_BY_RETENTION }

    /** Which text of the enquiry. */
    /**
     * Which text: the enquiry's, the reply's, or a declined request's (the decline's explanation, the councillor's
     * grounds for disputing it, the decision's explanation and what those consulted advised).
     */
    public enum Body { ENQUIRY, REPLY, DECLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "enquiry_id")
    public UUID enquiryId;
    @Column(name = "enquiry_reference")
    public String enquiryReference;
    @Enumerated(EnumType.STRING)
    public Action action;
    public Instant at;
    /** The token's subject, or "system" for the retention job. */
    @Column(name = "by_subject")
    public String bySubject;
    /** Why the caller was let see the body: the role and relation that {@code EnquiryAccess.mayReadBody} accepted. */
    @Column(name = "allowed_as")
    public String allowedAs;
    public String operation;
    /** Comma-separated {@link Body} names. */
    public String bodies;
}
