package org.liaison.enquiry.handling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** ENQ-10: the councillor's own consent to copying their casework enquiry's reply, as they last recorded it. */
@Entity
@Table(name = "enquiry_copy_consent")
public class CopyConsent extends PanacheEntityBase {

    @Id
    @Column(name = "enquiry_id")
    public UUID enquiryId;
    @Column(name = "any_councillor")
    public boolean anyCouncillor;
    /** Comma-separated councillor ids; empty when {@link #anyCouncillor} or when no one. */
    @Column(name = "councillor_ids")
    public String councillorIds;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    public List<String> councillors() {
        return councillorIds == null || councillorIds.isBlank() ? List.of()
                : List.copyOf(new LinkedHashSet<>(Arrays.asList(councillorIds.split(","))));
    }

    /** What {@link CopyRules} reads: the recorded consent, or none. */
    public static CopyRules.Consent of(UUID enquiryId) {
        CopyConsent consent = findById(enquiryId);
        return consent == null ? CopyRules.Consent.NONE
                : new CopyRules.Consent(consent.anyCouncillor, java.util.Set.copyOf(consent.councillors()), consent.recordedAt);
    }

    /** {@code GET|POST /enquiries/{id}/copy-consent}: what the councillor consented to, and when (null: never asked). */
    public record View(UUID enquiryId, boolean anyCouncillor, List<String> councillorIds, Instant recordedAt) {
        static View of(UUID enquiryId, CopyConsent consent) {
            return consent == null ? new View(enquiryId, false, List.of(), null)
                    : new View(enquiryId, consent.anyCouncillor, consent.councillors(), consent.recordedAt);
        }
    }
}
