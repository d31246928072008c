package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.FeeComplaintEntity;
import javax.persistence.EntityManager;

/** Complaints about fees charged to recipients (R-FUND-4). */
public final class FeeComplaintRepository {

    private final EntityManager em;

    FeeComplaintRepository(EntityManager em) {
        this.em = em;
    }

    public FeeComplaintEntity add(FeeComplaintEntity complaint) {
        em.persist(complaint);
        em.flush();
        return complaint;
    }

    /** Complaints matching the filters (null: any), newest first. */
    public Page<FeeComplaintEntity> complaints(Integer year, String county, PageRequest page) {
        Queries<FeeComplaintEntity> query = new Queries<>(em, FeeComplaintEntity.class, "FeeComplaint");
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        return query.page("e.id DESC", page);
    }
}
