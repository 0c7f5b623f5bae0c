package id.capaian.platform.web;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.PathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Every link a page builds ({@code @{...}}) passes the resource URL lookup, because the webjars are linked without
 * their versions: the lookup matches the link against each resource pattern ({@code /webjars/**}, {@code /assets/**}),
 * and the general matcher splits the link into segments to do so. Profiling the deadline-day load test put about 8%
 * of the application's CPU there, for links that are almost never resources. This matcher first compares the
 * pattern's literal start (up to its last slash before the first wildcard) and answers no at once when the link does
 * not begin with it; everything else is left to the general matcher, so every answer is the same as its.
 */
final class ResourceLinkMatcher implements PathMatcher {

    private final PathMatcher delegate;
    private final Map<String, String> prefixes = new ConcurrentHashMap<>();

    ResourceLinkMatcher(PathMatcher delegate) {
        this.delegate = delegate;
    }

    /** Installs the matcher in the resource URL provider when it is created. */
    static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ResourceUrlProvider provider && !(provider.getPathMatcher() instanceof ResourceLinkMatcher)) {
                    provider.setPathMatcher(new ResourceLinkMatcher(provider.getPathMatcher()));
                }
                return bean;
            }
        };
    }

    /** The literal start every path the pattern matches begins with ("" when there is none to rely on). */
    static String prefix(String pattern) {
        int wildcard = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '{') {
                wildcard = i;
                break;
            }
        }
        if (wildcard < 0) {
            return ""; // no wildcard: exact patterns are rare here and cheap for the general matcher
        }
        int slash = pattern.lastIndexOf('/', wildcard);
        return slash <= 0 ? "" : pattern.substring(0, slash);
    }

    @Override
    public boolean match(String pattern, String path) {
        String prefix = prefixes.computeIfAbsent(pattern, ResourceLinkMatcher::prefix);
        if (!prefix.isEmpty() && path != null && !path.startsWith(prefix)) {
            return false;
        }
        return delegate.match(pattern, path);
    }

    @Override
    public boolean isPattern(String path) {
        return delegate.isPattern(path);
    }

    @Override
    public boolean matchStart(String pattern, String path) {
        return delegate.matchStart(pattern, path);
    }

    @Override
    public String extractPathWithinPattern(String pattern, String path) {
        return delegate.extractPathWithinPattern(pattern, path);
    }

    @Override
    public Map<String, String> extractUriTemplateVariables(String pattern, String path) {
        return delegate.extractUriTemplateVariables(pattern, path);
    }

    @Override
    public Comparator<String> getPatternComparator(String path) {
        return delegate.getPatternComparator(path);
    }

    @Override
    public String combine(String pattern1, String pattern2) {
        return delegate.combine(pattern1, pattern2);
    }
}
