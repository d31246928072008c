package io.tepai.api.roster;

/** What a county asks about a specialist who served it. */
public enum CountyNeed {
    /** The county needs the specialist next year too. */
    KEEP,
    /** The county no longer needs the specialist. */
    RELEASE
}
