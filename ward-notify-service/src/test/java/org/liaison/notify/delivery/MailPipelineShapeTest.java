package org.liaison.notify.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One mail pipeline: {@code delivery} claims, sends, backs off and records, and knows nothing of what the emails are
 * about; each area brings its own {@link MailComposer}.
 */
class MailPipelineShapeTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.liaison.notify");

    @Test
    void delivery_does_not_depend_on_any_area() {
        noClasses().that().resideInAPackage("org.liaison.notify.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("org.liaison.notify.matter..",
                        "org.liaison.notify.enquiry..", "org.liaison.notify.media..")
                .check(SERVICE);
    }

    @Test
    void each_area_composes_its_own_mail() {
        classes().that().implement(MailComposer.class).should().resideInAnyPackage("org.liaison.notify.delivery",
                "org.liaison.notify.matter", "org.liaison.notify.enquiry").check(SERVICE);
    }
}
