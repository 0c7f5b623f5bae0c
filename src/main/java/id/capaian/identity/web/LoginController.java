package id.capaian.identity.web;

import id.capaian.identity.AccountManagement;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.web.Forms;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the one-time set-up of the first national administrator. */
@Controller
class LoginController {

    private final AccountManagement accounts;

    LoginController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout, @RequestParam(required = false) String expired,
            @RequestParam(required = false) String setup, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", switch (error) {
                case "locked" -> "login.error.locked";
                case "disabled" -> "login.error.disabled";
                default -> "login.error.bad";
            });
        }
        model.addAttribute("infoKey", logout != null ? "login.logout" : expired != null ? "login.expired"
                : setup != null ? "setup.done" : null);
        return "identity/login";
    }

    /** Input of the set-up page. */
    public static class SetupForm {
        private String nip;
        private String name;
        private String password;
        private String confirmation;

        public String getNip() { return nip; }
        public void setNip(String nip) { this.nip = nip; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getConfirmation() { return confirmation; }
        public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    }

    @GetMapping("/setup")
    String setupForm(Model model) {
        if (!accounts.setupNeeded()) {
            return "redirect:/login";
        }
        model.addAttribute("form", new SetupForm());
        return "identity/setup";
    }

    @PostMapping("/setup")
    String setup(@ModelAttribute("form") SetupForm form, BindingResult binding) {
        if (!accounts.setupNeeded()) {
            return "redirect:/login";
        }
        try {
            accounts.setupFirstAdmin(form.getNip(), form.getName(), form.getPassword(), form.getConfirmation());
            return "redirect:/login?setup";
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
            form.setPassword(null);
            form.setConfirmation(null);
            return "identity/setup";
        }
    }
}
