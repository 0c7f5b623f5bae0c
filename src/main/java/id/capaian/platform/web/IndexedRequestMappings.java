package id.capaian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mappings, looked up through an index by the path's number of segments, first and third segment.
 * Spring tries every one of the application's ~450 mappings for a path with variables in it
 * ({@code /agencies/1/plans/2/realisations}); the deadline-day load test found that at about 6% of the application's
 * CPU. The index hands it the few that can match: those with as many segments whose first and third segments are the
 * path's or variables, and those with a multi-segment wildcard.
 *
 * <p>Only the finding is quicker; the choosing is Spring's: the same matching of each candidate, the same comparator
 * for the best one. Whatever is unusual goes to Spring's own lookup unchanged: no candidate matched (so that 404, 405
 * and 406 are explained as before), two equally good matches (Spring reports the ambiguity), CORS pre-flight requests,
 * and mappings registered after start-up.
 */
final class IndexedRequestMappings extends RequestMappingHandlerMapping {

    private record Candidate(RequestMappingInfo mapping, HandlerMethod handlerMethod) {
    }

    private record Found(RequestMappingInfo mapping, HandlerMethod handlerMethod) {
    }

    /** Candidates by {@link #keyOfPattern}, and those for any path. */
    private volatile Map<String, List<Candidate>> index;
    private volatile List<Candidate> anyPath = List.of();

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        Map<String, List<Candidate>> byKey = new HashMap<>();
        List<Candidate> any = new ArrayList<>();
        handlerMethods.forEach((mapping, handlerMethod) -> {
            Candidate candidate = new Candidate(mapping, handlerMethod);
            var patterns = mapping.getPatternValues();
            if (patterns.isEmpty()) {
                any.add(candidate);
                return;
            }
            for (String pattern : patterns) {
                String key = keyOfPattern(pattern);
                if (key == null) {
                    any.add(candidate);
                    break;
                }
                List<Candidate> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!list.contains(candidate)) {
                    list.add(candidate);
                }
            }
        });
        this.anyPath = List.copyOf(any);
        this.index = byKey;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        this.index = null;
        super.registerMapping(mapping, handler, method);
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        this.index = null;
        super.unregisterMapping(mapping);
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        Map<String, List<Candidate>> byKey = this.index;
        if (byKey == null || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<Found> found = new ArrayList<>(2);
        for (List<Candidate> candidates : candidates(byKey, lookupPath)) {
            collect(candidates, found, request);
        }
        if (found.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        Found best = found.get(0);
        if (found.size() > 1) {
            Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
            found.sort((a, b) -> comparator.compare(a.mapping(), b.mapping()));
            best = found.get(0);
            if (comparator.compare(best.mapping(), found.get(1).mapping()) == 0) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
        }
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handlerMethod());
        handleMatch(best.mapping(), lookupPath, request);
        return best.handlerMethod();
    }

    private List<List<Candidate>> candidates(Map<String, List<Candidate>> byKey, String lookupPath) {
        String[] segments = segments(lookupPath);
        String count = segments.length + "/";
        String third = segments.length > 2 ? segments[2] : "-";
        List<List<Candidate>> lists = new ArrayList<>(5);
        lists.add(byKey.getOrDefault(count + segments[0] + "/" + third, List.of()));
        lists.add(byKey.getOrDefault(count + "*/" + third, List.of()));
        if (segments.length > 2) {
            lists.add(byKey.getOrDefault(count + segments[0] + "/*", List.of()));
            lists.add(byKey.getOrDefault(count + "*/*", List.of()));
        }
        lists.add(this.anyPath);
        return lists;
    }

    /** The handler methods the index offers for a path (for the tests). */
    List<HandlerMethod> candidatesFor(String lookupPath) {
        return candidates(this.index, lookupPath).stream().flatMap(List::stream).map(Candidate::handlerMethod).toList();
    }

    /** Spring's own lookup, for the test that compares the two over every mapping. */
    HandlerMethod lookupBySpring(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, request);
    }

    private void collect(List<Candidate> candidates, List<Found> found, HttpServletRequest request) {
        for (Candidate candidate : candidates) {
            RequestMappingInfo match = getMatchingMapping(candidate.mapping(), request);
            if (match != null) {
                found.add(new Found(match, candidate.handlerMethod()));
            }
        }
    }

    /**
     * "segments/first/third" for a pattern whose segments each match one path segment, with "*" for a segment that is
     * not literal and "-" for a third that does not exist; null for any other pattern. The third segment tells apart
     * the many {@code /agencies/{agencyId}/...} mappings.
     */
    static String keyOfPattern(String pattern) {
        if (!pattern.startsWith("/") || pattern.contains("**") || pattern.contains("{*")) {
            return null;
        }
        String[] segments = segments(pattern);
        return segments.length + "/" + literal(segments[0]) + "/" + (segments.length > 2 ? literal(segments[2]) : "-");
    }

    private static String literal(String segment) {
        return segment.contains("{") || segment.contains("*") || segment.contains("?") || segment.contains(";") ? "*" : segment;
    }

    /** The segments of a path or pattern after its leading slash, a trailing empty one kept. */
    static String[] segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("/", -1);
    }
}
