package id.capaian.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTests {

    @Test
    void parsesThePnsExampleOfTheRegulation() {
        Nip nip = Nip.parse("19860926 201505 1 001");
        assertThat(nip.value()).isEqualTo("198609262015051001");
        assertThat(nip.type()).isEqualTo(AsnType.PNS);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(nip.appointedFrom()).isEqualTo(LocalDate.of(2015, 5, 1));
        assertThat(nip.sex()).isEqualTo(Nip.MALE);
        assertThat(nip.intake()).isZero();
        assertThat(nip.sequence()).isEqualTo(1);
        assertThat(nip.formatted()).isEqualTo("19860926 201505 1 001");
    }

    @Test
    void parsesThePppkExampleAndTellsItApart() {
        Nip nip = Nip.parse("19890225 2024 21 1 013");
        assertThat(nip.type()).isEqualTo(AsnType.PPPK);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1989, 2, 25));
        assertThat(nip.appointedFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(nip.intake()).isEqualTo(1);
        assertThat(nip.sex()).isEqualTo(Nip.MALE);
        assertThat(nip.sequence()).isEqualTo(13);
        assertThat(nip.formatted()).isEqualTo("19890225 2024 21 1 013");
    }

    @Test
    void acceptsDotsAndDashesBetweenGroups() {
        assertThat(Nip.check("19860926.201505.2.001").nip().sex()).isEqualTo(Nip.FEMALE);
        assertThat(Nip.check("19860926-201505-1-001").valid()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'', nip.error.required",
            "1986092620150510, nip.error.length",
            "1986092620150510011, nip.error.length",
            "19860926201505100A, nip.error.digits",
            "198613262015051001, nip.error.birthDate",   // month 13
            "198602302015051001, nip.error.birthDate",   // 30 February
            "189912312015051001, nip.error.birthDate",   // before 1900
            "209912312015051001, nip.error.birthDate",   // in the future
            "198609262015001001, nip.error.kind",        // month 00
            "198609262015131001, nip.error.kind",        // month 13
            "198609262015201001, nip.error.kind",        // 20: neither PNS month nor PPPK marker
            "198609262015301001, nip.error.kind",        // 30
            "198609261985051001, nip.error.appointmentBeforeBirth",
            "198609261986081001, nip.error.appointmentBeforeBirth", // month before birth month
            "198609261986091001, nip.error.appointmentBeforeBirth", // same month as birth
            "198902251989211013, nip.error.appointmentBeforeBirth", // PPPK same year as birth
            "198609262999051001, nip.error.appointmentFuture",
            "198609262015053001, nip.error.sex",
            "198609262015050001, nip.error.sex",
            "198609262015051000, nip.error.sequence",
            "198902252024213013, nip.error.sex"
    })
    void rejectsWithThePreciseReason(String raw, String code) {
        Nip.Result result = Nip.check(raw);
        assertThat(result.valid()).isFalse();
        assertThat(result.errorCode()).isEqualTo(code);
    }

    @Test
    void pppkIntakeZeroIsNotAMarker() {
        // digits 13-14 "20" are neither a PNS month nor a PPPK marker with intake 1-9
        assertThat(Nip.check("198902252024201013").errorCode()).isEqualTo("nip.error.kind");
        assertThat(Nip.check("198902252024291013").nip().intake()).isEqualTo(9);
    }

    @Test
    void parseThrowsWithTheCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nip.parse("123")).withMessage("nip.error.length");
    }

    @Test
    void rankAndGradeFollowTheAsnType() {
        assertThat(RankGrade.isValid(AsnType.PNS, "III/a")).isTrue();
        assertThat(RankGrade.isValid(AsnType.PNS, "IV/e")).isTrue();
        assertThat(RankGrade.isValid(AsnType.PNS, "III/e")).isFalse();
        assertThat(RankGrade.isValid(AsnType.PNS, "IX")).isFalse();
        assertThat(RankGrade.isValid(AsnType.PPPK, "IX")).isTrue();
        assertThat(RankGrade.isValid(AsnType.PPPK, "XVIII")).isFalse();
        assertThat(RankGrade.isValid(AsnType.PPPK, "III/a")).isFalse();
        assertThat(RankGrade.isValid(AsnType.PNS, null)).isTrue();
    }

    @Test
    void displayNameCarriesTheTitles() {
        assertThat(Employee.fullName("dr.", "Siti Aminah", "M.Kes.")).isEqualTo("dr. Siti Aminah, M.Kes.");
        assertThat(Employee.fullName(null, "Budi Santoso", " ")).isEqualTo("Budi Santoso");
    }
}
