package org.liaison.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time is stated: no test derives an expectation from the machine's date, and nothing in a test waits for time. Test
 * code of every module, and the test support of embedded-infrastructure, reads "now" only through
 * {@code org.liaison.embedded.SuiteClock} and waits for conditions (Awaitility), never with a sleep. Production code of the
 * services reads "now" only from the injected {@code Clock}, which {@code ClockProducer} makes.
 *
 * <p>The check reads the compiled classes of every module, so it runs after they are built (it is in system-tests, the
 * last module but the local run); a module whose classes are missing fails it rather than passing unseen.
 */
class MachineClockTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("liaison.repository", ".."));
    private static final List<String> TESTED_MODULES = List.of("service-infrastructure", "working-days", "directory-service",
            "enquiry-service", "ward-notify-service", "media-service", "web", "system-tests");
    private static final List<String> PRODUCTION_MODULES = List.of("event-contracts", "working-days", "service-infrastructure",
            "directory-service", "enquiry-service", "ward-notify-service", "media-service", "web");

    /** The one helper that owns the machine's clock in test code. */
    private static final String SUITE_CLOCK = "org.liaison.embedded.SuiteClock";
    /** The one place production code gets a clock, and the test/demo clock it may hand out instead. */
    private static final Set<String> PRODUCTION_CLOCKS = Set.of("org.liaison.infrastructure.time.ClockProducer",
            "org.liaison.infrastructure.time.OffsetFileClock");

    private static final Set<String> DATE_TYPES = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /**
     * {@code X.now()} and {@code X.now(zone)} read the machine's clock; {@code X.now(clock)} does not. Calls and method
     * references ({@code Instant::now}) alike.
     */
    static final DescribedPredicate<JavaAccess<?>> READS_THE_MACHINE_CLOCK = new DescribedPredicate<>("read the machine's clock") {
        @Override
        public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            List<String> parameters = parameters(access);
            return DATE_TYPES.contains(owner) && name.equals("now")
                            && (parameters.isEmpty() || parameters.equals(List.of(ZoneId.class.getName())))
                    || owner.equals("java.time.Clock") && (name.startsWith("system") || name.startsWith("tick")
                            && !parameters.contains("java.time.Clock"))
                    || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                    || owner.equals("java.util.Date") && name.equals("<init>") && parameters.isEmpty();
        }
    };

    /** Blocking a thread for a time, or asserting that nothing happens for a time (Awaitility's during/atLeast). */
    static final DescribedPredicate<JavaAccess<?>> WAITS_FOR_TIME = new DescribedPredicate<>("wait for time") {
        @Override
        public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return name.equals("sleep") && (owner.equals("java.lang.Thread") || owner.equals("java.util.concurrent.TimeUnit"))
                    || owner.equals("java.lang.Object") && name.equals("wait") && !parameters(access).isEmpty()
                    || owner.equals("java.util.concurrent.locks.LockSupport") && name.startsWith("park")
                            && !parameters(access).equals(List.of()) && !parameters(access).equals(List.of(Object.class.getName()))
                    || owner.equals("org.awaitility.core.ConditionFactory") && (name.equals("during") || name.equals("atLeast"));
        }
    };

    private static List<String> parameters(JavaAccess<?> access) {
        return access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget codeUnit
                ? codeUnit.getRawParameterTypes().stream().map(JavaClass::getName).toList()
                : List.of();
    }

    @Test
    void test_code_reads_the_machines_clock_only_through_the_suite_clock_and_never_sleeps() {
        List<Path> locations = new ArrayList<>();
        TESTED_MODULES.forEach(module -> locations.add(built(module, "target/test-classes")));
        locations.add(built("embedded-infrastructure", "target/classes"));
        JavaClasses testCode = imported(locations);

        // tokens carry real issue and expiry times, but the OIDC server (its own process) sets them, not test code
        noClasses().that().doNotHaveFullyQualifiedName(SUITE_CLOCK)
                .should(ArchConditions.accessTargetWhere(READS_THE_MACHINE_CLOCK))
                .because("a test states its \"now\" through SuiteClock (-Dliaison.test.now), so it passes on any day")
                .check(testCode);
        noClasses().should(ArchConditions.accessTargetWhere(WAITS_FOR_TIME))
                .because("tests wait for a condition (Awaitility), never for time")
                .check(testCode);
    }

    @Test
    void the_services_read_now_only_from_the_injected_clock() {
        List<Path> locations = PRODUCTION_MODULES.stream().map(module -> built(module, "target/classes")).toList();
        JavaClasses production = imported(locations);

        noClasses().that(DescribedPredicate.describe("are not the clock's producer",
                        (JavaClass c) -> !PRODUCTION_CLOCKS.contains(c.getName())))
                .should(ArchConditions.accessTargetWhere(READS_THE_MACHINE_CLOCK))
                .because("tests move a service's time through its Clock bean")
                .check(production);
        noClasses().should(ArchConditions.accessTargetWhere(WAITS_FOR_TIME))
                .because("a service waits through its scheduler or fault tolerance's backoff, never by blocking a thread")
                .check(production);
    }

    @Test
    void the_check_finds_a_read_of_the_machines_clock_and_a_sleep(@TempDir Path compiled) throws Exception {
        // the example is kept as text and compiled here, so that no class of the build really reads the clock
        Path source = compiled.resolve("ReadsTheMachineClock.java");
        try (var text = MachineClockTest.class.getResourceAsStream("/machine-clock/ReadsTheMachineClock.java.txt")) {
            Files.write(source, text.readAllBytes());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", compiled.toString(), source.toString()));
        JavaClasses example = new ClassFileImporter().importPath(compiled);
        JavaClasses allowed = new ClassFileImporter().importClasses(ReadsTheSuiteClock.class);
        ArchRule clock = noClasses().should(ArchConditions.accessTargetWhere(READS_THE_MACHINE_CLOCK));
        ArchRule sleep = noClasses().should(ArchConditions.accessTargetWhere(WAITS_FOR_TIME));

        EvaluationResult clockResult = clock.evaluate(example);
        assertEquals(5, clockResult.getFailureReport().getDetails().size(), String.join("\n", clockResult.getFailureReport().getDetails()));
        assertTrue(sleep.evaluate(example).hasViolation());
        assertFalse(clock.evaluate(allowed).hasViolation());
        assertFalse(sleep.evaluate(allowed).hasViolation());
    }

    /** The classes at every location, failing if any location holds none (a check of nothing cannot fail). */
    private static JavaClasses imported(List<Path> locations) {
        for (Path location : locations) {
            assertFalse(new ClassFileImporter().importPath(location).isEmpty(), "no classes in " + location);
        }
        return new ClassFileImporter().importPaths(locations);
    }

    private static Path built(String module, String classes) {
        Path path = REPOSITORY.resolve(module).resolve(classes);
        assertTrue(Files.isDirectory(path), path + " is missing: build the whole project (./mvnw -B verify) before this check");
        return path;
    }

    /** What the check must let pass: a reading of a given clock. */
    @SuppressWarnings("unused")
    static final class ReadsTheSuiteClock {
        Object readings(java.time.Clock clock) {
            return List.of(Instant.now(clock), java.time.LocalDate.now(clock));
        }
    }
}
