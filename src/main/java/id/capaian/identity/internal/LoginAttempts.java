package id.capaian.identity.internal;

import id.capaian.identity.AccountManagement;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins towards the lockout and clears the count on success. */
@Component
class LoginAttempts {

    private final AccountManagement accounts;

    LoginAttempts(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CapaianPrincipal p) {
            accounts.recordSuccess(p.username());
        }
    }
}
