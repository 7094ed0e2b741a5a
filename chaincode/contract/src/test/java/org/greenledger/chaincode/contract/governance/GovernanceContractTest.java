package org.greenledger.chaincode.contract.governance;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_NO_ROLE;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.event.Bootstrapped;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.ProposalStatus;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GovernanceContractTest {
    private final GovernanceContract governance = new GovernanceContract();
    private TestLedger ledger;

    @BeforeEach
    void newLedger() {
        ledger = new TestLedger();
    }

    private static String bootstrapJson() {
        return Json.encode(new BootstrapRequest("Alliance", REGULATOR, "Regulator"));
    }

    @Nested
    class Bootstrap {
        @Test
        void makes_the_callers_org_the_registry_and_names_the_regulator() {
            ledger.submit(ALLIANCE_ADMIN, ctx -> governance.Bootstrap(ctx, bootstrapJson()));

            Bootstrapped event = ledger.lastEvent(EventType.GOVERNANCE_BOOTSTRAPPED, Bootstrapped.class);
            assertEquals(List.of(ALLIANCE, REGULATOR), event.orgs().stream().map(MemberOrg::mspId).toList());
            MemberOrg alliance = Json.decode(ledger.evaluate(ALLIANCE_ADMIN, ctx -> governance.GetOrg(ctx, ALLIANCE)),
                    MemberOrg.class);
            assertEquals(List.of(OrgRole.REGISTRY), alliance.roles());
            MemberOrg regulator = Json.decode(ledger.evaluate(ALLIANCE_ADMIN, ctx -> governance.GetOrg(ctx, REGULATOR)),
                    MemberOrg.class);
            assertEquals(List.of(OrgRole.REGULATOR), regulator.roles());
        }

        @Test
        void happens_only_once() {
            ledger.submit(ALLIANCE_ADMIN, ctx -> governance.Bootstrap(ctx, bootstrapJson()));
            ledger.assertRefused(ErrorCode.ALREADY_BOOTSTRAPPED, BANK_A_ADMIN,
                    ctx -> governance.Bootstrap(ctx, bootstrapJson()));
        }

        @Test
        void needs_an_admin() {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, ALLIANCE_OPERATOR,
                    ctx -> governance.Bootstrap(ctx, bootstrapJson()));
        }

        @Test
        void refuses_the_alliance_as_its_own_regulator() {
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, ALLIANCE_ADMIN, ctx -> governance.Bootstrap(ctx,
                    Json.encode(new BootstrapRequest("Alliance", ALLIANCE, "Also us"))));
        }
    }

    @Nested
    class RegisterOrg {
        @BeforeEach
        void bootstrap() {
            ledger.submit(ALLIANCE_ADMIN, ctx -> governance.Bootstrap(ctx, bootstrapJson()));
        }

        private String bankA() {
            return Json.encode(new RegisterOrgRequest(BANK_A, "Bank A", List.of(OrgRole.CUSTODIAN, OrgRole.ISSUER)));
        }

        @Test
        void registers_a_member_with_canonical_roles_and_emits_the_event() {
            MemberOrg org = Json.decode(ledger.submit(ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx, bankA())),
                    MemberOrg.class);

            assertEquals(List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN), org.roles());
            assertEquals(org, ledger.lastEvent(EventType.ORG_REGISTERED, MemberOrg.class));
            assertEquals(3, Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> governance.ListOrgs(ctx)),
                    MemberOrg[].class).length);
        }

        @Test
        void is_refused_to_an_alliance_operator() {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, ALLIANCE_OPERATOR, ctx -> governance.RegisterOrg(ctx, bankA()));
        }

        @Test
        void is_refused_to_the_admin_of_an_org_without_the_registry_role() {
            ledger.submit(ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx, bankA()));
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_ADMIN, ctx -> governance.RegisterOrg(ctx,
                    Json.encode(new RegisterOrgRequest("BankCMSP", "Bank C", List.of(OrgRole.CUSTODIAN)))));
        }

        @Test
        void is_refused_to_an_unregistered_org() {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_ADMIN, ctx -> governance.RegisterOrg(ctx, bankA()));
        }

        @Test
        void is_refused_to_a_certificate_without_gl_role() {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_NO_ROLE, ctx -> governance.ListOrgs(ctx));
        }

        @Test
        void cannot_grant_governing_roles() {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx,
                    Json.encode(new RegisterOrgRequest("Reg2MSP", "Second regulator", List.of(OrgRole.REGULATOR)))));
        }

        @Test
        void refuses_a_duplicate() {
            ledger.submit(ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx, bankA()));
            ledger.assertRefused(ErrorCode.ALREADY_EXISTS, ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx, bankA()));
        }

        @Test
        void refuses_bad_input_with_its_code() {
            ledger.assertRefused(ErrorCode.MALFORMED_REQUEST, ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx, "{\"mspId\":"));
            ledger.assertRefused(ErrorCode.MALFORMED_REQUEST, ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx, "[1,2]"));
            ledger.assertRefused(ErrorCode.MALFORMED_REQUEST, ALLIANCE_ADMIN, ctx -> governance.RegisterOrg(ctx, ""));
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, ALLIANCE_ADMIN,
                    ctx -> governance.RegisterOrg(ctx, "{\"mspId\":\"BankCMSP\",\"name\":\"Bank C\",\"roles\":[]}"));
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, ALLIANCE_ADMIN,
                    ctx -> governance.RegisterOrg(ctx, "{\"mspId\":\"BankCMSP\",\"name\":\"Bank C\",\"roles\":[\"BROKER\"]}"));
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, ALLIANCE_ADMIN,
                    ctx -> governance.RegisterOrg(ctx, "{\"name\":\"Bank C\",\"roles\":[\"ISSUER\"]}"));
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, ALLIANCE_ADMIN,
                    ctx -> governance.RegisterOrg(ctx, "{\"mspId\":\"Bank C!\",\"name\":\"Bank C\",\"roles\":[\"ISSUER\"]}"));
        }
    }

    @Nested
    class RoleChange {
        @BeforeEach
        void members() {
            Members.register(ledger);
        }

        private RoleChangeProposal propose(String mspId, OrgRole... roles) {
            return Json.decode(ledger.submit(ALLIANCE_ADMIN, ctx -> governance.ProposeRoleChange(ctx,
                    Json.encode(new RoleChangeRequest(mspId, List.of(roles))))), RoleChangeProposal.class);
        }

        @Test
        void takes_effect_only_when_the_regulator_approves() {
            RoleChangeProposal proposal = propose(BANK_A, OrgRole.CUSTODIAN);
            MemberOrg unchanged = Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> governance.GetOrg(ctx, BANK_A)),
                    MemberOrg.class);
            assertEquals(List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN), unchanged.roles());

            ledger.submit(REGULATOR_ADMIN, ctx -> governance.ApproveRoleChange(ctx, proposal.proposalId()));

            MemberOrg changed = ledger.lastEvent(EventType.ORG_ROLES_CHANGED, MemberOrg.class);
            assertEquals(List.of(OrgRole.CUSTODIAN), changed.roles());
            RoleChangeProposal approved = Json.decode(ledger.evaluate(BANK_A_VIEWER,
                    ctx -> governance.GetRoleChange(ctx, proposal.proposalId())), RoleChangeProposal.class);
            assertEquals(ProposalStatus.APPROVED, approved.status());
            assertEquals(REGULATOR, approved.approvedBy());
        }

        @Test
        void cannot_be_approved_by_the_alliance() {
            RoleChangeProposal proposal = propose(BANK_A, OrgRole.CUSTODIAN);
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, ALLIANCE_ADMIN,
                    ctx -> governance.ApproveRoleChange(ctx, proposal.proposalId()));
        }

        @Test
        void cannot_be_proposed_by_the_regulator() {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, REGULATOR_ADMIN, ctx -> governance.ProposeRoleChange(ctx,
                    Json.encode(new RoleChangeRequest(BANK_A, List.of(OrgRole.CUSTODIAN)))));
        }

        @Test
        void cannot_be_approved_twice() {
            RoleChangeProposal proposal = propose(BANK_A, OrgRole.CUSTODIAN);
            ledger.submit(REGULATOR_ADMIN, ctx -> governance.ApproveRoleChange(ctx, proposal.proposalId()));
            ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_ADMIN,
                    ctx -> governance.ApproveRoleChange(ctx, proposal.proposalId()));
        }

        @Test
        void cannot_leave_the_consortium_without_a_regulator() {
            RoleChangeProposal proposal = propose(REGULATOR, OrgRole.VERIFIER);
            ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_ADMIN,
                    ctx -> governance.ApproveRoleChange(ctx, proposal.proposalId()));
        }

        @Test
        void needs_existing_orgs_and_proposals() {
            ledger.assertRefused(ErrorCode.NOT_FOUND, ALLIANCE_ADMIN, ctx -> governance.ProposeRoleChange(ctx,
                    Json.encode(new RoleChangeRequest("NobodyMSP", List.of(OrgRole.ISSUER)))));
            ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_ADMIN, ctx -> governance.ApproveRoleChange(ctx, "no-such"));
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_ADMIN, ctx -> governance.ApproveRoleChange(ctx, "bad id!"));
        }

        @Test
        void proposals_are_keyed_by_their_transaction() {
            RoleChangeProposal first = propose(BANK_A, OrgRole.CUSTODIAN);
            RoleChangeProposal second = propose(BANK_A, OrgRole.ISSUER);
            assertTrue(!first.proposalId().equals(second.proposalId()));
        }
    }
}
