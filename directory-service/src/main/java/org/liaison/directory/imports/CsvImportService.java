package org.liaison.directory.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.liaison.infrastructure.rest.TextInput;
import org.apache.commons.csv.CSVRecord;
import org.liaison.directory.committee.CommitteeRequest;
import org.liaison.directory.committee.CommitteeService;
import org.liaison.directory.councillor.Councillor;
import org.liaison.directory.councillor.CouncillorRequest;
import org.liaison.directory.councillor.CouncillorRole;
import org.liaison.directory.councillor.CouncillorService;
import org.liaison.directory.group.GroupRequest;
import org.liaison.directory.group.GroupService;
import org.liaison.directory.officer.Officer;
import org.liaison.directory.officer.OfficerRequest;
import org.liaison.directory.officer.OfficerService;
import org.liaison.directory.servicearea.ServiceAreaRequest;
import org.liaison.directory.servicearea.ServiceAreaService;
import org.liaison.directory.ward.WardRequest;
import org.liaison.directory.ward.WardService;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;

/**
 * DIR-7: bulk import from CSV, all or nothing. Every row is read, checked and applied in one transaction;
 * if any row is wrong, the 422 lists every bad row (line, column, reason) and nothing is stored. Rows are
 * matched on code (wards, groups, committees, service areas) or email (people), so importing the same file
 * again changes nothing and publishes nothing.
 */
@ApplicationScoped
public class CsvImportService {

    /** Generous for a council (a few hundred people) and small enough to keep one transaction quick. */
    static final int MAX_ROWS = 5_000;

    public record ImportResult(String kind, int rows, int changed, int unchanged) {
    }

    private final Validator validator;
    private final WardService wards;
    private final GroupService groups;
    private final CouncillorService councillors;
    private final OfficerService officers;
    private final ServiceAreaService serviceAreas;
    private final CommitteeService committees;

    CsvImportService(Validator validator, WardService wards, GroupService groups, CouncillorService councillors,
            OfficerService officers, ServiceAreaService serviceAreas, CommitteeService committees) {
        this.validator = validator;
        this.wards = wards;
        this.groups = groups;
        this.councillors = councillors;
        this.officers = officers;
        this.serviceAreas = serviceAreas;
        this.committees = committees;
    }

    @Transactional
    public ImportResult importCsv(ImportKind kind, String csv) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<CSVRecord> records = parse(kind, csv);
        int changed = 0;
        for (CSVRecord record : records) {
            CsvRow row = new CsvRow(record, errors);
            int before = errors.size();
            Object request = read(kind, row);
            if (errors.size() > before) {
                continue;
            }
            for (ConstraintViolation<Object> violation : validator.validate(request)) {
                row.error(columnOf(violation.getPropertyPath().toString()), violation.getMessage());
            }
            if (errors.size() > before) {
                continue;
            }
            try {
                changed += apply(kind, request) ? 1 : 0;
            } catch (ProblemException e) {
                if (e.problem().errors().isEmpty()) {
                    row.error(null, e.problem().detail());
                } else {
                    e.problem().errors().forEach(error -> row.error(columnOf(error.field()), error.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Unprocessable Content", 422,
                    errors.size() + " problem(s) in the " + kind + " file; nothing was imported. Correct the rows listed and "
                            + "import the whole file again.", null, errors));
        }
        return new ImportResult(kind.toString(), records.size(), changed, records.size() - changed);
    }

    /** Every cell is single-line text without control characters, as a field of a JSON body is (docs/input-limits.md). */
    private static void refuseControlCharacters(List<String> columns, List<CSVRecord> records) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        for (CSVRecord record : records) {
            for (int i = 0; i < record.size() && errors.size() < 20; i++) {
                String column = i < columns.size() ? columns.get(i) : "column " + (i + 1);
                TextInput.refusal(record.get(i), TextInput.Shape.SINGLE_LINE).ifPresent(refusal -> errors.add(
                        new Problem.FieldError(column, refusal, (int) record.getRecordNumber() + 1)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Bad Request", 400,
                    "Some cells hold line breaks or control characters; every cell is one line of plain text.", null, errors));
        }
    }

    private static List<CSVRecord> parse(ImportKind kind, String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.badRequest("body", "is empty: send the CSV file, header row first");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.replace("\uFEFF", "")), format)) {
            List<String> unknown = parser.getHeaderNames().stream().filter(h -> !kind.columns().contains(h)).toList();
            if (!unknown.isEmpty()) {
                throw new ProblemException(Problem.unprocessable("Unknown column(s) " + unknown + " in a " + kind
                        + " file; the columns are " + kind.columns(), List.of(new Problem.FieldError(unknown.get(0),
                        "is not a column of a " + kind + " file", 1))));
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.size() > MAX_ROWS) {
                throw ProblemException.badRequest("body", "has " + records.size() + " rows; import at most " + MAX_ROWS + " at a time");
            }
            refuseControlCharacters(parser.getHeaderNames(), records);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.badRequest("body", "is not readable CSV: " + e.getMessage());
        }
    }

    private Object read(ImportKind kind, CsvRow row) {
        return switch (kind) {
            case WARDS -> new WardRequest(row.required("code"), row.required("name"));
            case GROUPS -> new GroupRequest(row.required("code"), row.required("name"), row.has("leaderEmail")
                    ? councillorByEmail(row, "leaderEmail") : currentLeader(row.text("code")));
            case COMMITTEES -> new CommitteeRequest(row.required("code"), row.required("name"),
                    row.enumValue("kind", org.liaison.directory.committee.Committee.Kind.class));
            case COUNCILLORS -> new CouncillorRequest(row.required("displayName"), row.required("email"), row.text("phone"),
                    row.text("groupCode"), row.list("wardCodes"), roles(row), row.date("termStart"), row.date("termEnd"),
                    row.enumValue("preferredContact", Councillor.PreferredContact.class),
                    row.enumValue("status", Councillor.Status.class));
            case OFFICERS -> new OfficerRequest(row.required("displayName"), row.required("email"), row.text("phone"),
                    row.required("jobTitle"), row.enumValue("seniority", Officer.Seniority.class),
                    row.enumList("statutoryRoles", Officer.StatutoryRole.class), row.list("serviceAreaCodes"),
                    officerByEmail(row, "lineManagerEmail"), row.bool("politicallyRestricted"), workingHours(row),
                    absences(row), row.enumValue("status", Officer.Status.class));
            case SERVICE_AREAS -> new ServiceAreaRequest(row.required("code"), row.required("name"),
                    officerByEmail(row, "keyContactEmail"), officerByEmail(row, "headOfServiceEmail"),
                    officerByEmail(row, "directorEmail"));
        };
    }

    private boolean apply(ImportKind kind, Object request) {
        return switch (kind) {
            case WARDS -> wards.upsert((WardRequest) request);
            case GROUPS -> groups.upsert((GroupRequest) request);
            case COMMITTEES -> committees.upsert((CommitteeRequest) request);
            case COUNCILLORS -> councillors.upsert((CouncillorRequest) request);
            case OFFICERS -> officers.upsert((OfficerRequest) request);
            case SERVICE_AREAS -> serviceAreas.upsert((ServiceAreaRequest) request);
        };
    }

    /** {@code ROLE|committeeCode|portfolio|from|to}, several separated by {@code ;}. */
    private static List<CouncillorRequest.RoleRequest> roles(CsvRow row) {
        List<CouncillorRequest.RoleRequest> roles = new ArrayList<>();
        for (String item : row.list("roles")) {
            String[] parts = item.split("\\|", -1);
            if (parts.length != 5) {
                row.error("roles", "'" + item + "' is not ROLE|committeeCode|portfolio|from|to");
                continue;
            }
            roles.add(new CouncillorRequest.RoleRequest(row.enumOf("roles", parts[0].strip(), CouncillorRole.Kind.class),
                    blankToNull(parts[1]), blankToNull(parts[2]),
                    row.parse("roles", blankToNull(parts[3]), java.time.LocalDate::parse, "a date such as 2026-05-14"),
                    row.parse("roles", blankToNull(parts[4]), java.time.LocalDate::parse, "a date such as 2026-05-14")));
        }
        return roles;
    }

    private static OfficerRequest.WorkingHours workingHours(CsvRow row) {
        if (row.text("workDays") == null && row.text("workStart") == null && row.text("workEnd") == null) {
            return null;
        }
        return new OfficerRequest.WorkingHours(row.days("workDays"), row.time("workStart"), row.time("workEnd"));
    }

    /** {@code from..to}, several separated by {@code ;}. */
    private static List<OfficerRequest.AbsenceRequest> absences(CsvRow row) {
        List<OfficerRequest.AbsenceRequest> absences = new ArrayList<>();
        for (String item : row.list("absences")) {
            String[] parts = item.split("\\.\\.", -1);
            if (parts.length != 2) {
                row.error("absences", "'" + item + "' is not from..to, e.g. 2026-11-20..2026-11-27");
                continue;
            }
            absences.add(new OfficerRequest.AbsenceRequest(
                    row.parse("absences", parts[0].strip(), java.time.LocalDate::parse, "a date such as 2026-11-20"),
                    row.parse("absences", parts[1].strip(), java.time.LocalDate::parse, "a date such as 2026-11-27")));
        }
        return absences;
    }

    private static UUID officerByEmail(CsvRow row, String column) {
        String email = row.text(column);
        if (email == null) {
            return null;
        }
        Officer officer = Officer.find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResult();
        if (officer == null) {
            row.error(column, "no officer has email " + email + " (import officers first)");
            return null;
        }
        return officer.id;
    }

    private static UUID currentLeader(String groupCode) {
        return groupCode == null ? null : org.liaison.directory.group.PoliticalGroup
                .<org.liaison.directory.group.PoliticalGroup>findByIdOptional(groupCode).map(g -> g.leaderId).orElse(null);
    }

    private static UUID councillorByEmail(CsvRow row, String column) {
        String email = row.text(column);
        if (email == null) {
            return null;
        }
        Councillor councillor = Councillor.find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResult();
        if (councillor == null) {
            row.error(column, "no councillor has email " + email + " (import councillors first)");
            return null;
        }
        return councillor.id;
    }

    /** Request fields map to CSV columns; ids found by email map back to their email column. */
    private static String columnOf(String field) {
        if (field == null) {
            return null;
        }
        String base = field.replaceAll("\\[\\d+]", "").replaceAll("\\..*", "");
        return switch (base) {
            case "keyContactOfficerId" -> "keyContactEmail";
            case "headOfServiceId" -> "headOfServiceEmail";
            case "directorId" -> "directorEmail";
            case "lineManagerId" -> "lineManagerEmail";
            case "leaderId" -> "leaderEmail";
            case "workingHours" -> field.contains("end") ? "workEnd" : field.contains("start") ? "workStart" : "workDays";
            default -> base;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
