package org.greenledger.chaincode.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chaincode's layering, checked on the compiled classes: no package cycles, a compliance
 * engine that knows no product, and one movement core that is the only writer of holdings.
 */
class PackageStructureTest {
    private static final String ROOT = "org.greenledger.chaincode.contract";
    private static final String MOVEMENT = ROOT + ".movement.";

    /** The stores' writers, by class: only the movement core may call them. */
    private static final Map<String, Set<String>> STORE_WRITERS = Map.of(
            MOVEMENT + "HoldingBook", Set.of("credit", "debit", "seize", "retire", "freeze", "unfreeze"),
            MOVEMENT + "CreditBlocks", Set.of("putActive", "removeActive", "putEnded"),
            MOVEMENT + "Movements", Set.of("record"),
            MOVEMENT + "IssuedTotals", Set.of("add"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void complianceRulesKnowNoProductAndNoStore() {
        noClasses().that().resideInAPackage(ROOT + ".compliance")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".asset", ROOT + ".bond", ROOT + ".cash",
                        ROOT + ".carbon", ROOT + ".proceeds", ROOT + ".settlement", ROOT + ".holding",
                        ROOT + ".movement", ROOT + ".supervision", ROOT + ".document", ROOT + ".history")
                .check(classes);
    }

    @Test
    void onlyTheMovementCoreWritesHoldingsCreditBlocksAndTheirRecord() {
        DescribedPredicate<JavaMethodCall> storeWrite = new DescribedPredicate<>("write a holding store") {
            @Override
            public boolean test(JavaMethodCall call) {
                Set<String> writers = STORE_WRITERS.get(call.getTargetOwner().getName());
                return writers != null && writers.contains(call.getName());
            }
        };
        noClasses().that().doNotHaveFullyQualifiedName(MOVEMENT + "MovementCore")
                .and().doNotHaveFullyQualifiedName(MOVEMENT + "HoldingBook")
                .should().callMethodWhere(storeWrite)
                .check(classes);
    }
}
