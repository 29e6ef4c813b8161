package org.metrolex.verification.ingest.persistence;

import static org.metrolex.platform.jooq.Tables.ENTERPRISE;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

/**
 * The facts of the instruments named by one chunk of a bulk upload, in one query per chunk. A read model
 * over the instrument registry for bulk work (docs/adr/0009-bulk-ingestion.md): the instrument module's API
 * reads one instrument at a time, which at province scale (3.4 million a year) is one round trip per row.
 *
 * <p>Reads on a connection of its own (autocommit, not the batch's transaction): the batch's connection is
 * busy streaming COPY data on the writer thread while the next chunk is validated. Registry facts are
 * committed data, so reading them outside the batch's transaction sees the same rows.
 */
@Repository
public class IngestFactReader {

    private final DSLContext dsl;

    IngestFactReader(DataSource dataSource) {
        // The pool itself, not Spring's transaction-aware proxy: a connection separate from the batch's.
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** The instruments among {@code ids} that {@code scope} may read, by id. */
    public Map<Long, InstrumentFacts> findInstruments(DataScope scope, Collection<Long> ids) {
        Map<Long, InstrumentFacts> out = new HashMap<>(ids.size() * 2);
        if (ids.isEmpty()) {
            return out;
        }
        dsl.select(INSTRUMENT.ID, INSTRUMENT.CATEGORY_CODE, INSTRUMENT.REGION_CODE, INSTRUMENT.OWNER_ENTERPRISE_ID, ENTERPRISE.NAME,
                        INSTRUMENT.SERIAL_NUMBER, INSTRUMENT.STATUS)
                .from(INSTRUMENT).join(ENTERPRISE).on(ENTERPRISE.ID.eq(INSTRUMENT.OWNER_ENTERPRISE_ID))
                .where(INSTRUMENT.ID.eq(DSL.any(ids.toArray(Long[]::new))))
                .and(scope.where(INSTRUMENT.REGION_CODE, INSTRUMENT.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE))
                .fetch().forEach(r -> out.put(r.value1(), new InstrumentFacts(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7())));
        return out;
    }
}
