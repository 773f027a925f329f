package org.liaison.media.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A committee as directory-service last published it on {@code directory.committees}: its kind decides whether its
 * chair may be quoted (MR-1, MR-2; council profile media.quotable-committee-chairs).
 */
@Entity
@Table(name = "committee_replica")
public class CommitteeReplica extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    /** CABINET, SCRUTINY, REGULATORY, STANDARDS or OTHER. */
    public String kind;
}
