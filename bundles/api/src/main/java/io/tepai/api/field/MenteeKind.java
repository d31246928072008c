package io.tepai.api.field;

/** Local people a specialist mentors (传帮带扶, R-SVC-1). */
public enum MenteeKind {
    /** 乡土人才 / 致富带头人 */
    LOCAL_LEADER,
    /** 青年农场主 */
    YOUNG_FARM_OWNER
}
