package id.capaian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class ThrottledSessionRepositoryTests {

    /** A repository in memory that counts its writes. */
    static final class Sessions implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> stored = new HashMap<>();
        int saves;
        int reads;

        @Override public MapSession createSession() { return new MapSession(); }
        @Override public void save(MapSession session) { saves++; stored.put(session.getId(), new MapSession(session)); }
        @Override public MapSession findById(String id) { reads++; MapSession s = stored.get(id); return s == null ? null : new MapSession(s); }
        @Override public void deleteById(String id) { stored.remove(id); }
        @Override public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, MapSession> found = new HashMap<>();
            stored.forEach((id, s) -> { if (indexValue.equals(s.getAttribute(indexName))) found.put(id, new MapSession(s)); });
            return found;
        }
    }

    final Sessions sessions = new Sessions();
    final ThrottledSessionRepository<MapSession> repository = new ThrottledSessionRepository<>(sessions, Duration.ofMinutes(1));

    @BeforeEach
    @AfterEach
    void eachTestIsARequestOfItsOwn() {
        ThrottledSessionRepository.endOfRequest();
    }

    @Test
    void aSessionIsReadOncePerRequest() {
        var session = repository.createSession();
        repository.save(session);
        String id = session.getId();

        repository.findById(id);
        repository.findById(id);
        assertThat(sessions.reads).as("the second read within a request").isEqualTo(1);
        assertThat(repository.findById("unknown")).isNull();
        assertThat(sessions.reads).isEqualTo(2);

        // the next request reads it again
        ThrottledSessionRepository.endOfRequest();
        repository.findById(id);
        assertThat(sessions.reads).isEqualTo(3);

        // a new id (after signing in) or a deleted session is read from the store, not remembered
        var current = repository.findById(id);
        String changed = current.changeSessionId();
        assertThat(repository.findById(id).getId()).as("read from the store, not the renamed one").isEqualTo(id);
        assertThat(sessions.reads).isEqualTo(4);
        repository.save(current);
        assertThat(repository.findById(changed)).isNotNull();
        repository.deleteById(changed);
        assertThat(repository.findById(changed)).isNull();
        assertThat(sessions.reads).isEqualTo(6);
    }

    @Test
    void aLastAccessWithinTheIntervalIsNotPassedOn() {
        var session = repository.createSession();
        Instant start = session.getLastAccessedTime();
        repository.save(session);

        var again = repository.findById(session.getId());
        again.setLastAccessedTime(start.plusSeconds(59));
        assertThat(again.getLastAccessedTime()).isEqualTo(start);
        again.setLastAccessedTime(start.plusSeconds(60));
        assertThat(again.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
        repository.save(again);
        assertThat(sessions.stored.get(session.getId()).getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
        assertThat(sessions.saves).isEqualTo(2);
    }

    @Test
    void everythingElsePassesThrough() {
        var session = repository.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "199001012015011001");
        session.setMaxInactiveInterval(Duration.ofMinutes(30));
        repository.save(session);

        var found = repository.findByPrincipalName("199001012015011001");
        assertThat(found).containsOnlyKeys(session.getId());
        assertThat(found.get(session.getId()).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(repository.findById("unknown")).isNull();
        repository.deleteById(session.getId());
        assertThat(repository.findById(session.getId())).isNull();
    }
}
