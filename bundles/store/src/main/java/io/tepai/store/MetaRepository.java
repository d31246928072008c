package io.tepai.store;

import java.util.Optional;
import javax.persistence.EntityManager;

/** Key/value facts about the database itself, in table {@code tepai_meta}. */
public final class MetaRepository {

    private final EntityManager em;

    MetaRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<String> get(String key) {
        return em.createNativeQuery("SELECT meta_value FROM tepai_meta WHERE meta_key = ?")
                .setParameter(1, key)
                .getResultList().stream().findFirst().map(String::valueOf);
    }

    public void put(String key, String value) {
        int updated = em.createNativeQuery("UPDATE tepai_meta SET meta_value = ? WHERE meta_key = ?")
                .setParameter(1, value).setParameter(2, key).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO tepai_meta (meta_key, meta_value) VALUES (?, ?)")
                    .setParameter(1, key).setParameter(2, value).executeUpdate();
        }
    }
}
