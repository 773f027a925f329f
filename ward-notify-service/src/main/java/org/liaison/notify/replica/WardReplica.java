package org.liaison.notify.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ward as directory-service last published it. */
@Entity
@Table(name = "ward_replica")
public class WardReplica extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
}
