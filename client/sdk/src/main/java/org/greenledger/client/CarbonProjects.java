package org.greenledger.client;

import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectPage;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.VerificationRequest;

/**
 * Carbon projects and their monitoring: the developer's bank lists a project and submits
 * monitoring reports; a verifier (never the listing bank) validates the project and verifies the
 * reports in whole tonnes; the registry registers or rejects the project; the listing bank may
 * withdraw it before registration. A project moves LISTED, VALIDATED, REGISTERED (or REJECTED,
 * WITHDRAWN); a step out of order is {@code INVALID_TRANSITION}. Each step names the hash of its
 * document. Writes need {@code gl.role} {@code operator} or {@code admin}; reads are open to
 * every member.
 *
 * <pre>{@code
 * bank.carbonProjects().list(new ListCarbonProjectRequest("WIND-7", "Ninh Thuan Wind", "VCS", "ACM0002", "VN",
 *         Sector.ENERGY, "DEV-001", null, designDocHash));
 * verifier.carbonProjects().validate(new ProjectDecision("WIND-7", validationReportHash));
 * registry.carbonProjects().register(new ProjectDecision("WIND-7", decisionHash));
 * }</pre>
 */
public interface CarbonProjects {
    /**
     * Lists a project for a client developer (the developer account's custodian bank, a
     * CUSTODIAN org), optionally linked to the green project that a bond finances.
     *
     * @param request the project's id, name, standard, methodology, host country, sector, the
     *                developer's account, the financed green project (or null) and the design
     *                document's hash
     * @return the project, LISTED
     * @throws RejectedException {@code ALREADY_EXISTS} if an asset has that id;
     *                           {@code NOT_AUTHORIZED} for another bank's developer;
     *                           {@code NOT_FOUND} for an unknown account or green project
     */
    CarbonProject list(ListCarbonProjectRequest request);

    /**
     * Validates a listed project (a VERIFIER org other than the listing bank).
     *
     * @param decision the project and the validation report's hash
     * @return the project, VALIDATED
     * @throws RejectedException {@code NOT_AUTHORIZED} for the listing bank or a non-VERIFIER;
     *                           {@code INVALID_TRANSITION} unless it is LISTED
     */
    CarbonProject validate(ProjectDecision decision);

    /**
     * Registers a validated project (a REGISTRY org, which from then on issues its credits).
     *
     * @param decision the project and the registration decision's hash
     * @return the project, REGISTERED
     * @throws RejectedException {@code INVALID_TRANSITION} unless it is VALIDATED
     */
    CarbonProject register(ProjectDecision decision);

    /**
     * Rejects a project before registration (a REGISTRY org).
     *
     * @param decision the project and the decision's hash
     * @return the project, REJECTED (final)
     * @throws RejectedException {@code INVALID_TRANSITION} unless it is LISTED or VALIDATED
     */
    CarbonProject reject(ProjectDecision decision);

    /**
     * Withdraws a project before registration (the bank that listed it).
     *
     * @param decision the project and the withdrawal's document hash
     * @return the project, WITHDRAWN (final)
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other bank;
     *                           {@code INVALID_TRANSITION} unless it is LISTED or VALIDATED
     */
    CarbonProject withdraw(ProjectDecision decision);

    /**
     * Reads a carbon project.
     *
     * @param projectId the project's id
     * @return the project with its terms, status and who decided each step
     * @throws RejectedException {@code NOT_FOUND} for an unknown project
     */
    CarbonProject get(String projectId);

    /**
     * Lists the carbon projects a page at a time, in project id order, optionally only those in
     * one status. Open to every member. With the filter a page may hold fewer projects than its
     * size, even none, while its bookmark is not empty: read on until the bookmark is empty.
     *
     * @param query the status (or null for all), the page size (1 to 500) and the previous page's
     *              bookmark
     * @return the projects on this page and the bookmark of the next (empty after the last)
     * @throws RejectedException {@code INVALID_ARGUMENT} for a bookmark this query did not give
     */
    CarbonProjectPage find(CarbonProjectQuery query);

    /**
     * Submits a monitoring report of a registered project once its period has ended (the bank
     * that listed it). Keyed by the report id: the same request sent again returns the first
     * report (replay-safe).
     *
     * @param request the report id, the project, the monitoring period, the tonnes claimed and the
     *                report's hash
     * @return the report, unverified
     * @throws RejectedException {@code NOT_DUE} until the day after the period ends;
     *                           {@code INVALID_STATE} for a project not REGISTERED;
     *                           {@code ALREADY_EXISTS} for the id with another request;
     *                           {@code NOT_AUTHORIZED} for any bank but the listing one
     */
    MonitoringReport submitReport(MonitoringReportRequest request);

    /**
     * Verifies a report in whole tonnes, at most those claimed (a VERIFIER org other than the
     * listing bank); the registry can then issue them as credits.
     *
     * @param request the project, the report, the tonnes verified and the statement's hash
     * @return the report, verified
     * @throws RejectedException {@code INVALID_STATE} if it is verified already;
     *                           {@code INVALID_ARGUMENT} for more tonnes than claimed;
     *                           {@code NOT_AUTHORIZED} for the listing bank
     */
    MonitoringReport verifyReport(VerificationRequest request);

    /**
     * Reads a monitoring report.
     *
     * @param projectId the project
     * @param reportId  the report's id
     * @return the report, with its verification once verified
     * @throws RejectedException {@code NOT_FOUND} for an unknown report
     */
    MonitoringReport report(String projectId, String reportId);
}
