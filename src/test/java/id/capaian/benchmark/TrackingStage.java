package id.capaian.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Realisations of every approved plan's IKI: 97% of each past sub-period and half of the current one, most past
 * ones reviewed (some waiting, some asked for more evidence); one employee in ten records daily progress for their
 * quantity indicators (three entries a sub-period that add up to the realisation); one realisation in five has a
 * link as evidence and, with an evidence folder, one in fifty a small PDF file. A sample of past realisations is
 * left for the feedback stage.
 */
final class TrackingStage implements DatasetStage {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() {
        return "tracking";
    }

    @Override
    public void run(DatasetContext c) throws Exception {
        int lastSub = Math.min(c.currentSub, c.subPeriods);
        // ids for every realisation there could be, reserved before the COPY (a connection runs one thing at a time)
        long nextId = c.reserve("realisation", (long) c.indicators * lastSub);
        LocalDate today = c.today();
        Path evidenceDir = c.settings.evidenceDir();
        String[] notes = {"Sesuai register harian", "Rekap laporan bulanan", "Data dari aplikasi layanan", "Terlampir bukti kegiatan"};
        try (Copy real = c.copy("realisation", "id, agency_id, plan_id, indicator_id, sub_period, value, note, source,"
                + " review_status, recorded_by, recorded_at, updated_at");
                Copy progress = c.spool("progress_entry", "agency_id, plan_id, indicator_id, entry_date, sub_period, value, note,"
                        + " recorded_by, recorded_at");
                Copy evidence = c.spool("evidence", "agency_id, realisation_id, kind, storage_key, file_name, content_type,"
                        + " size_bytes, url, uploaded_by, uploaded_at")) {
            for (int e = 0; e < c.employees; e++) {
                if (c.planStatus[e] != DatasetContext.APPROVED) {
                    continue;
                }
                boolean daily = e % 10 == 3;
                String nip = c.empNip[e];
                long plan = c.planId[e];
                for (int k = c.firstIndicator[e]; k < c.firstIndicator[e] + c.indicatorCount[e]; k++) {
                    for (int sub = 1; sub <= lastSub; sub++) {
                        boolean current = sub == c.currentSub;
                        if (c.random.nextDouble() >= (current ? 0.5 : 0.97)) {
                            continue;
                        }
                        LocalDate start = c.subStart(sub);
                        LocalDate end = c.subEnd(sub);
                        LocalDate day = current ? today.minusDays(c.random.nextInt(Math.max(1, (int) (today.toEpochDay() - start.toEpochDay()) + 1)))
                                : end.minusDays(c.random.nextInt(4));
                        if (day.isBefore(start)) {
                            day = start;
                        }
                        OffsetDateTime at = c.at(day, 8 + c.random.nextInt(9), c.random.nextInt(60));
                        byte aspect = c.indicatorAspect[k];
                        double target = c.indicatorTarget[k];
                        boolean quantity = aspect == 0;
                        double value = quantity ? Math.round(target / c.subPeriods * (0.7 + c.random.nextDouble() * 0.5))
                                : Math.min(target >= 90 && target <= 100 ? 100 : Double.MAX_VALUE,
                                        Math.round(target * (0.85 + c.random.nextDouble() * 0.23) * 10) / 10.0);
                        long rid = nextId++;
                        String review = current ? "PENDING" : pick(c, 0.85, "REVIEWED", 0.95, "PENDING", "NEEDS_EVIDENCE");
                        boolean fromProgress = daily && quantity;
                        real.add(rid).add(c.agencyId).add(plan).add(c.indicatorId[k]).add(sub).decimal(value)
                                .add(fromProgress || c.random.nextDouble() < 0.7 ? null : notes[(e + sub) % notes.length])
                                .add(fromProgress ? "PROGRESS" : "WEB").add(review).add(nip).add(at).add(at).end();
                        if (fromProgress) {
                            long third = Math.round(value / 3);
                            long span = Math.max(1, Math.min(end.toEpochDay(), day.toEpochDay()) - start.toEpochDay());
                            for (int p = 0; p < 3; p++) {
                                LocalDate d = start.plusDays(span * p / 3);
                                double v = p < 2 ? third : value - 2 * third;
                                progress.add(c.agencyId).add(plan).add(c.indicatorId[k]).add(d).add(sub).decimal(Math.max(0, v))
                                        .add(p == 0 ? "Rekap harian" : null).add(nip).add(c.at(d, 15, 30)).end();
                            }
                        }
                        double r = c.random.nextDouble();
                        if (r < 0.2) {
                            evidence.add(c.agencyId).add(rid).add("LINK").add(null).add(null).add(null).add(null)
                                    .add("https://drive.example.go.id/bukti/" + c.agencyId + "/" + rid).add(nip).add(at).end();
                        } else if (r < 0.22 && evidenceDir != null) {
                            String key = c.agencyId + "/" + UUID.nameUUIDFromBytes(("ev" + rid).getBytes(StandardCharsets.US_ASCII));
                            Path file = evidenceDir.resolve(key);
                            Files.createDirectories(file.getParent());
                            Files.write(file, PDF);
                            evidence.add(c.agencyId).add(rid).add("FILE").add(key).add("bukti-" + sub + ".pdf").add("application/pdf")
                                    .add((long) PDF.length).add(null).add(nip).add(at).end();
                        }
                        if (!current && c.random.nextDouble() < 0.06) {
                            c.feedbackSample.add(new long[] {rid, k, sub});
                        }
                    }
                }
            }
            c.done("realisation", real);
            c.done("progress_entry", progress);
            c.done("evidence", evidence);
        }
    }

    private static String pick(DatasetContext c, double p1, String a, double p2, String b, String otherwise) {
        double r = c.random.nextDouble();
        return r < p1 ? a : r < p2 ? b : otherwise;
    }
}
