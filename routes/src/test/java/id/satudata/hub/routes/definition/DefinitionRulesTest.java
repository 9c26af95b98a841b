package id.satudata.hub.routes.definition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The loader is plain Java, so that it is unit-testable and the admin API can reuse it. */
@AnalyzeClasses(packages = "id.satudata.hub.routes.definition", importOptions = ImportOption.DoNotIncludeTests.class)
class DefinitionRulesTest {

    @ArchTest
    static final ArchRule noSpringOrCamel = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.camel..");
}
