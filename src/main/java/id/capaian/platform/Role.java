package id.capaian.platform;

/** What an account may do. Appraiser rights are not a role: they follow from reporting lines. */
public enum Role {
    EMPLOYEE, AGENCY_ADMIN, AGENCY_HEAD, NATIONAL_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
