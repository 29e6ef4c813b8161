package org.metrolex.region.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The province → city → county tree. The parent comes from the data, not from the code's digits:
 * 辛集 130181 and 定州 130682 are administered directly by the province although their codes sit
 * under 石家庄 and 保定 (RULES.md §8); the shipped file records the parent GB/T 2260 gives them.
 */
public final class RegionTree {

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> children = new LinkedHashMap<>();

    public RegionTree(List<Region> regions) {
        for (Region r : regions) {
            if (byCode.put(r.code(), r) != null) {
                throw new IllegalArgumentException("duplicate region code " + r.code());
            }
        }
        for (Region r : regions) {
            if (r.parentCode() != null) {
                if (!byCode.containsKey(r.parentCode())) {
                    throw new IllegalArgumentException("region " + r.code() + " has unknown parent " + r.parentCode());
                }
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    public List<Region> roots() {
        return byCode.values().stream().filter(r -> r.parentCode() == null).toList();
    }

    public List<Region> children(String code) {
        return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
    }

    /** The region itself and every region below it. */
    public Set<String> selfAndDescendants(String code) {
        Set<String> out = new LinkedHashSet<>();
        if (!byCode.containsKey(code)) {
            return out;
        }
        collect(code, out);
        return out;
    }

    private void collect(String code, Set<String> out) {
        out.add(code);
        for (Region child : children.getOrDefault(code, List.of())) {
            collect(child.code(), out);
        }
    }

    /** True if {@code code} is {@code ancestor} or lies below it. */
    public boolean isWithin(String code, String ancestor) {
        String c = code;
        while (c != null) {
            if (c.equals(ancestor)) {
                return true;
            }
            c = byCode.containsKey(c) ? byCode.get(c).parentCode() : null;
        }
        return false;
    }

    /** Path from the province down to the region, e.g. 河北省 / 石家庄市 / 长安区. */
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        Region r = byCode.get(code);
        while (r != null) {
            path.add(0, r);
            r = r.parentCode() == null ? null : byCode.get(r.parentCode());
        }
        return path;
    }

    /** Regions whose name contains the text, e.g. "石家庄" or "桥西" (several cities have a 桥西区). */
    public List<Region> searchByName(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.strip();
        return byCode.values().stream().filter(r -> r.name().contains(t)).toList();
    }
}
