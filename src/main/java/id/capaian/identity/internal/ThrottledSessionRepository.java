package id.capaian.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions of the database, with the last access written at most once a {@code minimumInterval}. Spring Session
 * marks a session changed on every request only because its last-access time moved, and so wrote one row in its own
 * transaction (a commit, and a WAL flush) per page view and save; the deadline-day load test counted it on every
 * request. With this wrapper a request that changes nothing else writes nothing when the stored time is less than a
 * minute old. The price: a session can expire up to that interval earlier than its idle timeout says (30 minutes
 * idle, so after at least 29).
 */
final class ThrottledSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<ThrottledSessionRepository.ThrottledSession<S>>, DisposableBean {

    /**
     * Wraps Spring Session's JDBC repository where the context makes it. The wrapper stands in for the bean, so it
     * also hands the context's shutdown on (the repository stops its clean-up scheduler then).
     */
    static BeanPostProcessor installer(Duration minimumInterval) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? wrap(jdbc, minimumInterval) : bean;
            }
        };
    }

    private static <S extends Session> ThrottledSessionRepository<S> wrap(FindByIndexNameSessionRepository<S> repository,
            Duration minimumInterval) {
        return new ThrottledSessionRepository<>(repository, minimumInterval);
    }

    private final FindByIndexNameSessionRepository<S> delegate;
    private final Duration minimumInterval;

    ThrottledSessionRepository(FindByIndexNameSessionRepository<S> delegate, Duration minimumInterval) {
        this.delegate = delegate;
        this.minimumInterval = minimumInterval;
    }

    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    @Override
    public ThrottledSession<S> createSession() {
        return new ThrottledSession<>(delegate.createSession(), minimumInterval);
    }

    @Override
    public void save(ThrottledSession<S> session) {
        delegate.save(session.session);
    }

    @Override
    public ThrottledSession<S> findById(String id) {
        S found = delegate.findById(id);
        return found == null ? null : new ThrottledSession<>(found, minimumInterval);
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
    }

    @Override
    public Map<String, ThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, ThrottledSession<S>> sessions = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, s) -> sessions.put(id, new ThrottledSession<>(s, minimumInterval)));
        return sessions;
    }

    /** One session: everything passes through, except a last access that is not yet worth writing. */
    static final class ThrottledSession<S extends Session> implements Session {

        private final S session;
        private final Duration minimumInterval;

        ThrottledSession(S session, Duration minimumInterval) {
            this.session = session;
            this.minimumInterval = minimumInterval;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            Instant stored = session.getLastAccessedTime();
            if (stored == null || !time.isBefore(stored.plus(minimumInterval))) {
                session.setLastAccessedTime(time);
            }
        }

        @Override public String getId() { return session.getId(); }
        @Override public String changeSessionId() { return session.changeSessionId(); }
        @Override public <T> T getAttribute(String name) { return session.getAttribute(name); }
        @Override public Set<String> getAttributeNames() { return session.getAttributeNames(); }
        @Override public void setAttribute(String name, Object value) { session.setAttribute(name, value); }
        @Override public void removeAttribute(String name) { session.removeAttribute(name); }
        @Override public Instant getCreationTime() { return session.getCreationTime(); }
        @Override public Instant getLastAccessedTime() { return session.getLastAccessedTime(); }
        @Override public void setMaxInactiveInterval(Duration interval) { session.setMaxInactiveInterval(interval); }
        @Override public Duration getMaxInactiveInterval() { return session.getMaxInactiveInterval(); }
        @Override public boolean isExpired() { return session.isExpired(); }
    }
}
