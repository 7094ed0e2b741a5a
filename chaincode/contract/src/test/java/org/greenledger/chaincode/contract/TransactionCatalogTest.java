package org.greenledger.chaincode.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.junit.jupiter.api.Test;

/**
 * The API's transaction catalog ({@link Transaction}, which the SDK calls by) and the contracts
 * the chaincode registers are the same set: every entry has exactly one contract method of that
 * name in that contract, with the same intent and one String argument per request part, and no
 * contract method is missing from the catalog. A transaction added on one side only fails here,
 * not on the network.
 */
class TransactionCatalogTest {
    @Test
    void the_catalog_and_the_contract_methods_are_the_same_set() {
        Map<String, Method> methods = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Class<?> contract : contracts()) {
            String name = contract.getAnnotation(Contract.class).name();
            for (Method method : contract.getMethods()) {
                if (method.isAnnotationPresent(org.hyperledger.fabric.contract.annotation.Transaction.class)) {
                    if (methods.put(name + ":" + method.getName(), method) != null) {
                        duplicates.add(name + ":" + method.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), duplicates, "contract methods named twice");
        TreeSet<String> missingFromContracts = new TreeSet<>();
        for (Transaction tx : Transaction.values()) {
            Method method = methods.remove(tx.qualifiedName());
            if (method == null) {
                missingFromContracts.add(tx.qualifiedName());
                continue;
            }
            var intent = method.getAnnotation(org.hyperledger.fabric.contract.annotation.Transaction.class).intent();
            assertEquals(tx.intent() == Transaction.Intent.SUBMIT
                    ? org.hyperledger.fabric.contract.annotation.Transaction.TYPE.SUBMIT
                    : org.hyperledger.fabric.contract.annotation.Transaction.TYPE.EVALUATE, intent, tx.qualifiedName());
            Class<?>[] parameters = method.getParameterTypes();
            assertEquals(GreenLedgerContext.class, parameters[0], tx.qualifiedName());
            assertTrue(Arrays.stream(parameters).skip(1).allMatch(p -> p == String.class || p == int.class),
                    tx.qualifiedName() + " takes " + Arrays.toString(parameters));
            assertEquals(String.class, method.getReturnType(), tx.qualifiedName());
        }
        assertEquals(new TreeSet<>(), missingFromContracts, "catalog entries no contract serves");
        assertEquals(new TreeSet<>(), new TreeSet<>(methods.keySet()), "contract methods missing from the catalog");
    }

    private static List<Class<?>> contracts() {
        List<Class<?>> contracts = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.greenledger.chaincode.contract")) {
            if (type.isAnnotatedWith(Contract.class)) {
                contracts.add(type.reflect());
            }
        }
        assertEquals(18, contracts.size(), "the chaincode's contracts");
        return contracts;
    }
}
