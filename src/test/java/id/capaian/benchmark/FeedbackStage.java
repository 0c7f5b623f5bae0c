package id.capaian.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The appraisers' feedback on the sample of past realisations the tracking stage left (a comment, answered by the
 * employee two times in five), each with the in-app notification its recipient got (read unless recent), and the
 * performance dialogues: every appraiser holds a team dialogue at the end of each past quarter (all appraisees
 * take part; one obstacle and one agreed action each) and has the next one scheduled.
 */
final class FeedbackStage implements DatasetStage {

    static final String[] COMMENTS = {"Capaian sudah baik, pertahankan.", "Mohon lengkapi bukti dukung untuk bulan ini.",
        "Realisasi masih di bawah target, apa kendalanya?", "Terima kasih, laporan sudah sesuai.",
        "Tolong jelaskan sumber data realisasi ini."};
    static final String[] REPLIES = {"Baik, akan saya lengkapi.", "Kendalanya pada ketersediaan data dari lapangan.",
        "Terima kasih atas arahannya.", "Sudah saya unggah buktinya."};
    static final String[] OBSTACLES = {"Keterbatasan sarana pendukung", "Data dari unit lain terlambat masuk",
        "Beban kerja menumpuk di akhir bulan", "Aplikasi layanan sering tidak dapat diakses"};
    static final String[] ACTIONS = {"Mengajukan tambahan sarana", "Menyepakati jadwal penyampaian data",
        "Membagi ulang tugas dalam tim", "Berkoordinasi dengan pengelola aplikasi"};

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public void run(DatasetContext c) throws Exception {
        feedback(c);
        dialogues(c);
    }

    private void feedback(DatasetContext c) throws Exception {
        int sample = c.feedbackSample.size();
        long first = c.reserve("feedback", sample * 2L);
        long next = first;
        LocalDate today = c.today();
        try (Copy fb = c.copy("feedback", "id, agency_id, plan_id, realisation_id, parent_id, thread_id, author_id, recipient_id,"
                + " body, asks_evidence, created_by, created_at");
                Copy notes = c.spool("notification", "agency_id, employee_id, kind, message_key, message_args, link, created_at,"
                        + " read_at")) {
            for (long[] s : c.feedbackSample) {
                long rid = s[0];
                int k = (int) s[1];
                int sub = (int) s[2];
                int owner = c.indicatorEmp[k];
                int appraiser = c.empSuperior[owner];
                if (appraiser < 0) {
                    continue;
                }
                LocalDate day = c.subEnd(sub).plusDays(2 + c.random.nextInt(3));
                if (day.isAfter(today)) {
                    day = today;
                }
                OffsetDateTime at = c.at(day, 9 + c.random.nextInt(7), c.random.nextInt(60));
                long comment = next++;
                String when = c.subPeriods == 12 ? "{\"month\":\"" + c.settings.year() + "-" + String.format("%02d", sub) + "\"}"
                        : "{\"quarter\":\"" + c.settings.year() + "-" + sub + "\"}";
                String link = "/agencies/" + c.agencyId + "/realisations/" + rid + "/feedback";
                fb.add(comment).add(c.agencyId).add(c.planId[owner]).add(rid).ref(0).ref(0).add(c.empId[appraiser]).add(c.empId[owner])
                        .add(COMMENTS[(int) (rid % COMMENTS.length)]).add(false).add(c.empNip[appraiser]).add(at).end();
                notes.add(c.agencyId).add(c.empId[owner]).add("FEEDBACK").add("notification.msg.feedback")
                        .add(args(c.empName[appraiser], c.indicatorName[k], when)).add(link).add(at)
                        .add(day.isBefore(today.minusDays(14)) ? at.plusHours(20) : null).end();
                if (c.random.nextDouble() < 0.4) {
                    OffsetDateTime later = at.plusHours(22);
                    long reply = next++;
                    fb.add(reply).add(c.agencyId).add(c.planId[owner]).add(rid).add(comment).add(comment).add(c.empId[owner])
                            .add(c.empId[appraiser]).add(REPLIES[(int) (rid % REPLIES.length)]).add(false).add(c.empNip[owner])
                            .add(later).end();
                    notes.add(c.agencyId).add(c.empId[appraiser]).add("FEEDBACK").add("notification.msg.feedbackReply")
                            .add(args(c.empName[owner], c.indicatorName[k], when)).add(link).add(later)
                            .add(day.isBefore(today.minusDays(14)) ? later.plusHours(3) : null).end();
                }
            }
            c.done("feedback", fb);
            c.done("notification", notes);
        }
    }

    private static String args(String who, String indicator, String when) {
        return "[" + json(who) + "," + json(indicator) + "," + when + "]";
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void dialogues(DatasetContext c) throws Exception {
        int n = c.employees;
        int[] teamSize = new int[n];
        for (int e = 0; e < n; e++) {
            if (c.empSuperior[e] >= 0) {
                teamSize[c.empSuperior[e]]++;
            }
        }
        int[] start = new int[n + 1];
        for (int e = 0; e < n; e++) {
            start[e + 1] = start[e] + teamSize[e];
        }
        int[] members = new int[start[n]];
        int[] fill = new int[n];
        for (int e = 0; e < n; e++) {
            int s = c.empSuperior[e];
            if (s >= 0) {
                members[start[s] + fill[s]++] = e;
            }
        }
        LocalDate today = c.today();
        int year = c.settings.year();
        int pastQuarters = 0;
        for (int q = 1; q <= 4; q++) {
            if (LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1).isBefore(today)) {
                pastQuarters = q;
            }
        }
        int appraisers = 0;
        for (int e = 0; e < n; e++) {
            if (teamSize[e] > 0) {
                appraisers++;
            }
        }
        long perAppraiser = pastQuarters + 1;
        long dialogue = c.reserve("dialogue", appraisers * perAppraiser);
        long obstacle = c.reserve("dialogue_obstacle", appraisers * (long) pastQuarters);
        try (Copy d = c.copy("dialogue", "id, agency_id, appraiser_id, kind, status, topic, scheduled_at, place, held_at, notes,"
                + " created_by, creator_id, created_at, updated_at");
                Copy p = c.spool("dialogue_participant", "dialogue_id, agency_id, employee_id");
                Copy o = c.spool("dialogue_obstacle", "id, agency_id, dialogue_id, description, raised_by, created_by, created_at");
                Copy a = c.spool("dialogue_action", "agency_id, dialogue_id, obstacle_id, description, owner_id, due_date, status,"
                        + " follow_up, created_by, created_at, updated_by, updated_at, closed_at")) {
            for (int e = 0; e < n; e++) {
                if (teamSize[e] == 0) {
                    continue;
                }
                String place = "Ruang rapat " + c.units.get(c.empUnit[e]).name();
                for (int q = 1; q <= pastQuarters + 1; q++) {
                    boolean held = q <= pastQuarters;
                    LocalDate day = held ? LocalDate.of(year, q * 3, 20) : today.plusDays(7 + e % 7);
                    OffsetDateTime when = c.at(day, 9, 0);
                    OffsetDateTime planned = c.at(day.minusDays(10), 11, 0);
                    long id = dialogue++;
                    d.add(id).add(c.agencyId).add(c.empId[e]).add("SCHEDULED").add(held ? "HELD" : "SCHEDULED")
                            .add(held ? "Dialog kinerja triwulan " + q : "Dialog kinerja triwulan " + Math.min(4, q))
                            .add(when).add(place).add(held ? when.plusHours(1) : null)
                            .add(held ? "Membahas capaian triwulan " + q + " dan kendala tim." : null)
                            .add(c.empNip[e]).add(c.empId[e]).add(planned).add(held ? when.plusHours(1) : planned).end();
                    for (int m = start[e]; m < start[e + 1]; m++) {
                        p.add(id).add(c.agencyId).add(c.empId[members[m]]).end();
                    }
                    if (held) {
                        long oid = obstacle++;
                        int raiser = members[start[e] + (q % teamSize[e])];
                        o.add(oid).add(c.agencyId).add(id).add(OBSTACLES[(e + q) % OBSTACLES.length]).add(c.empId[raiser])
                                .add(c.empNip[e]).add(when.plusMinutes(20)).end();
                        boolean open = q == pastQuarters;
                        a.add(c.agencyId).add(id).add(oid).add(ACTIONS[(e + q) % ACTIONS.length]).add(c.empId[raiser])
                                .add(day.plusDays(30)).add(open ? "OPEN" : "DONE").add(open ? null : "Sudah dilaksanakan")
                                .add(c.empNip[e]).add(when.plusMinutes(30)).add(open ? null : c.empNip[raiser])
                                .add(open ? when.plusMinutes(30) : when.plusDays(25)).add(open ? null : when.plusDays(25)).end();
                    }
                }
            }
            c.done("dialogue", d);
            c.done("dialogue_participant", p);
            c.done("dialogue_obstacle", o);
            c.done("dialogue_action", a);
        }
    }
}
