package io.tepai.spi.tier;

/** Highest academic degree, lowest first. */
public enum Degree {
    NONE,
    BACHELOR,
    MASTER,
    DOCTORATE;

    public boolean isAtLeast(Degree other) {
        return compareTo(other) >= 0;
    }
}
