package org.metrolex.instrument.persistence;

import static org.metrolex.platform.jooq.Tables.INSTRUMENT_CATEGORY;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.InstrumentUse;
import org.metrolex.instrument.domain.VerificationMode;
import org.metrolex.platform.jooq.tables.records.InstrumentCategoryRecord;
import org.springframework.stereotype.Repository;

@Repository
class JooqInstrumentCategories implements InstrumentCategories {

    private final DSLContext dsl;
    private final Clock clock;

    JooqInstrumentCategories(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public List<InstrumentCategory> catalogue() {
        return dsl.selectFrom(INSTRUMENT_CATEGORY).orderBy(INSTRUMENT_CATEGORY.CODE).fetch(JooqInstrumentCategories::toCategory);
    }

    @Override
    public Optional<InstrumentCategory> byCode(String code) {
        return dsl.selectFrom(INSTRUMENT_CATEGORY).where(INSTRUMENT_CATEGORY.CODE.eq(code))
                .fetchOptional(JooqInstrumentCategories::toCategory);
    }

    @Override
    public boolean upsert(InstrumentCategory c) {
        if (byCode(c.code()).filter(c::equals).isPresent()) {
            return false;
        }
        InstrumentCategoryRecord r = dsl.newRecord(INSTRUMENT_CATEGORY);
        r.setCode(c.code());
        r.setNameZh(c.nameZh());
        r.setNameEn(c.nameEn());
        r.setSupervisionMode(c.supervisionMode());
        r.setVerificationMode(c.mode() == null ? null : c.mode().name());
        r.setIntervalMonths(c.intervalMonths());
        r.setServiceLifeYears(c.serviceLifeYears());
        r.setUses(c.uses().stream().map(Enum::name).sorted().collect(Collectors.joining(";")));
        r.setRegulation(c.regulation());
        r.setSource(c.source());
        r.setVerified(c.verified());
        r.setNote(c.note());
        r.setUpdatedAt(now());
        dsl.insertInto(INSTRUMENT_CATEGORY).set(r)
                .onConflict(INSTRUMENT_CATEGORY.CODE).doUpdate().set(r)
                .set(INSTRUMENT_CATEGORY.UPDATED_AT, now())
                .execute();
        return true;
    }

    private static InstrumentCategory toCategory(InstrumentCategoryRecord r) {
        return new InstrumentCategory(r.getCode(), r.getNameZh(), r.getNameEn(), r.getSupervisionMode(),
                VerificationMode.parse(r.getVerificationMode()), r.getIntervalMonths(), r.getServiceLifeYears(),
                Arrays.stream(r.getUses().split(";")).map(InstrumentUse::parse).filter(u -> u != null)
                        .collect(Collectors.toSet()),
                r.getRegulation(), r.getSource(), Boolean.TRUE.equals(r.getVerified()), r.getNote());
    }
}
