package org.liaison.enquiry.replica;

import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.liaison.events.directory.ConflictRecord;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.OfficerRecord;
import org.liaison.events.directory.ServiceAreaRecord;
import org.liaison.infrastructure.inbox.StateReplica;
import org.liaison.infrastructure.inbox.TransientFailureRetry;

/** Keeps what routing needs from the directory, so enquiries are routed while directory-service is down. */
@ApplicationScoped
public class DirectoryReplicaConsumer {

    private final StateReplica replica;

    DirectoryReplicaConsumer(StateReplica replica) {
        this.replica = replica;
    }

    @Incoming("directory-councillors")
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onCouncillor(ConsumerRecord<String, String> record) {
        replica.apply("directory-councillors", record, CouncillorRecord.class, c -> {
            CouncillorReplica copy = CouncillorReplica.<CouncillorReplica>findByIdOptional(c.id()).orElseGet(CouncillorReplica::new);
            copy.id = c.id();
            copy.displayName = c.displayName();
            copy.email = c.email();
            copy.status = c.status();
            copy.wardCodes = new java.util.TreeSet<>(c.wardCodes());
            copy.persist();
        }, key -> CouncillorReplica.deleteById(key));
    }

    @Incoming("directory-officers")
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onOfficer(ConsumerRecord<String, String> record) {
        replica.apply("directory-officers", record, OfficerRecord.class, o -> {
            OfficerReplica copy = OfficerReplica.<OfficerReplica>findByIdOptional(o.id()).orElseGet(OfficerReplica::new);
            copy.id = o.id();
            copy.displayName = o.displayName();
            copy.email = o.email();
            copy.seniority = o.seniority();
            copy.lineManagerId = o.lineManagerId();
            copy.statutoryRoles = new java.util.TreeSet<>(o.statutoryRoles());
            copy.status = o.status();
            copy.workDays = o.workingHours().days().stream().map(Enum::name).collect(Collectors.joining(","));
            copy.workStart = o.workingHours().start();
            copy.workEnd = o.workingHours().end();
            copy.absences = new ArrayList<>(o.absences().stream().map(a -> {
                OfficerReplica.Absence absence = new OfficerReplica.Absence();
                absence.fromDate = a.from();
                absence.toDate = a.to();
                return absence;
            }).toList());
            copy.persist();
        }, key -> OfficerReplica.deleteById(key));
    }

    @Incoming("directory-service-areas")
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onServiceArea(ConsumerRecord<String, String> record) {
        replica.apply("directory-service-areas", record, ServiceAreaRecord.class, a -> {
            ServiceAreaReplica copy = ServiceAreaReplica.<ServiceAreaReplica>findByIdOptional(a.code()).orElseGet(ServiceAreaReplica::new);
            copy.code = a.code();
            copy.name = a.name();
            copy.keyContactOfficerId = a.keyContactOfficerId();
            copy.headOfServiceId = a.headOfServiceId();
            copy.directorId = a.directorId();
            copy.persist();
        }, key -> ServiceAreaReplica.deleteById(key));
    }

    @Incoming("directory-conflicts")
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onConflict(ConsumerRecord<String, String> record) {
        replica.apply("directory-conflicts", record, ConflictRecord.class, c -> {
            ConflictReplica copy = ConflictReplica.<ConflictReplica>findByIdOptional(c.id()).orElseGet(ConflictReplica::new);
            copy.id = c.id();
            copy.councillorId = c.councillorId();
            copy.officerId = c.officerId();
            copy.persist();
        }, key -> ConflictReplica.deleteById(key));
    }
}
