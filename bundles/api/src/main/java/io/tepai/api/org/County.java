package io.tepai.api.org;

import java.util.List;

/**
 * A county-level unit of Jiaozuo (县/市/区), reference data.
 *
 * @param code               stable code, the pinyin slug, e.g. {@code wuzhi}
 * @param nameZh             Chinese name, e.g. 武陟县
 * @param nameEn             English name, e.g. Wuzhi County
 * @param divisionCode       GB/T 2260 administrative division code; empty where none exists (示范区)
 * @param leadingIndustries  the county's leading industries (主导产业), in the county's order
 * @param version            optimistic-locking version; send it back with an update
 */
public record County(String code, String nameZh, String nameEn, String divisionCode,
                     List<String> leadingIndustries, long version) {

    public County {
        leadingIndustries = List.copyOf(leadingIndustries);
    }
}
