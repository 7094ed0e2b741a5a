package org.greenledger.client;

import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.VerificationRequest;

/**
 * Carbon projects and their monitoring: the developer's bank lists a project and submits
 * monitoring reports; a verifier validates the project and verifies the reports in whole tonnes;
 * the registry registers or rejects the project. A step out of order is {@code INVALID_TRANSITION}.
 *
 * <pre>{@code
 * bank.carbonProjects().list(new ListCarbonProjectRequest("WIND-7", "Ninh Thuan Wind", "VCS", "ACM0002", "VN",
 *         Sector.ENERGY, "DEV-001", null, designDocHash));
 * verifier.carbonProjects().validate(new ProjectDecision("WIND-7", validationReportHash));
 * registry.carbonProjects().register(new ProjectDecision("WIND-7", decisionHash));
 * }</pre>
 */
public interface CarbonProjects {
    /** Lists a project for a client developer (the developer's custodian bank). */
    CarbonProject list(ListCarbonProjectRequest request);

    /** Validates a listed project (a VERIFIER org other than the listing bank). */
    CarbonProject validate(ProjectDecision decision);

    /** Registers a validated project (the REGISTRY); it then earns credits. */
    CarbonProject register(ProjectDecision decision);

    /** Rejects a project before registration (the REGISTRY). */
    CarbonProject reject(ProjectDecision decision);

    /** Withdraws a project before registration (the bank that listed it). */
    CarbonProject withdraw(ProjectDecision decision);

    CarbonProject get(String projectId);

    /** Submits a monitoring report once its period has ended (the listing bank); the report id is the request id. */
    MonitoringReport submitReport(MonitoringReportRequest request);

    /** Verifies a report in whole tonnes, at most those claimed (a VERIFIER). */
    MonitoringReport verifyReport(VerificationRequest request);

    MonitoringReport report(String projectId, String reportId);
}
