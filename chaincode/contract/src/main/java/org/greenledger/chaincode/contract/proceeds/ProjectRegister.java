package org.greenledger.chaincode.contract.proceeds;

import java.util.Optional;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** Green projects in world state, one key each. */
public final class ProjectRegister {
    private static final String PROJECT = "greenProject";

    private final Ledger ledger;

    public ProjectRegister(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<GreenProject> find(String projectId) {
        return ledger.read(ledger.key(PROJECT, projectId), GreenProject.class);
    }

    public GreenProject get(String projectId) {
        return find(projectId).orElseThrow(() -> ContractError.notFound("green project", projectId));
    }

    public void save(GreenProject project) {
        ledger.write(ledger.key(PROJECT, project.projectId()), project);
    }

    /** Every committed change of the record, oldest first. */
    public java.util.List<Ledger.KeyChange> history(String projectId) {
        return ledger.history(ledger.key(PROJECT, projectId));
    }
}
