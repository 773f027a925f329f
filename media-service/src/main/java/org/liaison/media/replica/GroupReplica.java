package org.liaison.media.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A political group as directory-service last published it (MR-3, MR-11, MR-12). */
@Entity
@Table(name = "group_replica")
public class GroupReplica extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Column(name = "leader_id")
    public String leaderId;
}
