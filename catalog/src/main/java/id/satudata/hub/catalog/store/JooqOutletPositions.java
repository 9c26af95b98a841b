package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.OutletPosition;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Outlet positions in the hub's database, one row per outlet and dataset. */
@Component
public class JooqOutletPositions implements OutletPositions {

    private final DSLContext dsl;

    public JooqOutletPositions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long position(String outlet, String datasetId) {
        return dsl.select(OutletPosition.SEQ)
                .from(OutletPosition.TABLE)
                .where(OutletPosition.OUTLET.eq(outlet))
                .and(OutletPosition.DATASET_ID.eq(datasetId))
                .fetchOptional(OutletPosition.SEQ)
                .orElse(0L);
    }

    /** Update first, insert when new: each outlet saves its own positions from one thread, on every database. */
    @Override
    public void save(String outlet, String datasetId, long seq) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = dsl.update(OutletPosition.TABLE)
                .set(OutletPosition.SEQ, seq)
                .set(OutletPosition.UPDATED_AT, now)
                .where(OutletPosition.OUTLET.eq(outlet))
                .and(OutletPosition.DATASET_ID.eq(datasetId))
                .execute();
        if (updated == 0) {
            dsl.insertInto(OutletPosition.TABLE)
                    .columns(
                            OutletPosition.OUTLET,
                            OutletPosition.DATASET_ID,
                            OutletPosition.SEQ,
                            OutletPosition.UPDATED_AT)
                    .values(outlet, datasetId, seq, now)
                    .execute();
        }
    }
}
