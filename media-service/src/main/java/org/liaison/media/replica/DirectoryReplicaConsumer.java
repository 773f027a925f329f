package org.liaison.media.replica;

import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.events.directory.CommitteeRecord;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.OfficerRecord;
import org.liaison.events.directory.PoliticalGroupRecord;
import org.liaison.events.directory.WardRecord;
import org.liaison.infrastructure.inbox.StateReplica;
import org.liaison.infrastructure.inbox.TransientFailureRetry;

/** Keeps what the media rules need from the compacted directory topics; a tombstone removes the record. */
@ApplicationScoped
public class DirectoryReplicaConsumer {

    static final String COUNCILLORS = "directory-councillors";
    static final String GROUPS = "directory-groups";
    static final String WARDS = "directory-wards";
    static final String OFFICERS = "directory-officers";
    static final String COMMITTEES = "directory-committees";

    private final StateReplica replica;

    DirectoryReplicaConsumer(StateReplica replica) {
        this.replica = replica;
    }

    @Incoming(COUNCILLORS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onCouncillor(ConsumerRecord<String, String> record) {
        replica.apply(COUNCILLORS, record, CouncillorRecord.class, c -> {
            CouncillorReplica copy = CouncillorReplica.<CouncillorReplica>findByIdOptional(c.id()).orElseGet(CouncillorReplica::new);
            copy.id = c.id();
            copy.displayName = c.displayName();
            copy.email = c.email();
            copy.groupCode = c.groupCode();
            copy.status = c.status();
            copy.roles = new ArrayList<>(c.roles().stream()
                    .map(r -> new CouncillorReplica.Role(r.role(), r.committeeCode(), r.from(), r.to())).toList());
            copy.wardCodes = new ArrayList<>(c.wardCodes());
            copy.persist();
        }, key -> CouncillorReplica.deleteById(key));
    }

    @Incoming(GROUPS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onGroup(ConsumerRecord<String, String> record) {
        replica.apply(GROUPS, record, PoliticalGroupRecord.class, g -> {
            GroupReplica copy = GroupReplica.<GroupReplica>findByIdOptional(g.code()).orElseGet(GroupReplica::new);
            copy.code = g.code();
            copy.name = g.name();
            copy.leaderId = g.leaderId();
            copy.persist();
        }, key -> GroupReplica.deleteById(key));
    }

    @Incoming(WARDS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onWard(ConsumerRecord<String, String> record) {
        replica.apply(WARDS, record, WardRecord.class, w -> {
            WardReplica copy = WardReplica.<WardReplica>findByIdOptional(w.code()).orElseGet(WardReplica::new);
            copy.code = w.code();
            copy.name = w.name();
            copy.persist();
        }, key -> WardReplica.deleteById(key));
    }

    @Incoming(OFFICERS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onOfficer(ConsumerRecord<String, String> record) {
        replica.apply(OFFICERS, record, OfficerRecord.class, o -> {
            OfficerReplica copy = OfficerReplica.<OfficerReplica>findByIdOptional(o.id()).orElseGet(OfficerReplica::new);
            copy.id = o.id();
            copy.email = o.email();
            copy.status = o.status();
            copy.persist();
        }, key -> OfficerReplica.deleteById(key));
    }

    /** Committees and their kinds (MR-1, MR-2: whose chairs may be quoted); a tombstone removes the committee. */
    @Incoming(COMMITTEES)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onCommittee(ConsumerRecord<String, String> record) {
        replica.apply(COMMITTEES, record, CommitteeRecord.class, c -> {
            CommitteeReplica copy = CommitteeReplica.<CommitteeReplica>findByIdOptional(c.code()).orElseGet(CommitteeReplica::new);
            copy.code = c.code();
            copy.name = c.name();
            copy.kind = c.kind();
            copy.persist();
        }, key -> CommitteeReplica.deleteById(key));
    }
}
