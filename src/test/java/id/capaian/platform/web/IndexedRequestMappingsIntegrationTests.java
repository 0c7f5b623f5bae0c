package id.capaian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The indexed lookup finds, for every mapping of the application and some paths of none, what Spring finds. */
@IntegrationTest
class IndexedRequestMappingsIntegrationTests {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    @Test
    void everyMappingIsFoundAsSpringFindsIt() throws Exception {
        assertThat(mapping).isInstanceOf(IndexedRequestMappings.class);
        IndexedRequestMappings indexed = (IndexedRequestMappings) mapping;
        List<String[]> requests = new ArrayList<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            String path = pattern.replaceAll("\\{\\*[^}]+}", "a/b").replace("**", "a/b").replaceAll("\\{[^}]+}", "7");
            var methods = info.getMethodsCondition().getMethods();
            for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods) {
                requests.add(new String[] {method.name(), path});
            }
            // the same path with another method, a trailing slash, another case
            requests.add(new String[] {"DELETE", path});
            requests.add(new String[] {"GET", path + "/"});
            requests.add(new String[] {"GET", path.toUpperCase()});
        }));
        requests.add(new String[] {"GET", "/agencies/7/no-such-page"});
        requests.add(new String[] {"GET", "/"});
        assertThat(requests).hasSizeGreaterThan(1500);

        int found = 0;
        for (String[] r : requests) {
            Object byIndex = outcome(() -> indexed.lookupHandlerMethod(r[1], request(r)));
            Object bySpring = outcome(() -> indexed.lookupBySpring(r[1], request(r)));
            assertThat(byIndex).as(r[0] + " " + r[1]).isEqualTo(bySpring);
            if (!(byIndex instanceof String)) {
                found++;
                // found through the index, among a few candidates, not by falling back to Spring's search of all
                assertThat(indexed.candidatesFor(r[1])).as(r[1]).contains((HandlerMethod) byIndex).hasSizeLessThan(40);
            }
        }
        assertThat(found).as("requests that found a handler").isGreaterThan(400);
    }

    interface Lookup {
        Object find() throws Exception;
    }

    /** The handler found, or the kind of refusal (405, 406, 415 are exceptions), or "none". */
    static Object outcome(Lookup lookup) {
        try {
            return Objects.requireNonNullElse(lookup.find(), "none");
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    static MockHttpServletRequest request(String[] r) {
        MockHttpServletRequest request = new MockHttpServletRequest(r[0], r[1]);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}
