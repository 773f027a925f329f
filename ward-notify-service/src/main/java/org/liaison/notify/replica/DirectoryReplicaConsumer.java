package org.liaison.notify.replica;

import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.OfficerRecord;
import org.liaison.events.directory.WardRecord;
import org.liaison.infrastructure.inbox.StateReplica;
import org.liaison.infrastructure.inbox.TransientFailureRetry;
import org.liaison.notify.matter.MatterService;

/**
 * Keeps the local replica of wards, councillors and officers from the compacted directory topics: each record is
 * the full current state, a tombstone removes it. Redelivered events are skipped by event id.
 */
@ApplicationScoped
public class DirectoryReplicaConsumer {

    static final String WARDS = "directory-wards";
    static final String COUNCILLORS = "directory-councillors";
    static final String OFFICERS = "directory-officers";

    private final StateReplica replica;
    private final MatterService matters;

    DirectoryReplicaConsumer(StateReplica replica, MatterService matters) {
        this.replica = replica;
        this.matters = matters;
    }

    @Incoming(WARDS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onWard(ConsumerRecord<String, String> record) {
        replica.apply(WARDS, record, WardRecord.class, ward -> {
            WardReplica copy = WardReplica.<WardReplica>findByIdOptional(ward.code()).orElseGet(WardReplica::new);
            copy.code = ward.code();
            copy.name = ward.name();
            copy.persist();
        }, key -> WardReplica.deleteById(key));
    }

    @Incoming(COUNCILLORS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onCouncillor(ConsumerRecord<String, String> record) {
        replica.apply(COUNCILLORS, record, CouncillorRecord.class, councillor -> {
            CouncillorReplica copy = CouncillorReplica.<CouncillorReplica>findByIdOptional(councillor.id())
                    .orElseGet(CouncillorReplica::new);
            copy.id = councillor.id();
            copy.displayName = councillor.displayName();
            copy.email = councillor.email();
            copy.status = councillor.status();
            Set<String> joined = new HashSet<>(councillor.wardCodes());
            joined.removeAll(copy.wardCodes);
            copy.wardCodes = new HashSet<>(councillor.wardCodes());
            copy.persist();
            matters.tellOfComingMatters(copy, joined); // HUB-7
        }, key -> CouncillorReplica.deleteById(key));
    }

    @Incoming(OFFICERS)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onOfficer(ConsumerRecord<String, String> record) {
        replica.apply(OFFICERS, record, OfficerRecord.class, officer -> {
            OfficerReplica copy = OfficerReplica.<OfficerReplica>findByIdOptional(officer.id()).orElseGet(OfficerReplica::new);
            copy.id = officer.id();
            copy.displayName = officer.displayName();
            copy.email = officer.email();
            copy.status = officer.status();
            OfficerRecord.WorkingHours hours = officer.workingHours();
            copy.workDays = hours == null || hours.days() == null ? null
                    : String.join(",", hours.days().stream().map(Enum::name).toList());
            copy.workStart = hours == null ? null : hours.start();
            copy.workEnd = hours == null ? null : hours.end();
            copy.persist();
        }, key -> OfficerReplica.deleteById(key));
    }
}
