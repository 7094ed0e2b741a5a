package org.greenledger.chaincode.contract.asset;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectPage;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Carbon projects in world state, one key each, with an index from the use-of-proceeds green
 * project a project is (the link from a green bond to the credits its projects earn). Listing the
 * projects walks their key range (no index; the status filter is applied while walking).
 */
public final class CarbonProjectRegister {
    private static final String PROJECT = "carbonProject";
    private static final String BY_GREEN_PROJECT = "carbonByGreenProject";

    private final Ledger ledger;

    public CarbonProjectRegister(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<CarbonProject> find(String projectId) {
        return ledger.read(ledger.key(PROJECT, projectId), CarbonProject.class);
    }

    public CarbonProject get(String projectId) {
        return find(projectId).orElseThrow(() -> ContractError.notFound("carbon project", projectId));
    }

    /** The project, if {@code registryMspId} registered it (the registry that issues its credits); else NOT_AUTHORIZED. */
    public CarbonProject registeredBy(String projectId, String registryMspId) {
        CarbonProject project = get(projectId);
        if (!registryMspId.equals(project.registeredBy())) {
            throw ContractError.notAuthorized("carbon project " + projectId + " is registered by "
                    + project.registeredBy());
        }
        return project;
    }

    /** One page of the projects that pass the query's filter, in project id order (read-only transactions only). */
    public CarbonProjectPage page(CarbonProjectQuery query) {
        Ledger.Page<CarbonProject> page = ledger.page(query.pageSize(), query.bookmark(), CarbonProject.class,
                project -> query.status() == null || project.status() == query.status(),
                Check.MAX_SCANNED_PER_PAGE, PROJECT);
        return new CarbonProjectPage(page.items(), page.bookmark());
    }

    public void save(CarbonProject project) {
        ledger.write(ledger.key(PROJECT, project.projectId()), project);
        String green = project.terms().greenProjectId();
        if (green != null) {
            ledger.write(ledger.key(BY_GREEN_PROJECT, green, project.projectId()), project.projectId());
        }
    }

    /** The carbon projects that are the given green project. */
    public List<String> ofGreenProject(String greenProjectId) {
        return ledger.readAll(BY_GREEN_PROJECT, String.class, greenProjectId);
    }

    /** Every committed change of the record, oldest first. */
    public java.util.List<Ledger.KeyChange> history(String projectId) {
        return ledger.history(ledger.key(PROJECT, projectId));
    }
}
