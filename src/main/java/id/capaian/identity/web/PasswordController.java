package id.capaian.identity.web;

import id.capaian.identity.AccountManagement;
import id.capaian.identity.internal.CapaianPrincipal;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.Forms;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person changes their own password (forced after a reset or a new account). */
@Controller
class PasswordController {

    private final AccountManagement accounts;

    PasswordController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** Input of the password page. */
    public static class PasswordForm {
        private String current;
        private String password;
        private String confirmation;

        public String getCurrent() { return current; }
        public void setCurrent(String current) { this.current = current; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getConfirmation() { return confirmation; }
        public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal CapaianPrincipal me, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("mustChange", me != null && me.mustChangePassword());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CapaianPrincipal me, @ModelAttribute("form") PasswordForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpSession session) {
        try {
            accounts.changeOwnPassword(me, me.accountId(), form.getCurrent(), form.getPassword(), form.getConfirmation());
            me.passwordChanged();
            // store the changed principal again: a database session saves only what is set, not what is mutated
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    SecurityContextHolder.getContext());
            redirect.addFlashAttribute("flash", "password.changed");
            return "redirect:/";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            form.setCurrent(null);
            form.setPassword(null);
            form.setConfirmation(null);
            model.addAttribute("mustChange", me.mustChangePassword());
            return "identity/password";
        }
    }
}
