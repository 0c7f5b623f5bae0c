package id.capaian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** The application's resource URL lookup uses the quick matcher and still finds the unversioned webjar links. */
@IntegrationTest
class ResourceLinksIntegrationTests {

    @Autowired ResourceUrlProvider resources;

    @Test
    void pageLinksAreRefusedAtOnceAndResourcesStillResolve() {
        assertThat(resources.getPathMatcher()).isInstanceOf(ResourceLinkMatcher.class);
        assertThat(resources.getForLookupPath("/agencies/1/plans/2/realisations")).isNull();
        assertThat(resources.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css")).isNotNull();
        assertThat(resources.getForLookupPath("/assets/css/capaian.css")).isEqualTo("/assets/css/capaian.css");
    }
}
