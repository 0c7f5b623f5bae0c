package id.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay modules: no cycles, no reaching into another module's internals; their documentation in docs/. */
class ModularityTests {

    /** Tests may use any module; only production code is checked (wherever the build directory is). */
    static final ApplicationModules modules = ApplicationModules.of(CapaianApplication.class,
            DescribedPredicate.describe("test classes", (JavaClass c) -> c.getSource()
                    .map(s -> s.getUri().toString().contains("/test-classes/")).orElse(false)));

    @Test
    void verifiesModularStructure() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "organisation", "identity", "audit");
    }

    @Test
    void writesDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
