package id.capaian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.AntPathMatcher;

/** The quick refusal of links that cannot be resources never changes what the general matcher answers. */
class ResourceLinkMatcherTests {

    final AntPathMatcher ant = new AntPathMatcher();
    final ResourceLinkMatcher matcher = new ResourceLinkMatcher(ant);

    @Test
    void answersExactlyAsTheGeneralMatcher() {
        List<String> patterns = List.of("/webjars/**", "/assets/**", "/assets/*.css", "/**", "/a/{x}/b/**", "/exact/path",
                "/img/?.png", "webjars/**");
        List<String> paths = List.of("/webjars/htmx.org/htmx.min.js", "/webjars", "/webjars/", "/webjarsx/a.js",
                "/assets/css/app.css", "/assets/app.css", "/assets", "/agencies/1/plans/2/realisations?sub=3", "/", "",
                "/a/7/b/c", "/a/7/c", "/exact/path", "/exact/path/more", "/img/x.png", "/img/xy.png", "webjars/a.js",
                "/login", "/agencies/1/dashboard/units/5");
        int compared = 0;
        for (String pattern : patterns) {
            for (String path : paths) {
                assertThat(matcher.match(pattern, path)).as("%s against %s", pattern, path).isEqualTo(ant.match(pattern, path));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(patterns.size() * paths.size());
        // and the cases it exists for: page links are refused, resources still found
        assertThat(matcher.match("/webjars/**", "/agencies/1/plans/2")).isFalse();
        assertThat(matcher.match("/webjars/**", "/webjars/bootstrap/css/bootstrap.min.css")).isTrue();
    }

    @Test
    void theLiteralStartStopsAtTheLastSlashBeforeTheFirstWildcard() {
        assertThat(ResourceLinkMatcher.prefix("/webjars/**")).isEqualTo("/webjars");
        assertThat(ResourceLinkMatcher.prefix("/assets/css/*.css")).isEqualTo("/assets/css");
        assertThat(ResourceLinkMatcher.prefix("/a/{x}/b/**")).isEqualTo("/a");
        assertThat(ResourceLinkMatcher.prefix("/**")).isEmpty();
        assertThat(ResourceLinkMatcher.prefix("/exact/path")).isEmpty();
        assertThat(ResourceLinkMatcher.prefix("/assets/a*b/**")).isEqualTo("/assets");
    }
}
