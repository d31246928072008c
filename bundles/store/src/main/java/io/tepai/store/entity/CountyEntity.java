package io.tepai.store.entity;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

@Entity(name = "County")
@Table(name = "county")
public class CountyEntity extends VersionedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "division_code")
    private String divisionCode;

    @Column(name = "sort_order")
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "county_industry", joinColumns = @JoinColumn(name = "county_code"))
    @OrderColumn(name = "seq")
    @Column(name = "industry")
    private List<String> leadingIndustries = new ArrayList<>();

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<String> getLeadingIndustries() {
        return leadingIndustries;
    }

    public void setLeadingIndustries(List<String> industries) {
        leadingIndustries.clear();
        leadingIndustries.addAll(industries);
    }

}
