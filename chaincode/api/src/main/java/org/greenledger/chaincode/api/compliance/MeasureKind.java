package org.greenledger.chaincode.api.compliance;

/** The regulator's standing measures on one target that {@code compliance:FindMeasures} lists. */
public enum MeasureKind {
    /** An account on the sanctions list (any member may list them, as it may read each). */
    SANCTION,
    /** An account freeze (listed to the registry and the regulator only: it names other banks' clients). */
    ACCOUNT_FREEZE,
    /** A paused asset (any member may list them, as it may read each). */
    ASSET_PAUSE
}
