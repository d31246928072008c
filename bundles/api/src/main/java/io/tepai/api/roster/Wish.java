package io.tepai.api.roster;

/** What a specialist wishes for the roster year. */
public enum Wish {
    /** Serve another year. */
    STAY,
    /** Leave the programme at the end of this year. */
    LEAVE
}
