package id.capaian.identity.web;

import id.capaian.identity.Account;
import id.capaian.identity.AccountManagement;
import id.capaian.organisation.Employee;
import id.capaian.organisation.EmployeeManagement;
import id.capaian.platform.Actor;
import id.capaian.platform.InvalidInputException;
import id.capaian.platform.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts of an agency: create for an employee, roles, reset, unlock, enable and disable. */
@Controller
@RequestMapping("/agencies/{agencyId}/accounts")
class AccountAdminController {

    private final AccountManagement accounts;
    private final EmployeeManagement employees;

    AccountAdminController(AccountManagement accounts, EmployeeManagement employees) {
        this.accounts = accounts;
        this.employees = employees;
    }

    @GetMapping
    String list(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) String q, Model model) {
        List<Account> list = accounts.list(actor, agencyId, q);
        Set<Long> withAccount = accounts.list(actor, agencyId, null).stream().map(Account::employeeId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<Employee> without = employees.activeInAgency(actor, agencyId).stream()
                .filter(e -> !withAccount.contains(e.id())).toList();
        model.addAttribute("accounts", list);
        model.addAttribute("without", without);
        model.addAttribute("q", q);
        model.addAttribute("roles", actor.isNational() ? Role.values()
                : new Role[] {Role.EMPLOYEE, Role.AGENCY_ADMIN, Role.AGENCY_HEAD});
        return "identity/accounts";
    }

    @PostMapping
    String create(Actor actor, @PathVariable long agencyId, @RequestParam(required = false) Long employeeId,
            @RequestParam(required = false) List<Role> roles, RedirectAttributes redirect) {
        try {
            if (employeeId == null) {
                throw InvalidInputException.of("employeeId", "validation.required");
            }
            Set<Role> set = roles == null || roles.isEmpty() ? EnumSet.of(Role.EMPLOYEE) : EnumSet.copyOf(roles);
            var temp = accounts.createForEmployee(actor, agencyId, employeeId, set);
            redirect.addFlashAttribute("flash", "account.temporary");
            redirect.addFlashAttribute("flashArgs", new Object[] {temp.username(), temp.password()});
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/accounts";
    }

    @PostMapping("/{accountId}/roles")
    String roles(Actor actor, @PathVariable long agencyId, @PathVariable long accountId,
            @RequestParam(required = false) List<Role> roles, RedirectAttributes redirect) {
        try {
            accounts.setRoles(actor, agencyId, accountId, roles == null ? Set.of() : EnumSet.copyOf(roles));
            redirect.addFlashAttribute("flash", "flash.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/accounts";
    }

    @PostMapping("/{accountId}/reset")
    String reset(Actor actor, @PathVariable long agencyId, @PathVariable long accountId, RedirectAttributes redirect) {
        var temp = accounts.resetPassword(actor, agencyId, accountId);
        redirect.addFlashAttribute("flash", "account.temporary");
        redirect.addFlashAttribute("flashArgs", new Object[] {temp.username(), temp.password()});
        return "redirect:/agencies/" + agencyId + "/accounts";
    }

    @PostMapping("/{accountId}/unlock")
    String unlock(Actor actor, @PathVariable long agencyId, @PathVariable long accountId, RedirectAttributes redirect) {
        accounts.unlock(actor, agencyId, accountId);
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/agencies/" + agencyId + "/accounts";
    }

    @PostMapping("/{accountId}/enabled")
    String enabled(Actor actor, @PathVariable long agencyId, @PathVariable long accountId, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(actor, agencyId, accountId, enabled);
            redirect.addFlashAttribute("flash", enabled ? "flash.activated" : "flash.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems());
        }
        return "redirect:/agencies/" + agencyId + "/accounts";
    }
}
