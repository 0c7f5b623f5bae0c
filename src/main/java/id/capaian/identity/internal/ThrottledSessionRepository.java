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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * The transactions Spring Session's repository runs its calls in (it takes them as the bean named
     * {@code springSessionTransactionOperations}): a new one for a save, as its own, none for the other calls.
     */
    static TransactionOperations sessionTransactions(PlatformTransactionManager transactions) {
        TransactionTemplate writes = new TransactionTemplate(transactions);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SavesInTransactions(writes);
    }

    /**
     * Spring Session runs every call in a transaction of its own: a read of one session is then a BEGIN, a SELECT
     * and a COMMIT. Only {@link #save} writes more than one row; every other call is one statement, as atomic
     * without a transaction, so it runs without one (one round trip to the database, not two).
     */
    private static final class SavesInTransactions implements TransactionOperations {
        private final TransactionOperations writes;

        SavesInTransactions(TransactionOperations writes) {
            this.writes = writes;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return SAVING.get() != null ? writes.execute(action) : TransactionOperations.withoutTransaction().execute(action);
        }
    }

    private static final ThreadLocal<Boolean> SAVING = new ThreadLocal<>();

    /**
     * The session read in this request. Spring Session writes the session back when the response is committed (the
     * page's first bytes go out) and again when the request ends; the second time it forgets what it read and reads
     * the session again, only to learn its id. The second read gets the session read before. Reset around every
     * request (see {@link #endOfRequest}); a session deleted or given a new id is read again.
     */
    private static final ThreadLocal<Session> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    /** Called when a request starts and ends: what was read belongs to that request only. */
    static void endOfRequest() {
        READ_IN_THIS_REQUEST.remove();
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
        SAVING.set(Boolean.TRUE);
        try {
            delegate.save(session.session);
        } finally {
            SAVING.remove();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ThrottledSession<S> findById(String id) {
        Session read = READ_IN_THIS_REQUEST.get();
        S found = read != null && read.getId().equals(id) && !read.isExpired() ? (S) read : delegate.findById(id);
        if (found == null) {
            return null;
        }
        READ_IN_THIS_REQUEST.set(found);
        return new ThrottledSession<>(found, minimumInterval);
    }

    @Override
    public void deleteById(String id) {
        READ_IN_THIS_REQUEST.remove();
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
