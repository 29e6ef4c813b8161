package org.metrolex.region.persistence;

import static org.metrolex.platform.jooq.Tables.REGION;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.region.domain.Region;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the {@code region} table equal to the shipped tree (insert new, update changed rows). */
@Repository
public class RegionTable {

    private final DSLContext dsl;

    RegionTable(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One batch of upserts that rewrite a row only when the shipped data differ, so an ordinary start
     * writes nothing. Parents come before children in the file, so the foreign key holds row by row.
     */
    @Transactional
    public void synchronise(List<Region> regions) {
        dsl.batch(regions.stream().map(r -> dsl.insertInto(REGION)
                .set(REGION.CODE, r.code())
                .set(REGION.NAME, r.name())
                .set(REGION.REGION_LEVEL, r.level().name().toLowerCase())
                .set(REGION.PARENT_CODE, r.parentCode())
                .onConflict(REGION.CODE)
                .doUpdate()
                .set(REGION.NAME, DSL.excluded(REGION.NAME))
                .set(REGION.REGION_LEVEL, DSL.excluded(REGION.REGION_LEVEL))
                .set(REGION.PARENT_CODE, DSL.excluded(REGION.PARENT_CODE))
                .where(REGION.NAME.isDistinctFrom(DSL.excluded(REGION.NAME))
                        .or(REGION.REGION_LEVEL.isDistinctFrom(DSL.excluded(REGION.REGION_LEVEL)))
                        .or(REGION.PARENT_CODE.isDistinctFrom(DSL.excluded(REGION.PARENT_CODE)))))
                .toList()).execute();
    }
}
