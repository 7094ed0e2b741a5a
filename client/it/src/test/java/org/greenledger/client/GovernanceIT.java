package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.greenledger.client.TestNetwork.connectVia;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.ProposalStatus;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue item a: the alliance admin registers the member orgs and their roles. */
class GovernanceIT {
    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void the_alliance_registered_every_member_with_its_roles_as_seen_from_another_orgs_peer() {
        try (GreenLedger regulator = connectVia(BANK_B, REGULATOR, "viewer")) {
            Map<String, List<OrgRole>> roles = regulator.governance().orgs().stream()
                    .collect(Collectors.toMap(MemberOrg::mspId, MemberOrg::roles));
            // An org that joined the running channel (scripts/add-member.sh, AddMemberIT) is
            // registered too, as a bank; the founding members are as they were.
            for (String joined : TestNetwork.joinedMspIds()) {
                assertEquals(List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN), roles.remove(joined), joined);
            }
            assertEquals(Map.of(
                    ALLIANCE, List.of(OrgRole.REGISTRY),
                    BANK_A, List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN),
                    BANK_B, List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN),
                    VERIFIER, List.of(OrgRole.VERIFIER),
                    REGULATOR, List.of(OrgRole.REGULATOR)), roles);
        }
    }

    @Test
    void only_an_admin_of_the_registry_org_registers_orgs() {
        // Not Bank C: it joins the channel for real (AddMemberIT), and this test runs after that too.
        RegisterOrgRequest bankC = new RegisterOrgRequest("BankDMSP", "Bank D", List.of(OrgRole.CUSTODIAN));
        try (GreenLedger bankAdmin = connect(BANK_A, "admin");
                GreenLedger allianceOperator = connect(ALLIANCE, "operator");
                GreenLedger allianceViewer = connect(ALLIANCE, "viewer")) {
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankAdmin.governance().registerOrg(bankC));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> allianceOperator.governance().registerOrg(bankC));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> allianceViewer.governance().registerOrg(bankC));
            assertRejected(ErrorCode.NOT_FOUND, () -> allianceViewer.governance().org("BankDMSP"));
        }
    }

    @Test
    void a_role_change_needs_the_alliance_to_propose_and_the_regulator_to_approve() {
        try (GreenLedger alliance = connect(ALLIANCE, "admin"); GreenLedger regulator = connect(REGULATOR, "admin")) {
            RoleChangeProposal proposal = alliance.governance().proposeRoleChange(
                    new RoleChangeRequest(VERIFIER, List.of(OrgRole.VERIFIER)));
            TestNetwork.awaitPeersInSync();
            assertEquals(ProposalStatus.PENDING, regulator.governance().roleChange(proposal.proposalId()).status());

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> alliance.governance().approveRoleChange(proposal.proposalId()));
            MemberOrg verifier = regulator.governance().approveRoleChange(proposal.proposalId());
            TestNetwork.awaitPeersInSync();

            assertEquals(List.of(OrgRole.VERIFIER), verifier.roles());
            assertEquals(ProposalStatus.APPROVED, alliance.governance().roleChange(proposal.proposalId()).status());
            assertRejected(ErrorCode.INVALID_STATE, () -> regulator.governance().approveRoleChange(proposal.proposalId()));
        }
    }
}
