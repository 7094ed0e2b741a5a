package org.greenledger.chaincode.api.carbon;

/** Sectoral scopes of carbon projects. */
public enum Sector {
    ENERGY,
    INDUSTRY,
    TRANSPORT,
    WASTE,
    AGRICULTURE,
    FORESTRY_AND_LAND_USE,
    BUILDINGS,
    CARBON_REMOVAL
}
