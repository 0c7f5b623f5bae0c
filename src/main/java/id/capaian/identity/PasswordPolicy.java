package id.capaian.identity;

import id.capaian.platform.InvalidInputException;

/** What a password must be: at least 10 characters, letters and digits, and not the NIP itself. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String field, String password, String confirmation, String username) {
        var problems = new InvalidInputException.Collector();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(field, "password.error.tooShort", MIN_LENGTH);
        } else {
            if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
                problems.add(field, "password.error.lettersAndDigits");
            }
            if (username != null && password.replaceAll("\\s", "").contains(username)) {
                problems.add(field, "password.error.containsNip");
            }
            if (password.length() > 200) {
                problems.add(field, "validation.tooLong", 200);
            }
        }
        if (confirmation != null && !confirmation.equals(password)) {
            problems.add("confirmation", "password.error.mismatch");
        }
        problems.throwIfAny();
    }
}
