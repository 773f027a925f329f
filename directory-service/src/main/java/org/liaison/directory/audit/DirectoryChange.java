package org.liaison.directory.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a directory record: who made it, when, and the record before and after, as JSON. */
@Entity
@Table(name = "directory_change")
public class DirectoryChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;
    public String kind;
    @Column(name = "record_key")
    public String recordKey;
    /** Comma-separated names of the fields whose value changed. */
    @Column(name = "changed_fields")
    public String changedFields;
    @Column(name = "before_state")
    public String beforeState;
    @Column(name = "after_state")
    public String afterState;
}
