package id.satudata.hub.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md: catalog depends on schemas only and never imports Camel. */
@AnalyzeClasses(packages = "id.satudata.hub.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule noCamel = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..");

    @ArchTest
    static final ArchRule noConnectorsOrRoutes = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("id.satudata.hub.connectors..", "id.satudata.hub.routes..");
}
