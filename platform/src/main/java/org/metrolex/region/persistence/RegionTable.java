package org.metrolex.region.persistence;

import static org.metrolex.platform.jooq.Tables.REGION;

import java.util.List;
import org.jooq.DSLContext;
import org.metrolex.region.domain.Region;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the {@code region} table equal to the shipped tree (insert new, update changed names). */
@Repository
public class RegionTable {

    private final DSLContext dsl;

    RegionTable(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional
    public void synchronise(List<Region> regions) {
        // Parents first so that the foreign key holds row by row.
        for (Region r : regions) {
            dsl.insertInto(REGION)
                    .set(REGION.CODE, r.code())
                    .set(REGION.NAME, r.name())
                    .set(REGION.REGION_LEVEL, r.level().name().toLowerCase())
                    .set(REGION.PARENT_CODE, r.parentCode())
                    .onConflict(REGION.CODE)
                    .doUpdate()
                    .set(REGION.NAME, r.name())
                    .set(REGION.REGION_LEVEL, r.level().name().toLowerCase())
                    .set(REGION.PARENT_CODE, r.parentCode())
                    .execute();
        }
    }
}
