package org.metrolex.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.metrolex.region.domain.Region;
import org.metrolex.region.domain.RegionLevel;
import org.metrolex.region.domain.RegionTree;
import org.metrolex.region.persistence.RegionTable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The module's API: lookups in the region tree. The tree is read from the shipped CSV once and
 * kept in the database table {@code region} (for foreign keys and SQL joins) and in memory.
 */
@Service
public class RegionCatalogue {

    static final String RESOURCE = "region/hebei_gbt2260_2024.csv";

    private final RegionTree tree;

    RegionCatalogue(RegionTable table) {
        this.tree = new RegionTree(readShipped());
        table.synchronise(tree.all());
    }

    /**
     * County-level cities administered directly by the province (省直管县级市; RULES.md §8). GB/T 2260
     * codes them under 石家庄 and 保定, but for supervision and data scope they answer to the province,
     * so the tree hangs them under 130000 and city officers of 石家庄 and 保定 do not see them.
     */
    static final java.util.Map<String, String> PROVINCE_ADMINISTERED = java.util.Map.of(
            "130181", "130000",   // 辛集市
            "130682", "130000");  // 定州市

    static List<Region> readShipped() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            List<Region> regions = new ArrayList<>();
            String header = in.readLine();
            if (header == null || !header.startsWith("code,name,level,parent_code")) {
                throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String parent = PROVINCE_ADMINISTERED.getOrDefault(f[0], f[3].isEmpty() ? null : f[3]);
                regions.add(new Region(f[0], f[1], RegionLevel.valueOf(f[2].toUpperCase(Locale.ROOT)), parent));
            }
            return regions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RegionTree tree() {
        return tree;
    }

    public Optional<Region> find(String code) {
        return tree.find(code);
    }

    public boolean exists(String code) {
        return tree.contains(code);
    }

    public Set<String> selfAndDescendants(String code) {
        return tree.selfAndDescendants(code);
    }

    public boolean isWithin(String code, String ancestor) {
        return tree.isWithin(code, ancestor);
    }

    /** "河北省 / 石家庄市 / 长安区", or the code itself if unknown. */
    public String fullName(String code) {
        List<Region> path = tree.path(code);
        if (path.isEmpty()) {
            return code == null ? "" : code;
        }
        return String.join(" / ", path.stream().map(Region::name).toList());
    }

    /**
     * A region as people in the province name it on a list: a county with its city ("石家庄市 长安区"), a city or a
     * county-level city under the province by its own name; the province is left out (every row lies in it).
     * An unknown code is returned as it is.
     */
    public String placeName(String code) {
        return find(code).map(r -> r.level() == RegionLevel.COUNTY && r.parentCode() != null
                && find(r.parentCode()).map(p -> p.level() == RegionLevel.PREFECTURE).orElse(false)
                ? name(r.parentCode()) + " " + r.name() : r.name()).orElse(code == null ? "" : code);
    }

    public String name(String code) {
        return tree.find(code).map(Region::name).orElse(code == null ? "" : code);
    }

    public List<Region> searchByName(String text) {
        return tree.searchByName(text);
    }

    public List<Region> children(String code) {
        return tree.children(code);
    }

    public List<Region> all() {
        return tree.all();
    }
}
