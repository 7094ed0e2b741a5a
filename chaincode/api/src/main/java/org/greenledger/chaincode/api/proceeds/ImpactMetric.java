package org.greenledger.chaincode.api.proceeds;

/**
 * Impact metrics of the ICMA Harmonised Framework for Impact Reporting, each in one unit.
 */
public enum ImpactMetric {
    TCO2E_AVOIDED("tCO2e"),
    TCO2E_REDUCED("tCO2e"),
    MWH_RENEWABLE_GENERATED("MWh"),
    MW_CAPACITY_ADDED("MW"),
    MWH_ENERGY_SAVED("MWh"),
    M3_WATER_SAVED("m3"),
    TONNES_WASTE_DIVERTED("t"),
    HECTARES_RESTORED("ha"),
    CLEAN_VEHICLES_DEPLOYED("vehicles");

    private final String unit;

    ImpactMetric(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
