package id.capaian.development;

import id.capaian.organisation.Agency;
import id.capaian.organisation.Employee;
import id.capaian.organisation.Unit;
import id.capaian.organisation.UnitForm;
import id.capaian.organisation.UnitManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.Role;
import id.capaian.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small agency for the training tests. Dinas Kesehatan (headed by the Kadis) with a Puskesmas below it (headed by
 * the Kapus); the Kapus appraises two nurses (Sari, Budi); Tono is a colleague in the Dinas' secretariat appraised by
 * the Kadis; BKPSDM holds the administrator (Rina); the Sekda is the agency head, outside the health line. Another
 * agency's administrator is the outsider.
 */
final class TrainingScenario {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    static final byte[] GIF = "GIF89a....".getBytes(StandardCharsets.US_ASCII);

    final Agency agency;
    final Unit dinkes;
    final Unit puskesmas;
    final Unit sekretariat;
    final Unit bkpsdm;
    final Unit setda;
    final Employee sekda;
    final Employee kadis;
    final Employee kapus;
    final Employee sari;
    final Employee budi;
    final Employee tono;
    final Employee rina;
    final Employee stranger;
    final UserDetails sekdaUser;
    final UserDetails kadisUser;
    final UserDetails kapusUser;
    final UserDetails sariUser;
    final UserDetails budiUser;
    final UserDetails tonoUser;
    final UserDetails rinaUser;
    final UserDetails outsiderUser;

    TrainingScenario(TestData data, UnitManagement units, UserDetailsService users) {
        agency = data.agency();
        setda = data.unit(agency, null, "Sekretariat Daerah");
        dinkes = data.unit(agency, null, "Dinas Kesehatan");
        sekretariat = data.unit(agency, dinkes.id(), "Sekretariat Dinas Kesehatan");
        puskesmas = data.unit(agency, dinkes.id(), "UPTD Puskesmas Kesatria");
        bkpsdm = data.unit(agency, null, "BKPSDM");
        sekda = data.employee(agency, setda, null, null, "Sekda Kota");
        kadis = data.employee(agency, dinkes, null, null, "dr. Kepala Dinas");
        kapus = data.employee(agency, puskesmas, null, kadis, "dr. Kepala Puskesmas");
        sari = data.employee(agency, puskesmas, null, kapus, "Sari Perawat");
        budi = data.employee(agency, puskesmas, null, kapus, "Budi Perawat");
        tono = data.employee(agency, sekretariat, null, kadis, "Tono Pengadministrasi");
        rina = data.employee(agency, bkpsdm, null, null, "Rina Analis SDM");
        head(units, dinkes, kadis);
        head(units, puskesmas, kapus);
        head(units, setda, sekda);
        data.account(sekda, Role.EMPLOYEE, Role.AGENCY_HEAD);
        data.account(kadis);
        data.account(kapus);
        data.account(sari);
        data.account(budi);
        data.account(tono);
        data.account(rina, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        sekdaUser = users.loadUserByUsername(sekda.nip());
        kadisUser = users.loadUserByUsername(kadis.nip());
        kapusUser = users.loadUserByUsername(kapus.nip());
        sariUser = users.loadUserByUsername(sari.nip());
        budiUser = users.loadUserByUsername(budi.nip());
        tonoUser = users.loadUserByUsername(tono.nip());
        rinaUser = users.loadUserByUsername(rina.nip());

        Agency other = data.agency();
        stranger = data.employee(other, data.unit(other, null, "Unit lain"), null, null, "Orang Luar");
        data.account(stranger, Role.EMPLOYEE, Role.AGENCY_ADMIN);
        outsiderUser = users.loadUserByUsername(stranger.nip());
    }

    private static void head(UnitManagement units, Unit unit, Employee head) {
        UnitForm f = UnitForm.of(unit);
        f.setHeadEmployeeId(head.id());
        units.update(Actor.system(), unit.agencyId(), unit.id(), f);
    }

    static Actor actor(UserDetails u) {
        return (Actor) u;
    }

    Actor sekda() { return actor(sekdaUser); }
    Actor kadis() { return actor(kadisUser); }
    Actor kapus() { return actor(kapusUser); }
    Actor sari() { return actor(sariUser); }
    Actor budi() { return actor(budiUser); }
    Actor tono() { return actor(tonoUser); }
    Actor rina() { return actor(rinaUser); }
    Actor outsider() { return actor(outsiderUser); }

    long id() {
        return agency.id();
    }

    static LocalDate today() {
        return LocalDate.now(JAKARTA);
    }

    static int year() {
        return today().getYear();
    }

    /** A training of the catalogue made by the administrator. */
    Training training(TrainingManagement trainings, String code, TrainingKind kind, int jp, Integer capacity) {
        return trainings.create(rina(), id(), new TrainingForm(code, "Pelatihan " + code, kind, jp, "BPSDM Provinsi", null, null,
                capacity, null));
    }

    /** Enrolled, completed with a PDF certificate on the date and verified by the administrator. */
    TrainingEnrolment verified(TrainingManagement trainings, Actor employee, Training t, LocalDate on) {
        TrainingEnrolment x = trainings.enrol(employee, id(), t.id(), employee.employeeId());
        x = trainings.complete(employee, id(), x.id(), on, new TrainingCertificate("sertifikat.pdf", PDF));
        return trainings.verify(rina(), id(), x.id(), x.version());
    }
}
