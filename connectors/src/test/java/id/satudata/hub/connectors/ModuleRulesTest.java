package id.satudata.hub.connectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md: connectors depend on schemas only and never import Spring. */
@AnalyzeClasses(packages = "id.satudata.hub.connectors", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule noSpring =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule noCatalogOrRoutes = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("id.satudata.hub.catalog..", "id.satudata.hub.routes..");
}
