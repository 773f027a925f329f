package org.liaison.directory.servicearea;

import org.liaison.directory.audit.DirectoryAudit;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@ApplicationScoped
public class ServiceAreaService {

    private final Outbox outbox;
    private final DirectoryAudit audit;

    ServiceAreaService(Outbox outbox, DirectoryAudit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public ServiceArea create(ServiceAreaRequest request) {
        if (ServiceArea.findById(request.code()) != null) {
            throw ProblemException.conflict(null, "Service area " + request.code() + " already exists.");
        }
        ServiceArea area = new ServiceArea();
        area.code = request.code();
        apply(area, request);
        return area;
    }

    @Transactional
    public ServiceArea update(String code, ServiceAreaRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.badRequest("code", "must match the service area in the path (" + code + ")");
        }
        ServiceArea area = get(code);
        apply(area, request);
        return area;
    }

    /** Creates or updates by code; true if anything changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(ServiceAreaRequest request) {
        ServiceArea area = ServiceArea.findById(request.code());
        if (area == null) {
            create(request);
            return true;
        }
        if (Objects.equals(area.name, request.name().strip()) && Objects.equals(area.keyContactOfficerId, request.keyContactOfficerId())
                && Objects.equals(area.headOfServiceId, request.headOfServiceId()) && Objects.equals(area.directorId, request.directorId())) {
            return false;
        }
        apply(area, request);
        return true;
    }

    private void apply(ServiceArea area, ServiceAreaRequest request) {
        ServiceAreaContacts.requireComplete(request);
        Object before = area.isPersistent() ? area.toRecord() : null;
        area.name = request.name().strip();
        area.keyContactOfficerId = request.keyContactOfficerId();
        area.headOfServiceId = request.headOfServiceId();
        area.directorId = request.directorId();
        area.persist();
        outbox.publish(Topic.DIRECTORY_SERVICE_AREAS, area.code, EventType.SERVICE_AREA_STATE, area.toRecord());
        audit.record("service-area", area.code, before, area.toRecord());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ServiceArea get(String code) {
        ServiceArea area = ServiceArea.findById(code);
        if (area == null) {
            throw ProblemException.notFound("There is no service area with code " + code + ".");
        }
        return area;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ServiceArea> list(PageRequest page) {
        var query = ServiceArea.<ServiceArea>findAll(Sort.by("code")).page(page.toPanache());
        return new Page<>(query.list(), page.page, page.size, query.count());
    }
}
