package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.TechnologyTransferEntity;
import javax.persistence.EntityManager;

/** Technology transfers (R-INC-3). */
public final class TransferRepository {

    private final EntityManager em;

    TransferRepository(EntityManager em) {
        this.em = em;
    }

    public TechnologyTransferEntity add(TechnologyTransferEntity transfer) {
        em.persist(transfer);
        em.flush();
        return transfer;
    }

    /** Transfers of specialists matching the filters (null: any), newest first. */
    public Page<TechnologyTransferEntity> transfers(Long specialistId, String unit, String county, int year,
                                                    PageRequest page) {
        Queries<TechnologyTransferEntity> query = new Queries<>(em, TechnologyTransferEntity.class,
                "TechnologyTransfer");
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        if (Queries.isSet(unit)) {
            query.where("e.specialistId IN (SELECT s.id FROM Specialist s WHERE s.unitCode = :unit)", "unit", unit);
        }
        if (Queries.isSet(county)) {
            query.where("e.specialistId IN (SELECT a.specialistId FROM Assignment a WHERE a.countyCode = :county"
                    + " AND a.year = " + year + ")", "county", county);
        }
        return query.page("e.concludedOn DESC, e.id DESC", page);
    }
}
