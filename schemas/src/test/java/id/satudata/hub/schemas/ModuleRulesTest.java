package id.satudata.hub.schemas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md: schemas is pure Java + Avro, depending on no other module and on neither Spring nor Camel. */
@AnalyzeClasses(packages = "id.satudata.hub.schemas", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule noSpringOrCamel = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.camel..");

    @ArchTest
    static final ArchRule noOtherHubModule = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "id.satudata.hub.catalog..", "id.satudata.hub.connectors..", "id.satudata.hub.routes..");
}
