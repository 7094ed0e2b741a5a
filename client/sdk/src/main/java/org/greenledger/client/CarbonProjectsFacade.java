package org.greenledger.client;

import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectPage;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.api.carbon.MonitoringReportRef;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.VerificationRequest;

final class CarbonProjectsFacade implements CarbonProjects {
    private final Invoker invoker;

    CarbonProjectsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public CarbonProject list(ListCarbonProjectRequest request) {
        return invoker.call(Transaction.LIST_CARBON_PROJECT, request);
    }

    @Override
    public CarbonProject validate(ProjectDecision decision) {
        return invoker.call(Transaction.VALIDATE_CARBON_PROJECT, decision);
    }

    @Override
    public CarbonProject register(ProjectDecision decision) {
        return invoker.call(Transaction.REGISTER_CARBON_PROJECT, decision);
    }

    @Override
    public CarbonProject reject(ProjectDecision decision) {
        return invoker.call(Transaction.REJECT_CARBON_PROJECT, decision);
    }

    @Override
    public CarbonProject withdraw(ProjectDecision decision) {
        return invoker.call(Transaction.WITHDRAW_CARBON_PROJECT, decision);
    }

    @Override
    public CarbonProject get(String projectId) {
        return invoker.call(Transaction.GET_CARBON_PROJECT, projectId);
    }

    @Override
    public CarbonProjectPage find(CarbonProjectQuery query) {
        return invoker.call(Transaction.FIND_CARBON_PROJECTS, query);
    }

    @Override
    public MonitoringReport submitReport(MonitoringReportRequest request) {
        return invoker.call(Transaction.SUBMIT_MONITORING_REPORT, request);
    }

    @Override
    public MonitoringReport verifyReport(VerificationRequest request) {
        return invoker.call(Transaction.VERIFY_MONITORING_REPORT, request);
    }

    @Override
    public MonitoringReport report(String projectId, String reportId) {
        return invoker.call(Transaction.GET_MONITORING_REPORT, new MonitoringReportRef(projectId, reportId));
    }
}
