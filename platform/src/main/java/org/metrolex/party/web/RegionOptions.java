package org.metrolex.party.web;

import java.util.List;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;

/** Regions a user may pick in a form or filter: those in the user's scope, indented by level. */
public record RegionOptions(String code, String label) {

    static List<RegionOptions> of(RegionCatalogue regions, DataScope scope) {
        return regions.all().stream().filter(r -> scope.coversRegion(r.code()))
                .map(r -> new RegionOptions(r.code(), indent(r) + r.name() + " " + r.code())).toList();
    }

    private static String indent(Region r) {
        return r.level() == RegionLevel.PROVINCE ? "" : r.level() == RegionLevel.PREFECTURE ? "　" : "　　";
    }
}
