package org.metrolex.identity.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.identity.IdentityManagement.IssuedToken;
import org.metrolex.identity.domain.Account;
import org.metrolex.identity.domain.ApiToken;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.Confirmation;
import org.metrolex.platform.web.Confirmation.Fact;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.region.RegionCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The accounts page for the provincial administrator: who has an account, unlock, issue and revoke API tokens. */
@PageController
@RequestMapping("/admin/accounts")
class AccountPageController {

    private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final IdentityManagement identity;
    private final PartyManagement parties;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;
    private final Clock clock;

    AccountPageController(IdentityManagement identity, PartyManagement parties, CurrentUser currentUser,
                          RegionCatalogue regions, Clock clock) {
        this.identity = identity;
        this.parties = parties;
        this.currentUser = currentUser;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String list(Model model) {
        Long tokenAccountId = (Long) model.getAttribute("tokenAccountId");
        return page(model, (String) model.getAttribute("issuedToken"), tokenAccountId);
    }

    @PostMapping("/{id:\\d+}/unlock")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        identity.unlock(id);
        redirect.addFlashAttribute("flash", "account.unlocked");
        return "redirect:/admin/accounts";
    }

    /**
     * The new token travels to the page once as a flash attribute (kept in the server-side session for
     * that one redirect, never in a URL or cookie), so reloading the page shows it no more and issues
     * no second token.
     */
    @PostMapping("/tokens")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String issueToken(@RequestParam(required = false) Long accountId, @RequestParam(required = false) String name,
                      @RequestParam(required = false) String expiresAt, RedirectAttributes redirect) {
        redirect.addFlashAttribute("tokenAccountId", accountId);
        try {
            if (accountId == null) {
                throw new RuleViolation("accountId", "required", "请选择账号", "choose an account");
            }
            IssuedToken token = identity.issueToken(accountId, name, TokenExpiry.parse(expiresAt, clock));
            redirect.addFlashAttribute("issuedToken", token.token());
            return "redirect:/admin/accounts";
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/admin/accounts", v);
        }
    }

    /** Revoking cuts off a system client at once and cannot be undone: asked for on its own page. */
    @GetMapping("/tokens/{id:\\d+}/revoke")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String confirmRevoke(@PathVariable long id, Model model) {
        ApiToken t = identity.token(id).orElseThrow(() -> RuleViolation.notFound("令牌/token", id));
        model.addAttribute("confirm", Confirmation.of("account.confirm.revoke.title", "account.confirm.revoke",
                List.of(t.name(), t.username()),
                List.of(new Fact("account.username", t.username()), new Fact("account.tokenName", t.name()),
                        new Fact("account.tokenCreated", format(t.createdAt())),
                        new Fact("account.tokenExpires", format(t.expiresAt())),
                        new Fact("account.tokenLastUsed", format(t.lastUsedAt()))),
                "/admin/accounts/tokens/" + id + "/revoke", java.util.Map.of(), "account.revoke", "/admin/accounts"));
        return "common/confirm";
    }

    @PostMapping("/tokens/{id:\\d+}/revoke")
    @PreAuthorize("hasRole('PROVINCE_ADMIN')")
    String revoke(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirm)) {
            return "redirect:/admin/accounts/tokens/" + id + "/revoke";
        }
        try {
            identity.revokeToken(id);
            return Forms.done(redirect, "/admin/accounts", "account.tokenRevoked");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/admin/accounts", v);
        }
    }

    /** What an account's data scope is, in words: its region, or its institution or enterprise by name with a link. */
    private record Organisation(String name, String href) {
    }

    private Organisation organisationOf(DataScope scope, Account a, Map<Long, Institution> institutions) {
        if (a.regionCode() != null) {
            return new Organisation(regions.fullName(a.regionCode()), null);
        }
        if (a.partyId() == null) {
            return new Organisation("", null);
        }
        long id = a.partyId();
        if (a.role() == Role.INSTITUTION_STAFF && institutions.containsKey(id)) {
            return new Organisation(institutions.get(id).name(), "/institutions/" + id);
        }
        if (a.role() == Role.ENTERPRISE_USER) {
            var e = parties.enterprise(scope, id);
            if (e.isPresent()) {
                return new Organisation(e.get().name(), "/enterprises/" + id);
            }
        }
        // an organisation outside the administrator's scope (none for the province's administrator)
        return new Organisation("#" + id, null);
    }

    private static String format(java.time.Instant t) {
        return t == null ? "—" : SHANGHAI.format(t);
    }

    private String page(Model model, String issued, Long tokenAccountId) {
        var now = clock.instant();
        List<Account> accounts = identity.accounts();
        DataScope scope = currentUser.scope();
        Map<Long, Institution> institutions = parties.institutionsInScope(scope).stream()
                .collect(Collectors.toMap(Institution::id, i -> i));
        model.addAttribute("accounts", accounts.stream().map(a -> {
            Organisation o = organisationOf(scope, a, institutions);
            return new AccountRow(a.id(), a.username(), a.displayName(), "role." + a.role().name(), o.name(), o.href(),
                a.enabled(), a.lockedUntil() == null ? "" : SHANGHAI.format(a.lockedUntil()),
                a.lockedUntil() != null && a.lockedUntil().isAfter(now));
        }).toList());
        model.addAttribute("tokens", identity.tokens().stream().map(t -> new TokenRow(t.id(), t.username(), t.name(),
                format(t.createdAt()), format(t.expiresAt()), format(t.lastUsedAt()),
                "account.token." + t.standing(now).name(), t.standing(now) == ApiToken.Standing.ACTIVE)).toList());
        model.addAttribute("maxLifetimeDays", identity.tokenMaxLifetime().toDays());
        model.addAttribute("issuedToken", issued);
        model.addAttribute("tokenAccount", tokenAccountId == null ? "" : accounts.stream()
                .filter(a -> a.id() == tokenAccountId).map(Account::username).findFirst().orElse(""));
        model.addAttribute("tokenAccountId", tokenAccountId);
        return "identity/accounts";
    }
}
