package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * One county's switch of one plug-in module, and the criterion's weight there (null: the criterion's default).
 * Isolated from the shared cache: another node on the same database switches too, and a switch read from this node's
 * cache would be stale there at once (issue 18).
 */
@Entity(name = "ModuleSwitch")
@Table(name = "module_switch")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ModuleSwitchEntity extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "module_id")
    private String moduleId;

    @Column(name = "enabled")
    private boolean enabled;

    @Column(name = "weight")
    private Integer weight;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ModuleSwitchEntity() {
    }

    /** A switch not stored yet: off, with no weight of its own. */
    public ModuleSwitchEntity(String countyCode, String moduleId) {
        this.countyCode = countyCode;
        this.moduleId = moduleId;
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getModuleId() {
        return moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Integer getWeight() {
        return weight;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** @param weight the weight in the county, or null to keep the one it has */
    public void set(boolean enabled, Integer weight, String changedBy, Instant changedAt) {
        this.enabled = enabled;
        if (weight != null) {
            this.weight = weight;
        }
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
