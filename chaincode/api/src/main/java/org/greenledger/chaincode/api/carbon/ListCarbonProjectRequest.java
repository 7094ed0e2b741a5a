package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;

/**
 * The developer's bank lists a carbon project.
 *
 * @param projectId          client-chosen id, unique among all assets on the ledger
 * @param name               public name
 * @param standard           the crediting standard (for example VCS, GS, CDM)
 * @param methodology        the methodology (for example ACM0002)
 * @param hostCountry        ISO 3166-1 alpha-2
 * @param sector             sectoral scope
 * @param developerAccountId the developer's account, held by the calling bank; credits are issued to it
 * @param greenProjectId     the use-of-proceeds green project it is, if a green bond finances it (else null)
 * @param documentHash       SHA-256 of the project design document
 */
public record ListCarbonProjectRequest(String projectId, String name, String standard, String methodology,
        String hostCountry, Sector sector, String developerAccountId, String greenProjectId, String documentHash) {
    public ListCarbonProjectRequest {
        Check.matches("projectId", projectId, Check.ID);
        Check.text("name", name, 200);
        Check.text("standard", standard, 40);
        Check.text("methodology", methodology, 80);
        Check.matches("hostCountry", hostCountry, Check.COUNTRY);
        Check.present("sector", sector);
        Check.matches("developerAccountId", developerAccountId, Check.ID);
        if (greenProjectId != null) {
            Check.matches("greenProjectId", greenProjectId, Check.ID);
        }
        Check.matches("documentHash", documentHash, Check.SHA256_HEX);
    }
}
