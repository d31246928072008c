package io.tepai.api.specialist;

/** Industry sectors a specialist serves (R-FIELD-1). */
public enum Sector {
    /** 第一产业: farming, forestry, animal husbandry, fishery */
    PRIMARY,
    /** 第二产业: processing and manufacturing */
    SECONDARY,
    /** 第三产业: services, tourism, trade, e-commerce */
    TERTIARY
}
