package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Positional;

/**
 * One monitoring report of one carbon project.
 *
 * @param projectId the carbon project
 * @param reportId  the report's id, chosen by the developer's bank
 */
public record MonitoringReportRef(String projectId, String reportId) implements Positional {
}
