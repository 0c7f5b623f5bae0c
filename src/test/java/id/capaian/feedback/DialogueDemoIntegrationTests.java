package id.capaian.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import id.capaian.organisation.AgencyManagement;
import id.capaian.platform.Actor;
import id.capaian.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's conversations (the demo profile's database, shared with the other demo tests): 10 to 20 dialogues
 * across the year, held ones with notes, obstacles and actions (some done), upcoming ones the featured people
 * were told of, and nothing made twice.
 */
@IntegrationTest
@TestPropertySource(properties = {"capaian.demo.enabled=true", "capaian.embedded-db.database=demo_test"})
class DialogueDemoIntegrationTests {

    @Autowired AgencyManagement agencies;
    @Autowired DialogueManagement dialogues;
    @Autowired JdbcClient jdbc;

    private long agencyId() {
        return agencies.findByCode("1273").orElseThrow().id();
    }

    private long count(String sql, long agencyId) {
        return jdbc.sql(sql).param("a", agencyId).query(Long.class).single();
    }

    @Test
    void theDemoYearHasPerformanceDialogues() {
        long agency = agencyId();
        DialogueList all = dialogues.list(Actor.system(), agency, true, 0, 200);
        long total = all.upcoming().size() + all.past().totalElements();
        assertThat(total).isBetween(10L, 20L);
        assertThat(all.past().content()).filteredOn(d -> d.status() == DialogueStatus.HELD).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all.past().content()).filteredOn(d -> d.status() == DialogueStatus.CANCELLED).isNotEmpty();
        assertThat(all.upcoming()).isNotEmpty();
        assertThat(all.past().content()).anySatisfy(d -> assertThat(d.participantNames()).hasSizeGreaterThan(1));

        List<String> obstacles = jdbc.sql("SELECT description FROM dialogue_obstacle WHERE agency_id = :a").param("a", agency)
                .query(String.class).list();
        assertThat(obstacles).anySatisfy(o -> assertThat(o).startsWith("Jaringan internet di puskesmas sering putus"));
        assertThat(count("SELECT count(*) FROM dialogue_action WHERE agency_id = :a AND status = 'DONE'", agency)).isPositive();
        assertThat(count("SELECT count(*) FROM dialogue_action WHERE agency_id = :a AND status = 'OPEN'", agency)).isPositive();
        assertThat(count("SELECT count(*) FROM dialogue WHERE agency_id = :a AND status = 'HELD' AND notes IS NULL", agency)).isZero();
        // the people in upcoming dialogues were told
        assertThat(count("SELECT count(*) FROM notification WHERE agency_id = :a AND kind = 'DIALOGUE_SCHEDULED'", agency)).isPositive();
        // every held dialogue is one of the year's, in the past
        assertThat(count("SELECT count(*) FROM dialogue WHERE agency_id = :a AND status = 'HELD' AND held_at > now()", agency)).isZero();
    }

    @Test
    void theDemoPeopleAreNotified() {
        long agency = agencyId();
        // the featured supervisor (head of the performance division) has plans to approve, the people plan news
        assertThat(count("SELECT count(*) FROM notification WHERE agency_id = :a AND kind = 'PLAN_SUBMITTED'", agency)).isPositive();
        assertThat(count("SELECT count(*) FROM notification WHERE agency_id = :a AND kind IN ('PLAN_APPROVED', 'PLAN_RETURNED')", agency))
                .isPositive();
    }
}
