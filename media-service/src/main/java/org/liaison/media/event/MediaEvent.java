package org.liaison.media.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.events.media.MediaEventArranged;

/** MR-11: a media event involving councillors, and everyone invited to it. */
@Entity
@Table(name = "media_event")
public class MediaEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;

    public Instant at;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "councillor_ids")
    public List<String> councillorIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<MediaEventArranged.Invitee> invited = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
