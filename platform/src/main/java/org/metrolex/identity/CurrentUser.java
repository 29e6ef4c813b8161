package org.metrolex.identity;

import java.util.Set;
import org.metrolex.platform.scope.CallerScope;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, and the {@link DataScope} that follows from it. With {@link DataScope} itself, the one
 * place that builds a scope from a logged-in principal (ArchitectureTests).
 */
@Component
public class CurrentUser implements CallerScope {

    private final RegionCatalogue regions;

    CurrentUser(RegionCatalogue regions) {
        this.regions = regions;
    }

    @Override
    public DataScope scope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof MetrolexPrincipal p)) {
            return DataScope.anonymous();
        }
        return scopeOf(p);
    }

    public DataScope scopeOf(MetrolexPrincipal p) {
        Set<String> codes = p.role().isOfficer() && p.regionCode() != null
                ? regions.selfAndDescendants(p.regionCode()) : Set.of();
        return new DataScope(p.role(), p.username(), codes, p.partyId());
    }

    public java.util.Optional<MetrolexPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof MetrolexPrincipal p
                ? java.util.Optional.of(p) : java.util.Optional.empty();
    }
}
