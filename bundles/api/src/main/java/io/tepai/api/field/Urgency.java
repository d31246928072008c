package io.tepai.api.field;

public enum Urgency {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
