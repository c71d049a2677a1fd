package com.agora.returns.entity;

/** The warehouse's verdict on a returned parcel: only passed units go back on the shelf. */
public enum InspectionResult {
    PASSED,
    FAILED
}
