package org.liaison.media.release;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.media.rules.RuleReport;

/** One step of a release's workflow, kept for good: who, in which role, when, from, to, why, and the rule report then. */
@Entity
@Table(name = "release_transition")
public class ReleaseTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "release_id")
    public UUID releaseId;

    public Instant at;

    public String actor;

    public String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MediaRelease.Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public MediaRelease.Status toStatus;

    public String why;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rule_report")
    public RuleReport ruleReport;
}
