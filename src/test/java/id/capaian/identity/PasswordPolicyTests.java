package id.capaian.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static java.util.List<String> codes(String password, String confirmation) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PasswordPolicy.check("password", password, confirmation, "198609262015051001"));
        return e == null ? java.util.List.of() : e.problems().stream().map(Problem::code).toList();
    }

    @Test
    void acceptsALongMixedPassword() {
        assertThatNoException().isThrownBy(() -> PasswordPolicy.check("password", "Rahasia12345", "Rahasia12345", "198609262015051001"));
    }

    @Test
    void namesEveryProblem() {
        assertThat(codes("short1", null)).containsExactly("password.error.tooShort");
        assertThat(codes("onlyletterslong", null)).containsExactly("password.error.lettersAndDigits");
        assertThat(codes("a198609262015051001", null)).containsExactly("password.error.containsNip");
        assertThat(codes("Rahasia12345", "Rahasia1234")).containsExactly("password.error.mismatch");
        assertThat(codes(null, null)).containsExactly("password.error.tooShort");
    }
}
