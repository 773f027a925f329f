package org.liaison.directory.officer;

import org.liaison.directory.audit.DirectoryAudit;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.directory.person.OnePersonOneSide;
import org.liaison.directory.person.PersonalDetails;
import org.liaison.directory.servicearea.ServiceAreaContacts;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@ApplicationScoped
public class OfficerService {

    private final Outbox outbox;
    private final DirectoryAudit audit;
    private final Clock clock;
    private final SecurityIdentity identity;

    OfficerService(Outbox outbox, DirectoryAudit audit, Clock clock, SecurityIdentity identity) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.identity = identity;
    }

    @Transactional
    public OfficerResponse create(OfficerRequest request) {
        validate(null, request);
        if (Officer.count("lower(email) = ?1", request.email().toLowerCase(Locale.ROOT)) > 0) {
            throw ProblemException.conflict(null, "email", "An officer with email " + request.email() + " already exists.");
        }
        OnePersonOneSide.requireNotACouncillor(request.email());
        Officer officer = new Officer();
        officer.id = UUID.randomUUID();
        officer.createdAt = clock.instant();
        apply(officer, request);
        return view(officer);
    }

    @Transactional
    public OfficerResponse update(UUID id, OfficerRequest request) {
        Officer officer = find(id);
        validate(id, request);
        if (Officer.count("lower(email) = ?1 and id <> ?2", request.email().toLowerCase(Locale.ROOT), id) > 0) {
            throw ProblemException.conflict(null, "email", "Another officer already uses " + request.email() + ".");
        }
        OnePersonOneSide.requireNotACouncillor(request.email());
        if (officer.active() && request.status() == Officer.Status.INACTIVE) {
            ServiceAreaContacts.requireNoServiceAreaDependsOn(officer);
        }
        apply(officer, request);
        return view(officer);
    }

    /** Creates or updates by email (the CSV import's match); true if anything changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(OfficerRequest request) {
        Officer existing = Officer.find("lower(email) = ?1", request.email().toLowerCase(Locale.ROOT)).firstResult();
        if (existing == null) {
            create(request);
            return true;
        }
        Officer candidate = new Officer();
        candidate.id = existing.id;
        fill(candidate, request);
        if (Objects.equals(candidate.toRecord(), existing.toRecord()) && Objects.equals(candidate.phone, existing.phone)) {
            return false;
        }
        update(existing.id, request);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficerResponse get(UUID id) {
        return view(find(id));
    }

    /** DIR-4: politically restricted posts can be listed with {@code politicallyRestricted=true}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OfficerResponse> search(OfficerSearch search, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (search.serviceArea() != null) {
            where.add(":area member of o.serviceAreaCodes");
            params.and("area", search.serviceArea());
        }
        if (search.seniority() != null) {
            where.add("o.seniority = :seniority");
            params.and("seniority", search.seniority());
        }
        if (search.politicallyRestricted() != null) {
            where.add("o.politicallyRestricted = :restricted");
            params.and("restricted", search.politicallyRestricted());
        }
        String query = "from Officer o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by o.displayName, o.id";
        var found = Officer.<Officer>find(query, params).page(page.toPanache());
        boolean routesWork = PersonalDetails.routesWork(identity);
        return new Page<>(found.list(), page.page, page.size, found.count()).map(o -> view(o, routesWork));
    }

    public static Officer find(UUID id) {
        Officer officer = Officer.findById(id);
        if (officer == null) {
            throw ProblemException.notFound("There is no officer with id " + id + ".");
        }
        return officer;
    }

    private void apply(Officer officer, OfficerRequest request) {
        Object before = officer.isPersistent() ? officer.toRecord() : null;
        fill(officer, request);
        officer.updatedAt = clock.instant();
        officer.persist();
        outbox.publish(Topic.DIRECTORY_OFFICERS, officer.id.toString(), EventType.OFFICER_STATE, officer.toRecord());
        audit.record("officer", officer.id.toString(), before, officer.toRecord());
    }

    private static void fill(Officer officer, OfficerRequest request) {
        OfficerRequest.WorkingHours hours = request.workingHours() == null ? OfficerRequest.WorkingHours.OFFICE : request.workingHours();
        officer.displayName = request.displayName().strip();
        officer.email = request.email().strip();
        officer.phone = request.phone();
        officer.jobTitle = request.jobTitle().strip();
        officer.seniority = request.seniority();
        officer.statutoryRoles = new TreeSet<>(request.statutoryRoles());
        officer.serviceAreaCodes = new TreeSet<>(request.serviceAreaCodes());
        officer.lineManagerId = request.lineManagerId();
        officer.politicallyRestricted = Boolean.TRUE.equals(request.politicallyRestricted());
        officer.workDays = hours.days().stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
        officer.workStart = hours.start();
        officer.workEnd = hours.end();
        officer.absences = new ArrayList<>(request.absences().stream().map(a -> {
            Officer.Absence absence = new Officer.Absence();
            absence.fromDate = a.from();
            absence.toDate = a.to();
            return absence;
        }).toList());
        officer.status = request.status() == null ? Officer.Status.ACTIVE : request.status();
    }

    private static void validate(UUID self, OfficerRequest request) {
        List<Problem.FieldError> malformed = new ArrayList<>();
        if (request.workingHours() != null && request.workingHours().start() != null && request.workingHours().end() != null
                && !request.workingHours().end().isAfter(request.workingHours().start())) {
            malformed.add(new Problem.FieldError("workingHours.end", "must be after workingHours.start"));
        }
        for (int i = 0; i < request.absences().size(); i++) {
            OfficerRequest.AbsenceRequest absence = request.absences().get(i);
            if (absence.to().isBefore(absence.from())) {
                malformed.add(new Problem.FieldError("absences[" + i + "].to", "must not be before absences[" + i + "].from"));
            }
        }
        if (self != null && self.equals(request.lineManagerId())) {
            malformed.add(new Problem.FieldError("lineManagerId", "an officer cannot be their own line manager"));
        }
        if (!malformed.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Bad Request", 400,
                    "The officer is not valid: " + malformed.get(0).field() + " " + malformed.get(0).message(), null, malformed));
        }
        if (request.lineManagerId() != null && Officer.findById(request.lineManagerId()) == null) {
            throw new ProblemException(Problem.unprocessable("The line manager must be an officer in the directory.",
                    List.of(new Problem.FieldError("lineManagerId", "no officer has id " + request.lineManagerId()))));
        }
    }

    private OfficerResponse view(Officer officer) {
        return view(officer, PersonalDetails.routesWork(identity));
    }

    private OfficerResponse view(Officer officer, boolean readerRoutesWork) {
        return OfficerResponse.of(officer, PersonalDetails.mayRead(identity, officer.id),
                PersonalDetails.mayReadAbsences(identity, readerRoutesWork, officer.id));
    }
}
