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
        SpecialistConditions.apply(query, specialistId, unit, county, year);
        return query.page("e.concludedOn DESC, e.id DESC", page);
    }
}
